using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

public class HandWrittenWorkspaceTests
{
    private static string FixtureText => File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "hand-written-workspace.json"));

    private static Workspace Fixture() => WorkspaceJson.Deserialize(FixtureText);

    [Fact]
    public void A_workspace_made_elsewhere_loads_as_a_rad_ai_model()
    {
        var ai = RadAiModel.Load(Fixture());

        var ranker = Assert.Single(ai.Stereotypes.MlModels);
        Assert.Equal(("Ranker", "3.2", new ConfidenceRange(0.55, 0.97), TimeSpan.FromMilliseconds(40), 99),
            (ranker.Name, ranker.Version, ranker.Confidence, ranker.Latency!.Limit, ranker.Latency.Percentile));
        Assert.Equal(["Feature Store"], ranker.Upstream.Select(e => e.Name));
        Assert.Equal(["Storefront"], ranker.Downstream.Select(e => e.Name));
        var store = Assert.Single(ai.Stereotypes.FeatureStores);
        Assert.Equal(120, store.FeatureCount);
        Assert.IsType<PerModeFreshness>(store.Refresh);
        Assert.Equal([Threshold.Parse("PSI > 0.2"), Threshold.Parse("CTR drop > 5 %")], Assert.Single(ai.Stereotypes.Monitors).AlertThresholds);
        Assert.Equal(["Storefront"], ai.Boundary.Members(Region.Deterministic).Select(e => e.Name));

        Assert.Equal(["EN-001", "MS-001"], ai.Debt.Items.Select(i => i.Id));
        Assert.Equal(["Ranker", "Feature Store"], ai.Debt.Items[0].Affects.Select(a => a.Name));
        Assert.Equal(1, ai.Debt.Summary.Rows.Single(r => r.Category == DebtCategory.ModelStaleness).Mitigated);

        Assert.Equal(["DS-001", "DS-002"], ai.Lineage.Sources.Select(s => s.Id));
        Assert.Equal("Event Stream", ai.Lineage.Sources[0].Element!.Value.Name);
        Assert.IsType<PerModeFreshness>(Assert.Single(ai.Lineage.FreshnessRequirements).Source);

        var entry = Assert.Single(ai.ResponsibleAi.Matrix);
        Assert.Equal((Concern.Fairness, "exposure parity across sellers", "gap < 0.05", "weekly", "Search team"),
            (entry.Concern, entry.Metric, entry.Threshold!.ToString(), entry.Frequency!.ToString(), entry.Owner));

        var adr = Assert.Single(ai.Decisions.All);
        Assert.Equal(("AI-ADR-001", new DateOnly(2025, 3, 1)), (adr.Id, adr.Date));
        Assert.Equal(["weekly", "drift"], adr.Lifecycle!.RetrainingTriggers);
    }

    [Fact]
    public void The_loaded_fixture_stores_back_and_loads_equal()
    {
        var workspace = Fixture();
        var first = RadAiModel.Load(workspace);
        first.Debt.Add(new DebtItem
        {
            Id = "BE-001",
            Category = DebtCategory.BoundaryErosion,
            Description = "Storefront reads model internals",
            Severity = Severity.Low,
            Affects = [workspace.Model.GetElementWithCanonicalName("Container://Shop Platform.Storefront")!],
            Mitigation = "add an API",
            Status = DebtStatus.Open,
        });
        var copy = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace));
        RichModel.AssertSame(first, RadAiModel.Load(copy));
    }

    [Fact]
    public void A_bad_debt_row_is_reported_with_its_json_location()
    {
        var text = FixtureText.Replace("\\\"id\\\": \\\"MS-001\\\"", "\\\"id\\\": \\\"EN-002\\\"", StringComparison.Ordinal);
        Assert.NotEqual(FixtureText, text);
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(WorkspaceJson.Deserialize(text)));
        Assert.Equal("$.items[1]", e.JsonPath);
        Assert.Contains("workspace property 'radai:e7.debt'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Debt id 'EN-002' has prefix 'EN', but category Model Staleness uses 'MS'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_element_is_reported_with_its_json_location()
    {
        var text = FixtureText.Replace("\\\"consumer\\\": \\\"Container://Shop Platform.Ranker\\\"", "\\\"consumer\\\": \\\"Container://Shop Platform.Rankr\\\"", StringComparison.Ordinal);
        Assert.NotEqual(FixtureText, text);
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(WorkspaceJson.Deserialize(text)));
        Assert.Equal("$.freshnessRequirements[0].consumer", e.JsonPath);
        Assert.Contains("documentation section 'radai-lineage.md'", e.Message, StringComparison.Ordinal);
        Assert.Contains("No element 'Container://Shop Platform.Rankr'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_stereotype_property_is_refused_when_read_naming_the_values()
    {
        var text = FixtureText.Replace("\"radai:ml.confidence\": \"0.55-0.97\"", "\"radai:ml.confidence\": \"0.97-0.55\"", StringComparison.Ordinal);
        var ranker = RadAiModel.Load(WorkspaceJson.Deserialize(text)).Stereotypes.MlModels[0];
        var e = Assert.Throws<FormatException>(() => ranker.Confidence);
        Assert.Contains("radai:ml.confidence = \"0.97-0.55\" cannot be read: '0.97-0.55' is not a confidence range: minimum 0.97 is above the maximum 0.55; write it as \"0.60–0.98\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_convention_version_is_refused()
    {
        var text = FixtureText.Replace("\"radai:convention.version\": \"1\"", "\"radai:convention.version\": \"3\"", StringComparison.Ordinal);
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(WorkspaceJson.Deserialize(text)));
        Assert.Contains("version 3", e.Message, StringComparison.Ordinal);
    }
}

public class MissingColumnTests
{
    [Fact]
    public void A_missing_required_column_is_reported_with_its_location()
    {
        var workspace = new Workspace("W");
        workspace.Properties.Set(RadAiConvention.DebtKey, "{\"items\":[{\"id\":\"EN-001\",\"category\":\"Entanglement\",\"severity\":\"High\",\"affects\":[],\"mitigation\":\"m\",\"status\":\"Open\"}]}");
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(workspace));
        Assert.StartsWith("$.items[0]", e.JsonPath, StringComparison.Ordinal);
        Assert.Contains("description", e.Message, StringComparison.Ordinal);
    }
}
