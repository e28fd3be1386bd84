using RadAi.Dsl.Inspections;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

public class ExitCodeTests
{
    private static InspectionReport WithOneWarningAndOneInfo()
    {
        var shop = Clean(decisions: false);     // RADAI019, info
        shop.Web.Technology = null;             // RADAI021, warning
        return Inspect(shop);
    }

    [Theory]
    [InlineData(InspectionSeverity.Error, InspectionExitCode.Passed)]
    [InlineData(InspectionSeverity.Warning, InspectionExitCode.Failed)]
    [InlineData(InspectionSeverity.Info, InspectionExitCode.Failed)]
    public void The_exit_code_compares_active_findings_with_the_threshold(InspectionSeverity failOn, int expected)
    {
        var report = WithOneWarningAndOneInfo();
        Assert.Equal(expected, InspectionExitCode.For(report, failOn));
        Assert.Equal(expected == InspectionExitCode.Failed, report.Fails(failOn));
        Assert.Equal(InspectionSeverity.Warning, report.HighestSeverity);
    }

    [Fact]
    public void A_clean_workspace_passes_every_threshold()
        => Assert.Equal(InspectionExitCode.Passed, InspectionExitCode.For(Inspect(Clean()), InspectionSeverity.Info));

    [Fact]
    public void An_incomplete_report_always_fails()
    {
        var json = CleanJson();
        Element(json, "Database")["id"] = Element(json, "Web App")["id"]!.GetValue<string>();
        var report = Inspect(json, new InspectorOptions().Override("RADAI001", InspectionSeverity.Info));
        Assert.False(report.IsComplete);
        Assert.Equal(InspectionExitCode.Failed, InspectionExitCode.For(report, InspectionSeverity.Error));
    }

    [Theory]
    [InlineData("error", InspectionSeverity.Error)]
    [InlineData("Warning", InspectionSeverity.Warning)]
    [InlineData("INFO", InspectionSeverity.Info)]
    public void Fail_on_values_parse(string text, InspectionSeverity expected)
        => Assert.Equal(expected, InspectionExitCode.ParseFailOn(text));

    [Theory]
    [InlineData("ignore")]
    [InlineData("fatal")]
    [InlineData("")]
    public void Other_fail_on_values_are_refused_with_the_choices(string text)
        => Assert.Contains("error, warning or info", Assert.Throws<ArgumentException>(() => InspectionExitCode.ParseFailOn(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Failing_on_ignore_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => InspectionExitCode.For(Inspect(Clean()), InspectionSeverity.Ignore));

    [Fact]
    public void Input_that_is_not_JSON_or_a_missing_file_throws_the_readers_exception()
    {
        Assert.Throws<RadAi.Dsl.WorkspaceJsonException>(() => Inspector.RunJson("{ not json"));
        var e = Assert.Throws<RadAi.Dsl.WorkspaceJsonException>(() => Inspector.RunFile("/nonexistent/workspace.json"));
        Assert.Contains("/nonexistent/workspace.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunFile_names_the_file_without_changing_the_callers_options()
    {
        var path = Path.Combine(Path.GetTempPath(), $"radai-inspect-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, RadAi.Dsl.WorkspaceJson.Serialize(Clean().Workspace));
        try
        {
            var options = new InspectorOptions();
            Assert.Equal(path, Inspector.RunFile(path, options).Source);
            Assert.Null(options.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
