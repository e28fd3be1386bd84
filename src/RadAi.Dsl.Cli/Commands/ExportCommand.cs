using System.Text;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary><c>radai export</c>: Structurizr DSL, Mermaid or C4-PlantUML from a workspace JSON file.</summary>
internal sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var workspace = WorkspaceInput.Read(settings.Workspace);
        var format = settings.ExportFormat;
        var input = new InputFile(settings.Workspace);
        if (format == ExportFormat.Dsl) ExportDsl(workspace, input, settings.Output);
        else ExportDiagrams(format == ExportFormat.Mermaid ? MermaidExporter.Export(workspace) : PlantUmlExporter.Export(workspace), format, input, settings.Output);
        return (int)ExitCode.Success;
    }

    private static void ExportDsl(Workspace workspace, InputFile input, string? output)
    {
        var export = StructurizrDslExporter.Export(workspace);
        if (output is null)
        {
            StandardOutput.Write(export.Workspace);
            var others = export.Files.Count - 1;
            if (others > 0)
                Console.Error.Write($"note: workspace.dsl refers to {others} documentation or decision file(s) with !docs/!adrs; use --output DIR to write them too.\n");
            return;
        }
        input.RefuseToBeReplaced(output, export.Files.Keys);
        OutputFolder.Write(output, () =>
        {
            export.WriteTo(output);
            return true;
        });
        foreach (var path in export.Files.Keys) StandardOutput.WriteLine(Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar)));
    }

    private static void ExportDiagrams(IReadOnlyList<ExportedDiagram> diagrams, ExportFormat format, InputFile input, string? output)
    {
        var mermaid = format == ExportFormat.Mermaid;
        if (output is null)
        {
            // one stream, each diagram introduced by a comment in the diagram language naming its view
            var text = new StringBuilder();
            foreach (var diagram in diagrams)
            {
                if (text.Length > 0) text.Append('\n');
                // model text on a comment line of the diagram language: it must not end the comment or drive a terminal
                text.Append(mermaid ? "%% view: " : "' view: ").Append(TerminalText.Line($"{diagram.Key} ({diagram.Title})")).Append('\n');
                text.Append(diagram.Definition);
                if (!diagram.Definition.EndsWith('\n')) text.Append('\n');
            }
            StandardOutput.Write(text.ToString());
            if (diagrams.Count == 0) Console.Error.Write("note: the workspace has no views to export.\n");
            return;
        }
        var extension = mermaid ? ".mmd" : ".puml";
        // Keys differing only in case or in characters some system refuses would overwrite each other there.
        var names = new PortableFileNames();
        var files = new List<(string Name, string Definition)>(diagrams.Count);
        foreach (var diagram in diagrams)
        {
            var stem = PortableFileNames.Portable(diagram.Key);
            files.Add((names.Claim(stem.Length == 0 ? "view" : stem, extension), diagram.Definition));
        }
        input.RefuseToBeReplaced(output, files.Select(f => f.Name));
        foreach (var (name, definition) in files) StandardOutput.WriteLine(OutputFolder.WriteFile(output, name, definition));
        if (diagrams.Count == 0) Console.Error.Write("note: the workspace has no views to export; nothing was written.\n");
    }
}
