using Humanizer;
using RadAi.Dsl.Rendering;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>
/// <c>radai site</c>: writes the documentation set of a workspace JSON file as a static website (the options of
/// <c>radai render</c>) and lists the files written.
/// </summary>
internal sealed class SiteCommand : Command<RenderSettings>
{
    public override int Execute(CommandContext context, RenderSettings settings, CancellationToken cancellationToken)
    {
        var output = settings.Output!;
        var written = TerminalProgress.Run($"Writing the website of {settings.Workspace}", () =>
        {
            var workspace = WorkspaceInput.Read(settings.Workspace);
            var documentation = new RadAiDocumentation(workspace) { Source = $"the JSON file {Path.GetFileName(settings.Workspace)} by radai site" };
            // The site is rendered first (in memory), so that its paths are known before anything is written: the copy
            // of workspace.json it carries must not replace the workspace it reads.
            var site = documentation.RenderSite();
            new InputFile(settings.Workspace).RefuseToBeReplaced(output, site.Paths);
            return OutputFolder.Write(output, () => site.WriteTo(output));
        });
        foreach (var path in written) StandardOutput.WriteLine(path);
        StandardOutput.WriteLine($"Wrote {"file".ToQuantity(written.Count)} to {output}; open {Path.Combine(output, "index.html")}.");
        return (int)ExitCode.Success;
    }
}
