using System.Text.Json;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Inspections;

namespace RadAi.Dsl.Tests.Cli;

/// <summary><c>radai validate</c> run as a process: exit codes, report formats and bad input.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task The_text_report_of_the_Netflix_workspace_is_what_the_library_writes()
    {
        var path = _files.Netflix();
        var run = await RadaiProcess.RunAsync("validate", path, "--fail-on", "warning");

        var report = Inspector.RunFile(path);
        Assert.Equal(InspectionFormatter.Format(report, InspectionFormat.Text), run.StdOut);
        Assert.Equal(InspectionExitCode.For(report, InspectionSeverity.Warning), run.ExitCode);
        Assert.Equal(string.Empty, run.StdErr);
    }

    [Fact]
    public async Task Warnings_only_pass_with_fail_on_error_and_fail_with_fail_on_warning()
    {
        var path = _files.WarningsOnly();

        var onError = await RadaiProcess.RunAsync("validate", path, "--fail-on", "error");
        var onWarning = await RadaiProcess.RunAsync("validate", path, "--fail-on", "warning");
        var byDefault = await RadaiProcess.RunAsync("validate", path);

        Assert.True(onError.ExitCode == 0, onError.ToString());
        Assert.True(onWarning.ExitCode == 1, onWarning.ToString());
        Assert.True(byDefault.ExitCode == 0, "the default threshold is error\n" + byDefault);
        Assert.Contains("warning RADAI021", onWarning.StdOut, StringComparison.Ordinal);
        Assert.Contains("Web App", onWarning.StdOut, StringComparison.Ordinal);
        Assert.Equal(onError.StdOut, onWarning.StdOut);
        Assert.Equal(string.Empty, onWarning.StdErr);
    }

    [Fact]
    public async Task An_error_finding_fails_with_fail_on_error()
    {
        var run = await RadaiProcess.RunAsync("validate", _files.WithError(), "--fail-on", "error");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error RADAI021", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_on_info_fails_on_an_info_finding()
        => Assert.Equal(1, (await RadaiProcess.RunAsync("validate", _files.WarningsOnly(), "--fail-on", "INFO")).ExitCode);

    [Fact]
    public async Task The_JSON_report_is_the_library_report()
    {
        var path = _files.WarningsOnly();
        var run = await RadaiProcess.RunAsync("validate", path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(InspectionFormatter.Format(Inspector.RunFile(path), InspectionFormat.Json), run.StdOut);
        using var document = JsonDocument.Parse(run.StdOut);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public async Task The_SARIF_report_of_the_Netflix_workspace_validates_against_the_SARIF_schema()
    {
        var path = _files.Netflix();
        var run = await RadaiProcess.RunAsync("validate", path, "--format", "sarif");

        Assert.Equal(InspectionFormatter.Format(Inspector.RunFile(path), InspectionFormat.Sarif), run.StdOut);
        Assert.Empty(SarifSchema.Errors(run.StdOut));
        Assert.Contains("netflix.json", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SARIF_report_of_a_failing_workspace_validates_too()
    {
        var run = await RadaiProcess.RunAsync("validate", _files.WithError(), "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(SarifSchema.Errors(run.StdOut));
        Assert.Contains("RADAI021", run.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de_DE.UTF-8")]
    [InlineData("C")]
    public async Task The_report_is_the_same_bytes_in_any_locale(string locale)
    {
        // non-ASCII names reach the messages: a locale's charset must not change their bytes
        var path = _files.WriteText("umlaut.json", File.ReadAllText(_files.WarningsOnly()).Replace("Web App", "Bestell-App für Kunden — ✓", StringComparison.Ordinal));
        var expected = InspectionFormatter.Format(Inspector.RunFile(path), InspectionFormat.Sarif);

        var run = await RadaiProcess.RunAsync(["validate", path, "--format", "sarif"], environment: new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale });

        Assert.Contains("Bestell-App für Kunden — ✓", run.StdOut, StringComparison.Ordinal);
        Assert.Equal(expected, run.StdOut);
    }

    [Fact]
    public async Task A_missing_file_is_bad_input_named_on_stderr()
    {
        var missing = _files.Sub("no-such-workspace.json");
        var run = await RadaiProcess.RunAsync("validate", missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.StartsWith("error: ", run.StdErr, StringComparison.Ordinal);
        Assert.Contains(missing, run.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Truncated_JSON_is_bad_input_with_the_position_on_stderr()
    {
        var path = _files.Truncated();
        var run = await RadaiProcess.RunAsync("validate", path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.Contains(path, run.StdErr, StringComparison.Ordinal);
        Assert.Matches(@"line \d+", run.StdErr);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Text_that_is_not_a_workspace_is_bad_input()
    {
        var run = await RadaiProcess.RunAsync("validate", _files.WriteText("array.json", "[1, 2, 3]"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.NotEqual(string.Empty, run.StdErr.Trim());
        AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData("--format", "xml", "'xml' is not a report format. Use text, json or sarif.")]
    [InlineData("--fail-on", "fatal", "'fatal' is not a threshold. Use error, warning or info.")]
    [InlineData("--fail-on", "ignore", "'ignore' is not a threshold. Use error, warning or info.")]
    [InlineData("--colour", "red", "Unknown option 'colour'.")]
    public async Task Wrong_options_are_bad_input_with_the_choices(string option, string value, string message)
    {
        var run = await RadaiProcess.RunAsync("validate", _files.WarningsOnly(), option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
        Assert.Contains("radai COMMAND --help", run.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task A_missing_workspace_argument_is_bad_input()
    {
        var run = await RadaiProcess.RunAsync("validate");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("WORKSPACE", run.StdErr, StringComparison.Ordinal);
    }

    internal static void AssertNoStackTrace(RadaiResult run)
    {
        Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StdOut, StringComparison.Ordinal);
    }
}
