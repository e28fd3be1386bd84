using RadAi.Dsl.Client;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

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

    private static async Task<FakeStructurizrServer> StartAsync(FakeServerKind kind, string key = "key")
    {
        var server = await FakeStructurizrServer.StartAsync(kind, key, kind == FakeServerKind.LegacyHmac ? Secret : null);
        server.CreateWorkspace(1, WorkspaceJson.Serialize(new RadAi.Dsl.Workspace("Name", "Description")));
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

    public static TheoryData<FakeServerKind, string> KindsAndCommands => new()
    {
        { FakeServerKind.LegacyHmac, "push" }, { FakeServerKind.LegacyHmac, "pull" },
        { FakeServerKind.ApiKey, "push" }, { FakeServerKind.ApiKey, "pull" },
    };

    private string[] Arguments(string command) => command == "push" ? ["push", _files.WarningsOnly()] : ["pull", "--output", _files.Sub("pulled")];

    [Theory, MemberData(nameof(KindsAndCommands))]
    public async Task A_redirect_to_another_host_fails_and_nothing_reaches_that_host(FakeServerKind kind, string command)
    {
        await using var server = await StartAsync(kind);
        await using var target = await RedirectTarget.StartAsync();
        var location = target.BaseUrl + "/api/workspace/1";
        for (var i = 0; i < 10; i++) server.Faults.Enqueue(new ServerFault.Redirect(307, location));

        var run = await RadaiProcess.RunAsync(Arguments(command), _files.Dir, Variables(server, kind == FakeServerKind.LegacyHmac ? Secret : null));

        Assert.True(target.Requests.IsEmpty, "reached the redirect target:\n" + target.Describe() + "\n" + run);
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains(location, run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData(FakeServerKind.LegacyHmac)]
    [InlineData(FakeServerKind.ApiKey)]
    public async Task Neither_the_API_key_nor_the_secret_is_printed(FakeServerKind kind)
    {
        await using var server = await StartAsync(kind, ClientFixture.ApiKey);
        var secret = kind == FakeServerKind.LegacyHmac ? Secret : null;
        var runs = new List<RadaiResult>
        {
            await RadaiProcess.RunAsync(["push", _files.WarningsOnly()], _files.Dir, Variables(server, secret, ClientFixture.ApiKey)),
            await RadaiProcess.RunAsync(["pull", "--output", _files.Sub("pulled")], _files.Dir, Variables(server, secret, ClientFixture.ApiKey)),
            // rejected: the 401 message says which key was used
            await RadaiProcess.RunAsync(["pull", "--output", _files.Sub("pulled")], _files.Dir, Variables(server, secret is null ? null : secret + "-wrong", ClientFixture.ApiKey + "-wrong")),
        };

        Assert.True(runs[0].ExitCode == 0 && runs[1].ExitCode == 0, string.Join("\n", runs));
        Assert.True(runs[2].ExitCode == 3, runs[2].ToString());
        Assert.All(runs, r => Assert.DoesNotContain(ClientFixture.ApiKey, r.StdOut + r.StdErr, StringComparison.Ordinal));
        Assert.All(runs, r => Assert.DoesNotContain(Secret, r.StdOut + r.StdErr, StringComparison.Ordinal));
    }

    private const string LoginPage = "<!DOCTYPE html><html><body><form action=\"/login\"></form></body></html>";

    [Fact]
    public async Task A_pull_answered_with_an_HTML_page_fails_and_leaves_the_local_file_as_it_was()
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        var output = _files.Sub("pulled");
        Directory.CreateDirectory(output);
        var local = Path.Combine(output, "workspace.json");
        var before = "{\"name\":\"Local copy\"}\n"u8.ToArray();
        File.WriteAllBytes(local, before);
        server.Faults.Enqueue(new ServerFault.Body(200, "text/html", LoginPage));

        var run = await RadaiProcess.RunAsync(["pull", "--output", output], _files.Dir, Variables(server, secret: null));

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("not a workspace", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(local));
        Assert.Equal([local], Directory.GetFiles(output));
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Fact]
    public async Task A_pull_keeps_the_replaced_local_copy_in_the_archive_and_leaves_no_temporary_file()
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        var output = _files.Sub("pulled");
        Directory.CreateDirectory(output);
        var local = Path.Combine(output, "workspace.json");
        const string Before = "{\"name\":\"Local copy\"}";
        File.WriteAllText(local, Before);

        var run = await RadaiProcess.RunAsync(["pull", "--output", output], _files.Dir, Variables(server, secret: null));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(server.Revisions(1)[^1], File.ReadAllText(local));
        Assert.Equal([local], Directory.GetFiles(output));
        var archived = Directory.GetFiles(Path.Combine(_files.Dir, ".structurizr", "archive"));
        Assert.Contains(archived, p => File.ReadAllText(p) == Before);
    }

    [Fact]
    public async Task A_push_answered_with_an_HTML_page_is_not_reported_as_pushed()
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        for (var i = 0; i < 2; i++) server.Faults.Enqueue(new ServerFault.Body(200, "text/html", LoginPage));

        var run = await RadaiProcess.RunAsync(["push", _files.WarningsOnly()], _files.Dir, Variables(server, secret: null));

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.DoesNotContain("Pushed", run.StdOut, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData("push", "../etc")]
    [InlineData("pull", "../etc")]
    [InlineData("push", "a/b")]
    [InlineData("pull", "main\n")]
    public async Task A_branch_name_no_server_takes_is_bad_input(string command, string branch)
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);

        var run = await RadaiProcess.RunAsync([.. Arguments(command), "--branch", branch], _files.Dir, Variables(server, secret: null));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("branch", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("letters, digits", run.StdErr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData("push")]
    [InlineData("pull")]
    public async Task A_file_where_the_archive_folder_goes_is_bad_input(string command)
    {
        await using var server = await StartAsync(FakeServerKind.ApiKey);
        File.WriteAllText(Path.Combine(_files.Dir, ".structurizr"), "a file, not a folder");

        var run = await RadaiProcess.RunAsync(Arguments(command), _files.Dir, Variables(server, secret: null));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(Path.Combine(_files.Dir, ".structurizr", "archive"), run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_files.Sub("pulled"), "workspace.json")));
        Assert.Single(server.Revisions(1));
        ValidateCommandTests.AssertNoStackTrace(run);
    }
}
