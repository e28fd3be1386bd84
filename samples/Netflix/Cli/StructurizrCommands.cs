using RadAi.Dsl.Client;

namespace RadAi.Dsl.Samples.Netflix.Cli;

/// <summary>
/// <c>push</c> and <c>pull</c> against a Structurizr server configured by environment variables (see
/// <see cref="StructurizrClientOptions.FromEnvironment()"/>). Every workspace pushed or pulled is also archived
/// under .structurizr/archive, and so is a local workspace.json before a pull replaces it: a failure never loses a version.
/// </summary>
internal static class StructurizrCommands
{
    public static async Task<int> PushAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (Options(stderr) is not { } options) return ExitCodes.BadInput;
        using var http = StructurizrClient.CreateHttpClient();
        var client = new StructurizrClient(options, http);
        try
        {
            var result = await client.PutWorkspaceAsync(NetflixWorkspace.Build(), cancellationToken: cancellation).ConfigureAwait(false);
            await stdout.WriteLineAsync($"Pushed the Netflix workspace to {options}"
                + (result.Revision is { } revision ? $", revision {revision}" : string.Empty)
                + (result.ArchivedTo is { } archive ? $"; local copy: {archive}" : string.Empty)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (StructurizrConfigurationException e)
        {
            await stderr.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is StructurizrApiException or HttpRequestException)
        {
            await stderr.WriteLineAsync($"error: push to {options} failed: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ServerFailure;
        }
    }

    public static async Task<int> PullAsync(string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (Options(stderr) is not { } options) return ExitCodes.BadInput;
        using var http = StructurizrClient.CreateHttpClient();
        var client = new StructurizrClient(options, http);
        try
        {
            var result = await client.PullWorkspaceToFileAsync(Path.Combine(output, "workspace.json"), cancellationToken: cancellation).ConfigureAwait(false);
            await stdout.WriteLineAsync($"Pulled workspace {options.WorkspaceId} into {result.Path}"
                + (result.ReplacedArchivedTo is { } replaced ? $"; the previous local copy is at {replaced}" : string.Empty)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is StructurizrConfigurationException or IOException or ArgumentException)
        {
            await stderr.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is StructurizrApiException or HttpRequestException)
        {
            await stderr.WriteLineAsync($"error: pull from {options} failed: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ServerFailure;
        }
    }

    private static StructurizrClientOptions? Options(TextWriter stderr)
    {
        try
        {
            return StructurizrClientOptions.FromEnvironment();
        }
        catch (StructurizrConfigurationException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return null;
        }
    }
}
