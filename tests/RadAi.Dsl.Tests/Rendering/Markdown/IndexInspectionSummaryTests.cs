using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>The index summarises the inspections: the caller's report when given one, else a report it makes.</summary>
public class IndexInspectionSummaryTests
{
    [Fact]
    public void The_index_summarises_the_report_it_is_given_and_inspects_the_workspace_itself_when_given_none()
    {
        var workspace = new Workspace("Shop");
        var shop = workspace.Model.AddSoftwareSystem("Shop");
        shop.AddContainer("Web", "Sells things", "Kotlin");
        var given = Inspector.Run(workspace);

        shop.AddContainer("Batch", "Runs at night");   // no technology: one more warning (RADAI021) than the given report holds
        var fresh = Inspector.Run(workspace);
        Assert.True(fresh.Count(InspectionSeverity.Warning) > given.Count(InspectionSeverity.Warning));

        Assert.Contains(Summary(given), Index(new RadAiDocumentation(workspace) { Inspections = given }));
        Assert.Contains(Summary(fresh), Index(new RadAiDocumentation(workspace)));
    }

    private static string Index(RadAiDocumentation documentation) => documentation.Render()[0].Content;

    private static string Summary(InspectionReport report)
        => $"Inspections: {Count(report.Count(InspectionSeverity.Error), "error")}, {Count(report.Count(InspectionSeverity.Warning), "warning")}, ";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
