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
        StructurizrPullResult result;
        try
        {
            result = await TerminalProgress.RunAsync("Pulling the workspace", () => StructurizrServer.UseAsync(client =>
            {
                source = client.Options;
                return client.PullWorkspaceToFileAsync(Path.Combine(settings.Output!, FileName), settings.Branch, cancellationToken);
            })).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // the library names the file; the server's answer is archived, and the local file is as it was
            throw new BadInputException($"{e.Message} Choose a folder you can write to with --output.", e);
        }

        var branch = settings.Branch is null ? string.Empty : $" (branch {settings.Branch})";
        StandardOutput.WriteLine($"Pulled workspace {source!.WorkspaceId}{branch} from {source.ApiUrl} into {result.Path}.");
        if (result.ReplacedArchivedTo is not null) StandardOutput.WriteLine($"Archived the replaced local copy at {result.ReplacedArchivedTo}.");
        return (int)ExitCode.Success;
    }
}
