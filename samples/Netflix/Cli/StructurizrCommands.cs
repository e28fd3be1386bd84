using RadAi.Dsl.Client;

namespace RadAi.Dsl.Samples.Netflix.Cli;

/// <summary>
/// <c>push</c> and <c>pull</c> against a Structurizr server configured by environment variables (see
/// <see cref="StructurizrClientOptions.FromEnvironment()"/>). Every workspace pushed or pulled is also archived
/// under .structurizr/archive, so a failure never loses a version.
/// </summary>
internal static class StructurizrCommands
{
    public static async Task<int> PushAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (Options(stderr) is not { } options) return ExitCodes.LocalFailure;
        using var http = new HttpClient();
        var client = new StructurizrClient(options, http);
        try
        {
            var result = await client.PutWorkspaceAsync(NetflixWorkspace.Build(), cancellationToken: cancellation).ConfigureAwait(false);
            await stdout.WriteLineAsync($"Pushed the Netflix workspace to {options}"
                + (result.Revision is { } revision ? $", revision {revision}" : string.Empty)
                + (result.ArchivedTo is { } archive ? $"; local copy: {archive}" : string.Empty)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is StructurizrApiException or HttpRequestException or IOException)
        {
            await stderr.WriteLineAsync($"error: push to {options} failed: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ServerFailure;
        }
    }

    public static async Task<int> PullAsync(string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (Options(stderr) is not { } options) return ExitCodes.LocalFailure;
        using var http = new HttpClient();
        var client = new StructurizrClient(options, http);
        string json;
        try
        {
            json = await client.GetWorkspaceJsonAsync(cancellationToken: cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StructurizrApiException or HttpRequestException or IOException)
        {
            await stderr.WriteLineAsync($"error: pull from {options} failed: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ServerFailure;
        }

        var path = Path.Combine(Path.GetFullPath(output), "workspace.json");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, json, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            await stderr.WriteLineAsync($"error: cannot write '{path}': {e.Message}").ConfigureAwait(false);
            return ExitCodes.LocalFailure;
        }
        await stdout.WriteLineAsync($"Pulled workspace {options.WorkspaceId} into {path}").ConfigureAwait(false);
        return ExitCodes.Success;
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
