using RadAi.Dsl.Client;
using Spectre.Console.Cli;

namespace RadAi.Dsl.Cli.Commands;

/// <summary><c>radai push</c>: uploads a workspace JSON file to the Structurizr server named by the environment.</summary>
internal sealed class PushCommand : AsyncCommand<PushSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PushSettings settings, CancellationToken cancellationToken)
    {
        var workspace = WorkspaceInput.Read(settings.Workspace);
        StructurizrClientOptions? target = null;
        var result = await TerminalProgress.RunAsync($"Pushing {settings.Workspace}", () => StructurizrServer.UseAsync(client =>
        {
            target = client.Options;
            return client.PutWorkspaceAsync(workspace, settings.Branch, cancellationToken);
        })).ConfigureAwait(false);

        var branch = result.Branch is null ? string.Empty : $" (branch {result.Branch})";
        var revision = result.Revision is { } r ? $", revision {r}" : string.Empty;
        StandardOutput.WriteLine($"Pushed {settings.Workspace} to workspace {result.WorkspaceId}{branch} at {target!.ApiUrl}{revision}.");
        if (result.ArchivedTo is not null) StandardOutput.WriteLine($"Archived the pushed JSON at {result.ArchivedTo}.");
        return (int)ExitCode.Success;
    }
}
