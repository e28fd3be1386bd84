using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class LineageTests
{
    [Fact]
    public void A_path_must_start_at_a_known_source()
    {
        var workspace = new Workspace("W");
        var rec = workspace.Model.AddSoftwareSystem("S").AddMlModel("Rec");
        var e = Assert.Throws<ModelException>(() => workspace.RadAi().Lineage.AddPath(new LineagePath("streaming", "DS-009", rec)));
        Assert.Contains("'DS-009', which is not in the data source inventory", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_source_ids_are_refused()
    {
        var workspace = new Workspace("W");
        var lineage = workspace.RadAi().Lineage;
        lineage.AddSource(new DataSource { Id = "DS-001", Name = "Views", Kind = DataSourceKind.Stream, Freshness = Freshness.Continuous });
        var e = Assert.Throws<ModelException>(() => lineage.AddSource(new DataSource
        {
            Id = "DS-001",
            Name = "Clicks",
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Continuous,
        }));
        Assert.Contains("Duplicate data source id 'DS-001'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_element_of_another_workspace_is_refused_and_named()
    {
        var mine = new Workspace("Mine");
        var other = new Workspace("Other");
        var foreign = other.Model.AddSoftwareSystem("Elsewhere").AddContainer("Foreign Model");
        var lineage = mine.RadAi().Lineage;
        var e = Assert.Throws<ModelException>(() =>
            lineage.AddFreshnessRequirement(new FreshnessRequirement(foreign, Freshness.Under(TimeSpan.FromSeconds(1)), Freshness.Daily)));
        Assert.Contains("Container://Elsewhere.Foreign Model", e.Message, StringComparison.Ordinal);
        Assert.Contains("belongs to workspace 'Other'", e.Message, StringComparison.Ordinal);
        Assert.Empty(lineage.FreshnessRequirements);
    }

    [Fact]
    public void Freshness_gaps_are_computed()
    {
        var workspace = new Workspace("W");
        var rec = workspace.Model.AddSoftwareSystem("S").AddContainer("Rec");
        var gap = new FreshnessRequirement(rec, Freshness.Under(TimeSpan.FromHours(1)), Freshness.Daily);
        var fine = new FreshnessRequirement(rec, Freshness.Daily, Freshness.Under(TimeSpan.FromSeconds(5)));
        Assert.True(gap.HasGap);
        Assert.False(fine.HasGap);
    }
}
