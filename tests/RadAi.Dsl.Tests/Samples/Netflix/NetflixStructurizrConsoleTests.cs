using RadAi.Dsl.Client;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The sample's <c>push</c> and <c>pull</c> against the fake Structurizr servers on loopback.</summary>
public sealed class NetflixStructurizrConsoleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<FakeStructurizrServer> StartAsync(FakeServerKind kind)
    {
        var server = await FakeStructurizrServer.StartAsync(kind, ClientFixture.ApiKey, kind == FakeServerKind.LegacyHmac ? ClientFixture.Secret : null);
        server.CreateWorkspace(1, ClientFixture.EmptyWorkspaceJson);
        return server;
    }

    private static Dictionary<string, string> Variables(FakeStructurizrServer server, string? secret, string key = ClientFixture.ApiKey) => new()
    {
        [StructurizrClientOptions.UrlVariable] = server.ApiUrl.ToString(),
        [StructurizrClientOptions.WorkspaceIdVariable] = "1",
        [StructurizrClientOptions.ApiKeyVariable] = key,
        [StructurizrClientOptions.ApiSecretVariable] = secret ?? string.Empty,
    };

    private static string? SecretFor(FakeServerKind kind) => kind == FakeServerKind.LegacyHmac ? ClientFixture.Secret : null;

    [Theory]
    [InlineData(FakeServerKind.LegacyHmac)]
    [InlineData(FakeServerKind.ApiKey)]
    public async Task Push_and_pull_print_neither_the_API_key_nor_the_secret(FakeServerKind kind)
    {
        await using var server = await StartAsync(kind);
        var secret = SecretFor(kind);
        var output = Path.Combine(_temp.Path, "pulled");

        NetflixRun[] runs =
        [
            NetflixProcess.Run(_temp.Path, Variables(server, secret), "push"),
            NetflixProcess.Run(_temp.Path, Variables(server, secret), "pull", "--output", output),
            NetflixProcess.Run(_temp.Path, Variables(server, secret is null ? null : secret + "-wrong", ClientFixture.ApiKey + "-wrong"), "pull", "--output", output),
        ];

        Assert.True(runs[0].ExitCode == 0 && runs[1].ExitCode == 0, string.Join("\n", runs.Select(r => r.ToString())));
        Assert.Equal("Netflix ML Platform", WorkspaceJson.Deserialize(File.ReadAllText(Path.Combine(output, "workspace.json"))).Name);
        Assert.True(runs[2].ExitCode == 3, runs[2].ToString()); // a server failure, as in radai
        Assert.All(runs, r => Assert.DoesNotContain(ClientFixture.ApiKey, r.Stdout + r.Stderr, StringComparison.Ordinal));
        Assert.All(runs, r => Assert.DoesNotContain(ClientFixture.Secret, r.Stdout + r.Stderr, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("push")]
    [InlineData("pull")]
    public async Task A_redirect_to_another_host_fails_and_nothing_reaches_that_host(string command)
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        await using var target = await RedirectTarget.StartAsync();
        var location = target.BaseUrl + "/api/workspace/1";
        for (var i = 0; i < 10; i++) server.Faults.Enqueue(new ServerFault.Redirect(307, location));

        var run = NetflixProcess.Run(_temp.Path, Variables(server, secret: null), command == "push" ? ["push"] : ["pull", "--output", _temp.Path]);

        Assert.True(target.Requests.IsEmpty, "reached the redirect target:\n" + target.Describe() + "\n" + run);
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains(location, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_answered_with_an_HTML_page_fails_and_leaves_the_local_file_as_it_was()
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        var local = Path.Combine(_temp.Path, "workspace.json");
        var before = "{\"name\":\"Local copy\"}\n"u8.ToArray();
        File.WriteAllBytes(local, before);
        server.Faults.Enqueue(new ServerFault.Body(200, "text/html", "<html><body>Sign in</body></html>"));

        var run = NetflixProcess.Run(_temp.Path, Variables(server, secret: null), "pull", "--output", _temp.Path);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(local));
        Assert.Equal([local], Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public async Task A_pull_keeps_the_replaced_local_copy_in_the_archive()
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        var output = Path.Combine(_temp.Path, "out");
        Directory.CreateDirectory(output);
        var local = Path.Combine(output, "workspace.json");
        const string Before = "{\"name\":\"Local copy\"}";
        File.WriteAllText(local, Before);

        var run = NetflixProcess.Run(_temp.Path, Variables(server, secret: null), "pull", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(server.Revisions(1)[^1], File.ReadAllText(local));
        Assert.Equal([local], Directory.GetFiles(output));
        Assert.Contains(Directory.GetFiles(Path.Combine(_temp.Path, ".structurizr", "archive")), p => File.ReadAllText(p) == Before);
    }
}
