using RadAi.Dsl.Diff;
using RadAi.Dsl.Tests.Diff;

namespace RadAi.Dsl.Tests.Cli;

/// <summary><c>radai diff</c> run as a process: exit codes 0 (no change), 1 (changes), 2 (bad input), and its three formats.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string name, DiffFacts facts) => _files.Write(name, DiffWorkspaces.Build(facts));

    [Fact]
    public async Task The_same_workspace_twice_exits_0_and_says_no_change()
    {
        var before = Write("before.json", new DiffFacts());
        var after = Write("after.json", new DiffFacts());

        var run = await RadaiProcess.RunAsync("diff", before, after);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("No architectural change.\n", run.StdOut);
        Assert.Equal(string.Empty, run.StdErr);
    }

    [Fact]
    public async Task A_change_exits_1_and_prints_what_the_library_writes_in_each_format()
    {
        var before = Write("before.json", new DiffFacts());
        var after = Write("after.json", new DiffFacts { GateThreshold = 0.55 });
        var diff = WorkspaceDiff.Compare(WorkspaceJson.ReadFile(before), WorkspaceJson.ReadFile(after));

        var text = await RadaiProcess.RunAsync("diff", before, after);
        var markdown = await RadaiProcess.RunAsync("diff", before, after, "--format", "markdown");
        var json = await RadaiProcess.RunAsync("diff", before, after, "--format", "json");

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains("confidence gate CG-1: threshold 0.60 → 0.55", text.StdOut, StringComparison.Ordinal);
        Assert.Equal(diff.ToText(), text.StdOut);
        Assert.Equal((1, diff.ToMarkdown()), (markdown.ExitCode, markdown.StdOut));
        Assert.Equal((1, diff.ToJson()), (json.ExitCode, json.StdOut));
    }

    [Fact]
    public async Task Output_writes_the_diff_to_a_file_and_nothing_to_stdout()
    {
        var before = Write("before.json", new DiffFacts());
        var after = Write("after.json", new DiffFacts { DebtStatus = RadAi.Dsl.DebtStatus.Mitigated });
        var output = _files.Sub(Path.Combine("out", "diff.md"));

        var run = await RadaiProcess.RunAsync("diff", before, after, "--format", "markdown", "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.Contains("debt item DD-001: status Open → Mitigated (resolved)", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_broken_workspace_an_unknown_format_or_output_over_an_input_is_bad_input()
    {
        var good = Write("good.json", new DiffFacts());
        var missing = _files.Sub("missing.json");
        var truncated = _files.Truncated();

        var noFile = await RadaiProcess.RunAsync("diff", good, missing);
        var broken = await RadaiProcess.RunAsync("diff", truncated, good);
        var format = await RadaiProcess.RunAsync("diff", good, good, "--format", "html");
        var overInput = await RadaiProcess.RunAsync("diff", good, good, "--output", good);
        var oneArgument = await RadaiProcess.RunAsync("diff", good);

        Assert.True(noFile.ExitCode == 2, noFile.ToString());
        Assert.Contains(missing, noFile.StdErr, StringComparison.Ordinal);
        Assert.True(broken.ExitCode == 2, broken.ToString());
        Assert.Contains("line", broken.StdErr, StringComparison.Ordinal);
        Assert.True(format.ExitCode == 2, format.ToString());
        Assert.Contains("'html' is not a diff format", format.StdErr, StringComparison.Ordinal);
        Assert.True(overInput.ExitCode == 2, overInput.ToString());
        Assert.Contains("would replace the workspace it reads", overInput.StdErr, StringComparison.Ordinal);
        Assert.True(oneArgument.ExitCode == 2, oneArgument.ToString());
        Assert.Equal(string.Empty, noFile.StdOut + broken.StdOut + overInput.StdOut);
    }
}
