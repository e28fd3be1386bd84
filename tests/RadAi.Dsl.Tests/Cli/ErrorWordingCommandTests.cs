using RadAi.Dsl;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Json;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>
/// What radai says about input it cannot use, as a person sees it on standard error: the file, what is wrong with it in
/// their terms, line and column counted as in every JSON error, and none of the framework's words.
/// </summary>
public sealed class ErrorWordingCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Commands => new() { "validate", "render", "export", "push" };

    private Task<RadaiResult> Run(string command, string path, IReadOnlyDictionary<string, string>? environment = null) => command switch
    {
        "render" => RadaiProcess.RunAsync(["render", path, "--output", _files.Sub("out")], _files.Dir, environment),
        "export" => RadaiProcess.RunAsync(["export", path, "--format", "dsl", "--output", _files.Sub("out")], _files.Dir, environment),
        _ => RadaiProcess.RunAsync([command, path], _files.Dir, environment),
    };

    private static void AssertBadInput(RadaiResult run, params string[] expected)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.StdErr, StringComparison.Ordinal);
        foreach (var text in expected) Assert.Contains(text, run.StdErr, StringComparison.Ordinal);
        JsonErrorWordingTests.AssertNoFrameworkWording(run.StdErr);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Fact]
    public async Task With_no_command_radai_prints_the_usage_and_exits_2()
    {
        var run = await RadaiProcess.RunAsync();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.Contains("USAGE:", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("validate <WORKSPACE>", run.StdErr, StringComparison.Ordinal);
        Assert.EndsWith("error: no command given. Name one of the commands above, e.g. 'radai validate workspace.json'.\n", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_empty_file_is_empty(string command)
    {
        var path = _files.WriteText("empty.json", string.Empty);

        AssertBadInput(await Run(command, path), $"error: {path}: The JSON is empty");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_trailing_comma_says_so_at_its_line_and_column(string command)
    {
        var path = _files.WriteText("comma.json", "{\"name\":\"W\",\n \"description\":\"d\",\n}");

        AssertBadInput(await Run(command, path), $"{path}: Malformed JSON at line 3, column 1: a comma before the closing '}}'");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_directory_given_as_the_workspace_is_a_directory(string command)
    {
        var directory = _files.Sub("a-folder");
        Directory.CreateDirectory(directory);

        AssertBadInput(await Run(command, directory), $"Cannot read workspace file '{directory}': it is a directory, not a file.");
    }

    [Theory]
    [InlineData("render")]
    [InlineData("export-dsl")]
    [InlineData("export-mermaid")]
    public async Task An_output_folder_that_is_a_file_is_called_a_file(string command)
    {
        var input = _files.WarningsOnly();
        var output = _files.WriteText("afile", "not a folder");
        string[] args = command switch
        {
            "render" => ["render", input, "--output", output],
            "export-dsl" => ["export", input, "--format", "dsl", "--output", output],
            _ => ["export", input, "--format", "mermaid", "--output", output],
        };

        AssertBadInput(await RadaiProcess.RunAsync(args, _files.Dir), $"Cannot write to the output folder '{output}': '{output}' is a file, not a folder.");
    }

    [Fact]
    public async Task A_pull_into_an_output_folder_that_is_a_file_is_called_a_file()
    {
        await using var server = await FakeStructurizrServer.StartAsync(FakeServerKind.ApiKey, "key", null);
        server.CreateWorkspace(1, WorkspaceJson.Serialize(new Workspace("Name", "Description")));
        var output = _files.WriteText("afile", "not a folder");

        var run = await RadaiProcess.RunAsync(["pull", "--output", output], _files.Dir, Variables(server.ApiUrl.ToString()));

        AssertBadInput(run, $"'{output}' is a file, not a folder.");
        Assert.Equal("not a folder", File.ReadAllText(output));
    }

    [Fact]
    public async Task A_URL_the_client_refuses_is_named_by_its_variable()
    {
        var run = await RadaiProcess.RunAsync(["push", _files.WarningsOnly()], _files.Dir, Variables("http://structurizr.example.com/api"));

        AssertBadInput(run, "error: STRUCTURIZR_URL: The API URL 'http://structurizr.example.com/api' must use https");
    }

    private static Dictionary<string, string> Variables(string url) => new()
    {
        [StructurizrClientOptions.UrlVariable] = url,
        [StructurizrClientOptions.WorkspaceIdVariable] = "1",
        [StructurizrClientOptions.ApiKeyVariable] = "key",
    };
}
