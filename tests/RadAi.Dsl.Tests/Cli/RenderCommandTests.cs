using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Cli;

/// <summary><c>radai render</c> run as a process: the documentation set on disk, the listing, and unwritable folders.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task The_Netflix_workspace_renders_the_whole_documentation_set_and_lists_every_file()
    {
        var path = _files.Netflix();
        var output = _files.Sub("docs");
        var run = await RadaiProcess.RunAsync("render", path, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertWroteTheDocumentationOf(path, output, run);
    }

    [Fact]
    public async Task A_workspace_written_by_the_Structurizr_DSL_that_follows_the_convention_renders()
    {
        var path = Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "hand-written-workspace.json");
        var output = _files.Sub("hand-written");
        var run = await RadaiProcess.RunAsync("render", path, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertWroteTheDocumentationOf(path, output, run);
    }

    [Theory]
    [InlineData("big-bank-plc.json")]
    [InlineData("amazon-web-services.json")]
    public async Task Plain_Structurizr_workspaces_render(string example)
    {
        var path = RepoPaths.Structurizr("examples", example);
        var output = _files.Sub(Path.GetFileNameWithoutExtension(example));
        var run = await RadaiProcess.RunAsync("render", path, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertWroteTheDocumentationOf(path, output, run);
    }

    [Fact]
    public async Task A_relative_output_folder_is_taken_from_the_working_directory()
    {
        var path = _files.WarningsOnly();
        var run = await RadaiProcess.RunAsync(["render", path, "--output", "out"], workingDirectory: _files.Dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_files.Dir, "out", "README.md")));
        Assert.Contains(Path.Combine("out", "README.md") + "\n", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_bad_input_named_on_stderr()
    {
        // a path through a regular file cannot be a folder, whoever runs the test (root ignores permissions)
        var blocker = _files.WriteText("not-a-folder", "x");
        var output = Path.Combine(blocker, "docs");
        var run = await RadaiProcess.RunAsync("render", _files.WarningsOnly(), "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.Contains($"Cannot write to the output folder '{output}'", run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Output_is_required()
    {
        var run = await RadaiProcess.RunAsync("render", _files.WarningsOnly());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--output is required", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_JSON_is_bad_input_and_writes_nothing()
    {
        var output = _files.Sub("never");
        var run = await RadaiProcess.RunAsync("render", _files.Truncated(), "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Matches(@"line \d+", run.StdErr);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>Every document the library renders is on disk with the same bytes, and stdout lists each path and a count.</summary>
    private static void AssertWroteTheDocumentationOf(string workspacePath, string output, RadaiResult run)
    {
        // the index says the set came from the JSON file by radai render, not from C#
        var expected = new RadAiDocumentation(WorkspaceJson.ReadFile(workspacePath)) { Source = $"the JSON file {Path.GetFileName(workspacePath)} by radai render" }.Render();
        Assert.Contains("by radai render.", expected.Find("README.md")!.Content, StringComparison.Ordinal);
        var listed = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count + 1, listed.Length);
        Assert.Equal($"Wrote {expected.Count} files to {output}.", listed[^1]);
        foreach (var (document, line) in expected.Zip(listed))
        {
            var file = Path.Combine(output, document.Path.Replace('/', Path.DirectorySeparatorChar));
            Assert.Equal(file, line);
            Assert.Equal(document.Content, File.ReadAllText(file));
        }
        Assert.Equal(string.Empty, run.StdErr);
    }
}
