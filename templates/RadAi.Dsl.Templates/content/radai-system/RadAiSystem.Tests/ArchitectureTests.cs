using RadAi.Dsl.Inspections;
using Xunit;

namespace RadAiSystem.Tests;

public class ArchitectureTests
{
    [Fact]
    public void The_inspections_find_no_errors()
    {
        var report = Inspector.Run(Architecture.Build());

        // The message is the whole report, so a failing build says which rule failed on which element and how to fix it.
        Assert.False(report.Fails(InspectionSeverity.Error), InspectionFormatter.Format(report, InspectionFormat.Text));
    }
}
