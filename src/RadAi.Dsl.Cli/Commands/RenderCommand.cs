using Humanizer;
using RadAi.Dsl.Rendering;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary><c>radai render</c>: writes the documentation set of a workspace JSON file and lists the files written.</summary>
internal sealed class RenderCommand : Command<RenderSettings>
{
    public override int Execute(CommandContext context, RenderSettings settings, CancellationToken cancellationToken)
    {
        var output = settings.Output!;
        var written = TerminalProgress.Run($"Rendering {settings.Workspace}", () =>
        {
            var workspace = WorkspaceInput.Read(settings.Workspace);
            var documentation = new RadAiDocumentation(workspace) { Source = $"the JSON file {Path.GetFileName(settings.Workspace)} by radai render" };
            var input = new InputFile(settings.Workspace);
            if (!input.IsUnder(output)) return OutputFolder.Write(output, () => documentation.WriteTo(output));
            // Only here can a document replace the input; the set is rendered first (in memory, not streamed) so the
            // paths are known before anything is written.
            var documents = documentation.Render();
            input.RefuseToBeReplaced(output, documents.Select(d => d.Path));
            return OutputFolder.Write(output, () => documents.WriteTo(output));
        });
        foreach (var path in written) StandardOutput.WriteLine(path);
        StandardOutput.WriteLine($"Wrote {"file".ToQuantity(written.Count)} to {output}.");
        return (int)ExitCode.Success;
    }
}
