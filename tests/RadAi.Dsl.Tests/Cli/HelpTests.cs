namespace RadAi.Dsl.Tests.Cli;

/// <summary>radai's help and version, as a person or a pipeline sees them (redirected: plain text, no colour codes).</summary>
public class HelpTests
{
    [Fact]
    public async Task The_root_help_lists_every_command_with_examples()
    {
        var run = await RadaiProcess.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "validate", "render", "export", "diff", "push", "pull" })
            Assert.Matches($@"(?m)^\s+{command}\b.*\S", run.StdOut);
        Assert.Contains("EXAMPLES:", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("radai validate workspace.json --fail-on warning", run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.StdOut, StringComparison.Ordinal);
        // the README's one exit-code table
        foreach (var code in new[] { "0", "1", "2", "3", "70" }) Assert.Matches($@"(?m)^\s+{code}\s+\S", run.StdOut);
    }

    [Theory]
    [InlineData("validate", "--fail-on <SEVERITY>", "EXIT CODES:")]
    [InlineData("render", "--output <DIR>", "radai render workspace.json --output docs/architecture")]
    [InlineData("export", "--format <FORMAT>", "radai export workspace.json --format plantuml")]
    [InlineData("diff", "--format <FORMAT>", "radai diff base.json head.json --format markdown --output diff.md")]
    [InlineData("push", "STRUCTURIZR_API_SECRET", "EXIT CODES:")]
    [InlineData("pull", "STRUCTURIZR_WORKSPACE_ID", "radai pull --output architecture")]
    public async Task Each_command_has_a_description_options_and_examples(string command, string expected, string alsoExpected)
    {
        var run = await RadaiProcess.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DESCRIPTION:", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("EXAMPLES:", run.StdOut, StringComparison.Ordinal);
        Assert.Contains(expected, run.StdOut, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, run.StdOut, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.StdErr);
    }

    [Fact]
    public async Task Version_prints_the_package_version()
    {
        var run = await RadaiProcess.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", run.StdOut);
    }

    [Fact]
    public async Task An_unknown_command_is_bad_input_with_a_pointer_to_help()
    {
        var run = await RadaiProcess.RunAsync("publish", "workspace.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown command 'publish'", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("radai --help", run.StdErr, StringComparison.Ordinal);
    }
}
