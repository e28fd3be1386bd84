using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Inspections;

public class StereotypeValuesInspectionTests
{
    [Fact]
    public void Each_malformed_stereotype_value_is_an_error_naming_the_element_and_the_property()
    {
        var report = Inspector.RunJson(MalformedStereotypeValues.Json());
        Assert.True(report.IsComplete);
        var findings = report.Findings.Where(f => f.Rule.Id == "RADAI114").ToList();
        Assert.Equal(MalformedStereotypeValues.Facts.Length, findings.Count);
        foreach (var (element, _, property, stored) in MalformedStereotypeValues.Facts)
        {
            var finding = Assert.Single(findings, f => f.Subject.Name == "Container://Platform." + element && f.Message.Contains(property, StringComparison.Ordinal));
            Assert.Equal(InspectionSeverity.Error, finding.Severity);
            Assert.Contains("\"" + stored + "\"", finding.Message, StringComparison.Ordinal);
            Assert.Contains("\"Platform." + element + "\"", finding.Message, StringComparison.Ordinal);
        }
        // A malformed value is not also a missing one.
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "RADAI101");
    }
}
