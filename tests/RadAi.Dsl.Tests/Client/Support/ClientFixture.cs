using RadAi.Dsl;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;

namespace RadAi.Dsl.Tests.Client.Support;

/// <summary>A fake server, an archive folder, a clock, a logger and an HTTP client for one test.</summary>
public sealed class ClientFixture : IAsyncDisposable
{
    public const string Secret = "s3cr3t-Do-Not-Leak-7f9a";

    /// <summary>An API key that no message would contain by accident, so that a search for it finds only leaks.</summary>
    public const string ApiKey = "k3y-Do-Not-Leak-0123456789abcdef";

    private readonly HttpClient _http = StructurizrClient.CreateHttpClient();

    private ClientFixture(FakeStructurizrServer server, TimeProvider time)
    {
        Server = server;
        Time = time;
    }

    public FakeStructurizrServer Server { get; }
    public TimeProvider Time { get; }
    public TempFolder Archive { get; } = new();
    public CapturingLogger Logger { get; } = new();

    public static string EmptyWorkspaceJson => WorkspaceJson.Serialize(new Workspace("Name", "Description"));

    public static async Task<ClientFixture> StartAsync(FakeServerKind kind = FakeServerKind.LegacyHmac, TimeProvider? time = null)
    {
        var server = await FakeStructurizrServer.StartAsync(kind, ApiKey, kind == FakeServerKind.LegacyHmac ? Secret : null);
        server.CreateWorkspace(1, EmptyWorkspaceJson);
        return new ClientFixture(server, time ?? new AutoAdvancingTimeProvider());
    }

    public StructurizrClientOptions Options(string? secret = Secret, long workspaceId = 1) => new(Server.ApiUrl, workspaceId, ApiKey, secret)
    {
        ArchiveDirectory = Archive.Path,
        User = "user@example.com",
        Agent = "radai-dsl-tests/1.0",
        // the auto-advancing fake clock must see only retry delays; timeouts are tested on the real clock
        RequestTimeout = Timeout.InfiniteTimeSpan,
    };

    public StructurizrClient Client(StructurizrClientOptions? options = null)
        => new(options ?? Options(), _http, Logger, Time);

    public StructurizrClient ApiKeyClient() => new(Options(secret: null), _http, Logger, Time);

    public static Workspace SampleWorkspace()
    {
        var workspace = new Workspace("Shop", "A small shop");
        var user = workspace.Model.AddPerson("User", "A customer.");
        var shop = workspace.Model.AddSoftwareSystem("Shop", "Sells things.");
        user.Uses(shop, "Buys things using");
        workspace.Views.CreateSystemContextView(shop, "Context", "The shop in context.").AddDefaultElements();
        return workspace;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Archive.Dispose();
        await Server.DisposeAsync();
    }
}
