using RadAi.Dsl.Inspections;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

public class CleanWorkspaceTests
{
    [Fact]
    public void The_clean_fixture_has_no_findings_at_all()
    {
        var report = Inspect(Clean());
        Assert.True(report.IsComplete);
        Assert.Empty(report.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void The_clean_fixture_read_from_JSON_has_no_findings_either()
    {
        var report = Inspect(CleanJson());
        Assert.True(report.IsComplete);
        Assert.NotNull(report.Workspace);
        Assert.Empty(report.Findings.Select(f => f.ToString()));
    }
}
