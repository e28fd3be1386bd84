using RadAi.Dsl.Client;

namespace RadAi.Dsl.Cli.Commands;

/// <summary>The Structurizr client as push and pull use it: configured from the environment, as the samples are.</summary>
internal static class StructurizrServer
{
    /// <summary>Runs <paramref name="work"/> with a client for the workspace the environment names.</summary>
    /// <exception cref="StructurizrConfigurationException">A variable is missing or invalid (the message names it).</exception>
    public static async Task<T> UseAsync<T>(Func<StructurizrClient, Task<T>> work)
    {
        var options = StructurizrClientOptions.FromEnvironment();
        // no redirects followed, and no overall timeout: the client times and retries each attempt itself
        using var http = StructurizrClient.CreateHttpClient();
        return await work(new StructurizrClient(options, http)).ConfigureAwait(false);
    }
}
