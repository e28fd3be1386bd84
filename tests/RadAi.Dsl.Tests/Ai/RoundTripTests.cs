using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class RoundTripTests
{
    [Fact]
    public void The_rich_model_loads_back_equal_from_the_same_workspace()
    {
        var workspace = RichModel.Build();
        var built = workspace.RadAi();
        var loaded = RadAiModel.Load(workspace);
        Assert.NotSame(built, loaded);
        RichModel.AssertSame(built, loaded);
        Assert.Same(loaded, workspace.RadAi());
    }

    [Fact]
    public void The_rich_model_survives_structurizr_json()
    {
        var workspace = RichModel.Build();
        var json = WorkspaceJson.Serialize(workspace);
        var copy = WorkspaceJson.Deserialize(json);
        var loaded = RadAiModel.Load(copy);
        RichModel.AssertSame(workspace.RadAi(), loaded);
        Assert.Equal(json, WorkspaceJson.Serialize(copy));
    }

    [Fact]
    public void Every_extension_is_populated_in_the_rich_model()
    {
        var ai = RichModel.Build().RadAi();
        Assert.NotEmpty(ai.Stereotypes.Custom);
        Assert.NotEmpty(ai.Lineage.Sources);
        Assert.NotEmpty(ai.Boundary.Gates);
        Assert.NotEmpty(ai.BoundaryDelineation.Components);
        Assert.NotEmpty(ai.Registry.Models);
        Assert.NotEmpty(ai.Pipelines.Pipelines);
        Assert.NotEmpty(ai.ResponsibleAi.Matrix);
        Assert.NotEmpty(ai.Decisions.All);
        Assert.NotEmpty(ai.QualityScenarios.Scenarios);
        Assert.NotEmpty(ai.Debt.Items);
        Assert.NotEmpty(ai.Operations.DriftDetection);
    }

    [Fact]
    public void The_workspace_carries_the_convention_in_structurizr_terms()
    {
        var workspace = RichModel.Build();
        Assert.Equal(RadAiConvention.CurrentVersion, workspace.Properties[RadAiConvention.VersionKey]);
        Assert.Contains(RadAiConvention.DebtKey, workspace.GetEffectiveProperties().Select(p => p.Key));
        Assert.Contains(workspace.Views.FilteredViews, v => v.Key == "radai-region-nondeterministic-containers" && v.Tags.SequenceEqual([RadAiConvention.NonDeterministicRegionTag]));
        var decision = Assert.Single(workspace.Documentation.Decisions);
        Assert.Equal(("AI-ADR-001", "Accepted"), (decision.Id, decision.Status));
        var rec = workspace.Model.GetElementWithCanonicalName("Container://Netflix ML Platform.Recommendation Models")!;
        Assert.Contains(rec.Perspectives, p => p.Name == "Fairness" && p.Value == "entropy drop < 15 %");
        foreach (var tag in new[] { "ML Model", "Data Pipeline", "Feature Store", "Monitor", "Human-in-the-Loop", "LLM" })
            Assert.NotNull(workspace.Views.Configuration.Styles.GetElementStyle(tag));
    }

    [Fact]
    public void Storing_is_deterministic_whatever_the_culture()
    {
        var invariant = WorkspaceJson.Serialize(RichModel.Build());
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var german = WorkspaceJson.Serialize(RichModel.Build());
            Assert.Equal(invariant, german);
            Assert.Contains("0.60–0.98", german, StringComparison.Ordinal);
            RichModel.AssertSame(RichModel.Build().RadAi(), RadAiModel.Load(WorkspaceJson.Deserialize(german)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Upstream_and_downstream_of_a_registered_model_come_from_relationships()
    {
        var ai = RichModel.Build().RadAi();
        var rec = ai.Registry.Find("MDL-REC")!;
        Assert.Equal(["Amber Feature Store"], ModelRegistry.UpstreamOf(rec).Select(e => e.Name));
        Assert.Equal(["ML Observability", "API Gateway (Zuul)"], ModelRegistry.DownstreamOf(rec).Select(e => e.Name));
    }

    [Fact]
    public void The_debt_summary_is_computed()
    {
        var summary = RichModel.Build().RadAi().Debt.Summary;
        Assert.Equal((1, 1, 1, 3), (summary.Totals.Open, summary.Totals.Mitigated, summary.Totals.Accepted, summary.Totals.Total));
        Assert.Equal(7, summary.Rows.Count);
        Assert.Equal(1, summary.Rows.Single(r => r.Category == DebtCategory.Entanglement).Open);
        Assert.Equal(3, summary.BySeverity[Severity.High]);
        Assert.Equal("3 items: 1 open, 1 mitigated, 1 accepted", summary.ToString());
    }
}
