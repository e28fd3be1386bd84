using RadAi.Dsl.Client;
using RadAi.Dsl.Json;
using RadAi.Dsl.Tests.Client.Server;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>
/// <c>radai push</c> and <c>radai pull</c> run as processes against the fake Structurizr servers on loopback, configured
/// only through the STRUCTURIZR_* environment variables given to the process.
/// </summary>
public sealed class PushPullCommandTests : IDisposable
{
    private const string Secret = "cli-s3cr3t-never-printed";

    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    private static async Task<FakeStructurizrServer> StartAsync(FakeServerKind kind)
    {
        var server = await FakeStructurizrServer.StartAsync(kind, "key", kind == FakeServerKind.LegacyHmac ? Secret : null);
        server.CreateWorkspace(1, WorkspaceJson.Serialize(new RadAi.Dsl.C4.Workspace("Name", "Description")));
        return server;
    }

    private static Dictionary<string, string> Variables(FakeStructurizrServer server, string? secret = Secret, string key = "key") => new()
    {
        [StructurizrClientOptions.UrlVariable] = server.ApiUrl.ToString(),
        [StructurizrClientOptions.WorkspaceIdVariable] = "1",
        [StructurizrClientOptions.ApiKeyVariable] = key,
        [StructurizrClientOptions.ApiSecretVariable] = secret ?? string.Empty,
    };

    [Theory]
    [InlineData(FakeServerKind.LegacyHmac)]
    [InlineData(FakeServerKind.ApiKey)]
    public async Task Push_then_pull_round_trips_the_Netflix_workspace(FakeServerKind kind)
    {
        await using var server = await StartAsync(kind);
        var environment = Variables(server, kind == FakeServerKind.LegacyHmac ? Secret : null);
        var path = _files.Netflix();

        var push = await RadaiProcess.RunAsync(["push", path], _files.Dir, environment);

        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.Equal(2, server.Revisions(1).Count);
        var stored = WorkspaceJson.Deserialize(server.Revisions(1)[^1]);
        Assert.Equal("Netflix ML Platform", stored.Name);
        Assert.Equal(1, stored.Id);
        Assert.Contains($"to workspace 1 at {server.ApiUrl.ToString().TrimEnd('/')}, revision 2.", push.StdOut, StringComparison.Ordinal);
        // archived in the working directory, as the library does by default
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_files.Dir, ".structurizr", "archive"), "*-pushed.json"));

        var output = _files.Sub("pulled");
        var pull = await RadaiProcess.RunAsync(["pull", "--output", output], _files.Dir, environment);

        Assert.True(pull.ExitCode == 0, pull.ToString());
        var pulledPath = Path.Combine(output, "workspace.json");
        Assert.Equal(server.Revisions(1)[^1], File.ReadAllText(pulledPath));
        Assert.Contains($"Pulled workspace 1 from {server.ApiUrl.ToString().TrimEnd('/')} into {pulledPath}.", pull.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, push.StdOut + push.StdErr + pull.StdOut + pull.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_with_no_variables_names_the_first_missing_one()
    {
        var run = await RadaiProcess.RunAsync(["push", _files.WarningsOnly()], _files.Dir);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("STRUCTURIZR_URL is not set", run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData("STRUCTURIZR_WORKSPACE_ID")]
    [InlineData("STRUCTURIZR_API_KEY")]
    public async Task Pull_names_the_missing_variable(string missing)
    {
        await using var server = await StartAsync(FakeServerKind.LegacyHmac);
        var environment = Variables(server);
        environment.Remove(missing);

        var run = await RadaiProcess.RunAsync(["pull", "--output", _files.Sub("pulled")], _files.Dir, environment);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{missing} is not set", run.StdErr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_invalid_workspace_id_is_named()
    {
        await using var server = await StartAsync(FakeServerKind.LegacyHmac);
        var environment = Variables(server);
        environment[StructurizrClientOptions.WorkspaceIdVariable] = "twelve";

        var run = await RadaiProcess.RunAsync(["push", _files.WarningsOnly()], _files.Dir, environment);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("STRUCTURIZR_WORKSPACE_ID must be a positive whole number", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_the_server_refuses_fails_with_the_servers_message()
    {
        await using var server = await StartAsync(FakeServerKind.LegacyHmac);
        server.LockAs(1, "alice@example.com", "structurizr-web/2024");

        var run = await RadaiProcess.RunAsync(["push", _files.WarningsOnly()], _files.Dir, Variables(server));

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("already locked by alice@example.com", run.StdErr, StringComparison.Ordinal);
        Assert.Single(server.Revisions(1));
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Fact]
    public async Task A_wrong_API_key_fails_the_pull_with_the_servers_message_and_writes_nothing()
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        var output = _files.Sub("pulled");

        var run = await RadaiProcess.RunAsync(["pull", "--output", output], _files.Dir, Variables(server, secret: null, key: "wrong"));

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Incorrect API key", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "workspace.json")));
    }

    [Fact]
    public async Task Push_reads_the_file_before_contacting_the_server()
    {
        await using var server = await StartAsync(FakeServerKind.LegacyHmac);

        var run = await RadaiProcess.RunAsync(["push", _files.Truncated()], _files.Dir, Variables(server));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Matches(@"line \d+", run.StdErr);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Pull_requires_an_output_folder()
    {
        var run = await RadaiProcess.RunAsync(["pull"], _files.Dir);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--output is required", run.StdErr, StringComparison.Ordinal);
    }
}
