using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client;

public class StructurizrHttpClientFactoryTests
{
    private sealed class CountingFactory : IHttpClientFactory, IDisposable
    {
        private readonly HttpClient _client = new();
        public List<string> Names { get; } = [];

        public HttpClient CreateClient(string name)
        {
            Names.Add(name);
            return _client;
        }

        public void Dispose() => _client.Dispose();
    }

    [Fact]
    public async Task The_named_client_is_taken_from_the_factory_for_each_attempt()
    {
        await using var f = await ClientFixture.StartAsync();
        using var factory = new CountingFactory();
        f.Server.Faults.Enqueue(Server.ServerFault.InternalError);
        var client = new StructurizrClient(f.Options(), factory, f.Logger, f.Time);

        await client.GetWorkspaceJsonAsync();

        Assert.Equal([StructurizrClient.HttpClientName, StructurizrClient.HttpClientName], factory.Names);
    }
}
