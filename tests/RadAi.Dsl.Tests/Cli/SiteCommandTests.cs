using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Cli;

/// <summary><c>radai site</c> run as a process: the website on disk, the listing, and the folders it must not write.</summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task The_Netflix_workspace_becomes_a_website_with_the_bytes_WriteSite_writes_and_every_file_listed()
    {
        var path = _files.Netflix();
        var output = _files.Sub("site");
        var run = await RadaiProcess.RunAsync("site", path, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.StdErr);
        var expectedFolder = _files.Sub("expected");
        var expected = new RadAiDocumentation(WorkspaceJson.ReadFile(path)) { Source = $"the JSON file {Path.GetFileName(path)} by radai site" }.WriteSite(expectedFolder);
        var listed = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count + 1, listed.Length);
        Assert.Equal($"Wrote {expected.Count} files to {output}; open {Path.Combine(output, "index.html")}.", listed[^1]);
        foreach (var (file, line) in expected.Zip(listed))
        {
            var written = Path.Combine(output, Path.GetRelativePath(expectedFolder, file));
            Assert.Equal(written, line);
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(written)), written);
        }
        Assert.Contains("by radai site.", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_is_required()
    {
        var run = await RadaiProcess.RunAsync("site", _files.WarningsOnly());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--output is required", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_bad_input_named_on_stderr()
    {
        var blocker = _files.WriteText("not-a-folder", "x");
        var output = Path.Combine(blocker, "site");
        var run = await RadaiProcess.RunAsync("site", _files.WarningsOnly(), "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.Contains($"Cannot write to the output folder '{output}'", run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Fact]
    public async Task A_site_folder_where_its_copy_of_workspace_json_would_replace_the_input_is_refused_and_nothing_is_written()
    {
        var folder = _files.Sub("docs");
        Directory.CreateDirectory(folder);
        var input = _files.WriteText(Path.Combine("docs", "workspace.json"), File.ReadAllText(_files.Netflix()).Insert(1, "\"unknownField\":true,"));
        var before = File.ReadAllBytes(input);
        var run = await RadaiProcess.RunAsync("site", input, "--output", folder);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.Contains("would replace the workspace it reads", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Single(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Truncated_JSON_is_bad_input_and_writes_nothing()
    {
        var output = _files.Sub("never");
        var run = await RadaiProcess.RunAsync("site", _files.Truncated(), "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Matches(@"line \d+", run.StdErr);
        Assert.False(Directory.Exists(output));
    }
}
