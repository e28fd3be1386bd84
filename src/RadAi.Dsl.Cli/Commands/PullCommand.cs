using RadAi.Dsl.Client;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary><c>radai pull</c>: downloads the workspace JSON the environment names into a folder.</summary>
internal sealed class PullCommand : AsyncCommand<PullSettings>
{
    /// <summary>The name of the file written under <c>--output</c>.</summary>
    public const string FileName = "workspace.json";

    public override async Task<int> ExecuteAsync(CommandContext context, PullSettings settings, CancellationToken cancellationToken)
    {
        StructurizrClientOptions? source = null;
        var json = await TerminalProgress.RunAsync("Pulling the workspace", () => StructurizrServer.UseAsync(client =>
        {
            source = client.Options;
            return client.GetWorkspaceJsonAsync(settings.Branch, cancellationToken);
        })).ConfigureAwait(false);

        var path = OutputFolder.WriteFile(settings.Output!, FileName, json);
        var branch = settings.Branch is null ? string.Empty : $" (branch {settings.Branch})";
        StandardOutput.WriteLine($"Pulled workspace {source!.WorkspaceId}{branch} from {source.ApiUrl} into {path}.");
        return (int)ExitCode.Success;
    }
}
