using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// A workspace written by the code of convention version 1 (Fixtures/convention-v1-workspace.json, the rich model as
/// that code wrote it) reads with the same values into the typed values that replaced numbers, days and durations.
/// </summary>
public class ConventionVersion1Tests
{
    private static RadAiModel Read()
        => WorkspaceJson.Deserialize(File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "convention-v1-workspace.json"))).RadAi();

    [Fact]
    public void Gates_and_bands_of_a_version_1_workspace_read_with_the_same_values()
    {
        var ai = Read();
        var gate = Assert.Single(ai.Boundary.Gates);
        Assert.Equal(0.6, gate.Threshold);
        Assert.Equal("fallback routing", gate.ActionBelow);
        Assert.Empty(gate.Thresholds);
        var bands = Assert.Single(ai.Boundary.Bands);
        Assert.Equal(["High", "Medium", "Low", "Rejection"], bands.All.Select(b => b.Name));
        Assert.Equal(new ConfidenceRange(0.85, 1), bands.High!.Range);
        Assert.Equal("full fallback", bands.BandOf(0.1)!.Action);
        Assert.Equal(RichModel.Build().RadAi().Boundary.Bands, ai.Boundary.Bands);
    }

    [Fact]
    public void Dates_durations_baselines_and_counts_of_a_version_1_workspace_read_with_the_same_values()
    {
        var ai = Read();
        var version = ai.Registry.Models.Single().Versions.Single(v => v.Version == "v12.4");
        Assert.Equal(new DateOnly(2025, 11, 2), version.TrainingDate!.Start);
        Assert.Equal(DatePrecision.Day, version.TrainingDate.Precision);
        Assert.Equal("2025-11-09", version.DeploymentDate!.Text);
        var baseline = ai.Registry.Models.Single().Baselines.Single();
        Assert.Equal(180, Assert.IsType<Quantity>(baseline.Baseline).Value);
        Assert.Equal(190, Assert.IsType<Quantity>(baseline.Current).Value);
        Assert.Equal(TimeSpan.FromHours(4), ai.ResponsibleAi.OversightMechanisms.Single().ResponseSla!.Duration);
        Assert.Equal(TimeSpan.FromMilliseconds(10), ai.ResponsibleAi.ExplainabilityIntegrations.Single().LatencyBudget!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(5), ai.Operations.Rollbacks.Single().RecoveryTime!.Duration);
        Assert.Equal(TimeSpan.FromHours(1), ai.Operations.Incidents.Single().EscalateWithin!.Duration);
        Assert.Equal(200, Assert.IsType<Quantity>(ai.Pipelines.FeatureGroups.Single().FeatureCount).Value);
        Assert.Equal(TimeSpan.FromHours(4), ai.Stereotypes.HumansInTheLoop.Single().ResponseSla!.Duration);
    }

    [Fact]
    public void Every_register_of_a_version_1_workspace_equals_the_one_built_by_the_current_code()
    {
        var read = Read();
        var built = RichModel.Build().RadAi();
        Assert.Equal(built.Registry.Models, read.Registry.Models);
        Assert.Equal(built.Boundary.Gates, read.Boundary.Gates);
        Assert.Equal(built.ResponsibleAi.OversightMechanisms, read.ResponsibleAi.OversightMechanisms);
        Assert.Equal(built.Operations.Rollbacks, read.Operations.Rollbacks);
        Assert.Equal(built.Operations.Incidents, read.Operations.Incidents);
        Assert.Equal(built.Pipelines.FeatureGroups, read.Pipelines.FeatureGroups);
    }
}
