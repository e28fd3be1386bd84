using RadAi.Dsl;
using RadAi.Dsl.Diff;

namespace RadAi.Dsl.Tests.Diff;

/// <summary>Pairs of workspaces that differ in one fact: the diff names that fact, in its area, with both values as written.</summary>
public class WorkspaceDiffTests
{
    private static WorkspaceDiff Diff(DiffFacts after) => Diff(new DiffFacts(), after);

    private static WorkspaceDiff Diff(DiffFacts before, DiffFacts after)
        => WorkspaceDiff.Compare(DiffWorkspaces.RoundTripped(DiffWorkspaces.Build(before)), DiffWorkspaces.RoundTripped(DiffWorkspaces.Build(after)));

    private static ArchitectureChange Single(WorkspaceDiff diff)
    {
        Assert.True(diff.Changes.Count == 1, "expected one change, found:\n" + string.Join("\n", diff.Changes));
        return diff.Changes[0];
    }

    [Fact]
    public void The_same_workspace_twice_has_no_change_and_says_so()
    {
        var diff = Diff(new DiffFacts());

        Assert.False(diff.HasChanges);
        Assert.Equal(DiffMatching.StructurizrId, diff.Matching);
        Assert.Equal("No architectural change.", diff.Summary);
        Assert.Empty(diff.Consequences.FindingsAppeared);
        Assert.False(diff.Consequences.HasChanges);
    }

    [Fact]
    public void A_new_model_version_is_a_registry_change_from_the_old_version_to_the_new()
    {
        var change = Single(Diff(new DiffFacts { ModelVersion = "v1.1" }));

        Assert.Equal(new ArchitectureChange { Area = DiffArea.ModelRegistry, Kind = ChangeKind.Changed, Subject = "model MDL-1", Field = "version", Before = "v1.0", After = "v1.1" }, change);
        Assert.Equal("model MDL-1: version v1.0 → v1.1", change.Summary);
    }

    [Fact]
    public void A_version_stated_on_one_side_only_shows_not_stated_on_the_other()
    {
        var change = Single(Diff(new DiffFacts { ModelVersion = null }, new DiffFacts()));

        Assert.Null(change.Before);
        Assert.Equal("model MDL-1: version not stated → v1.0", change.Summary);
    }

    [Fact]
    public void A_model_registered_and_one_retired_are_named_so()
    {
        var registered = Single(Diff(new DiffFacts { SecondModelRegistered = true }));
        var retired = Single(Diff(new DiffFacts { SecondModelRegistered = true }, new DiffFacts()));

        Assert.Equal("model MDL-2 registered", registered.Summary);
        Assert.Equal((DiffArea.ModelRegistry, ChangeKind.Added), (registered.Area, registered.Kind));
        Assert.Equal("model MDL-2 removed from the registry", retired.Summary);
    }

    [Fact]
    public void A_gate_threshold_and_its_fallback_action_are_shown_as_written()
    {
        var diff = Diff(new DiffFacts { GateThreshold = 0.55, GateBelow = "show bestsellers" });

        Assert.Equal(["confidence gate CG-1: threshold 0.60 → 0.55", "confidence gate CG-1: below threshold fallback ranking → show bestsellers"],
            diff.Changes.Select(c => c.Summary));
        Assert.All(diff.Changes, c => Assert.Equal(DiffArea.NonDeterminismBoundary, c.Area));
    }

    [Fact]
    public void A_pipeline_mode_and_freshness_change_are_data_pipeline_changes()
    {
        var diff = Diff(new DiffFacts { PipelineMode = PipelineMode.Streaming, PipelineFreshness = "< 5 s" });

        Assert.Equal(["pipeline PL-1: mode Batch → Streaming", "pipeline PL-1: freshness SLA < 1 d → < 5 s"], diff.Changes.Select(c => c.Summary));
    }

    [Fact]
    public void A_debt_item_opened_changed_in_severity_and_resolved()
    {
        var opened = Single(Diff(new DiffFacts { SecondDebtItem = true }));
        var severity = Single(Diff(new DiffFacts { DebtSeverity = Severity.High }));
        var resolved = Single(Diff(new DiffFacts { DebtStatus = DebtStatus.Mitigated }));

        Assert.Equal("debt item FL-001 opened", opened.Summary);
        Assert.Equal("debt item DD-001: severity Medium → High", severity.Summary);
        Assert.Equal("debt item DD-001: status Open → Mitigated (resolved)", resolved.Summary);
        Assert.Equal(DiffArea.Debt, resolved.Area);
    }

    [Fact]
    public void A_quality_scenario_added_and_an_ai_adr_superseded()
    {
        var scenario = Single(Diff(new DiffFacts { SecondScenario = true }));
        var superseded = Single(Diff(new DiffFacts { DecisionStatus = DecisionStatus.Superseded }));

        Assert.Equal("quality scenario QS-2 added", scenario.Summary);
        Assert.Equal("AI-ADR AI-ADR-001: status Accepted → Superseded (superseded)", superseded.Summary);
        Assert.Equal(DiffArea.Decisions, superseded.Area);
    }

    [Fact]
    public void A_monitor_drift_threshold_a_region_and_a_risk_class()
    {
        var drift = Single(Diff(new DiffFacts { DriftThreshold = "PSI > 0.25" }));
        var region = Single(Diff(new DiffFacts { ModelRegion = Region.Boundary }));
        var risk = Single(Diff(new DiffFacts { ComponentRisk = RiskClassification.High }));

        Assert.Equal("drift detection of Ranking Model: threshold PSI > 0.2 → PSI > 0.25", drift.Summary);
        Assert.Equal(DiffArea.Operations, drift.Area);
        Assert.Equal("container Ranking Model: region Non-deterministic → Boundary", region.Summary);
        Assert.Equal(DiffArea.NonDeterminismBoundary, region.Area);
        Assert.Equal("AI component Ranking Model: risk class Limited → High", risk.Summary);
        Assert.Equal(DiffArea.Compliance, risk.Area);
    }

    [Fact]
    public void Elements_added_renamed_moved_and_changed_in_description_technology_and_tags()
    {
        var added = Single(Diff(new DiffFacts { ExtraContainer = true }));
        var renamed = Diff(new DiffFacts { ModelName = "Ranker" });
        var moved = Diff(new DiffFacts { ModelInSecondSystem = true });
        var described = Single(Diff(new DiffFacts { ModelDescription = "Ranks items by taste", ModelTechnology = "PyTorch" }));
        var technology = Single(Diff(new DiffFacts { ModelTechnology = "JAX" }));
        var tagged = Single(Diff(new DiffFacts { ContainerTag = "Database" }));

        Assert.Equal("container Search added", added.Summary);
        Assert.Equal(DiffArea.Model, added.Area);
        Assert.Contains(renamed.Changes, c => c is { Kind: ChangeKind.Renamed, Before: "Ranking Model", After: "Ranker" });
        Assert.Contains(moved.Changes, c => c is { Kind: ChangeKind.Moved, Field: "parent" } && c.Before!.Contains("Shop", StringComparison.Ordinal) && c.After!.Contains("Lab", StringComparison.Ordinal));
        Assert.Equal("container Ranking Model: description Ranks items → Ranks items by taste", described.Summary);
        Assert.Equal("container Ranking Model: technology PyTorch → JAX", technology.Summary);
        Assert.Equal("container Item Store: tags Element,Container → Element,Container,Database", tagged.Summary);
    }

    [Fact]
    public void A_c4_property_is_a_model_change_and_a_stereotype_fact_a_c4_e1_change()
    {
        var property = Single(Diff(new DiffFacts { StoreOwner = "Data team" }));
        var fact = Single(Diff(new DiffFacts { MonitorMetric = "KL divergence" }));

        Assert.Equal((DiffArea.Model, "container Item Store: property owner not stated → Data team"), (property.Area, property.Summary));
        Assert.Equal(DiffArea.Stereotypes, fact.Area);
        Assert.Equal(("PSI", "KL divergence"), (fact.Before, fact.After));
        Assert.StartsWith("container Model Monitor: mon.", fact.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_removed_and_a_view_added()
    {
        var removed = Single(Diff(new DiffFacts { ReadsRelationship = false }));
        var view = Single(Diff(new DiffFacts { ExtraView = true }));

        Assert.Equal("relationship Ranking Model -> Item Store (Reads items from) removed", removed.Summary);
        Assert.Equal((DiffArea.Views, "view containers added"), (view.Area, view.Summary));
    }

    [Fact]
    public void Workspaces_with_other_ids_are_matched_by_canonical_name_and_say_so()
    {
        // an extra container created first numbers every later element differently
        var before = DiffWorkspaces.Build();
        var after = DiffWorkspaces.Build(new DiffFacts { ExtraContainer = true });
        var json = WorkspaceJson.Serialize(after);

        var diff = WorkspaceDiff.Compare(before, ShiftIds(json));

        Assert.Equal(DiffMatching.CanonicalName, diff.Matching);
        Assert.Equal("container Search added", Single(diff).Summary);
        Assert.Contains("canonical name", diff.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_change_of_the_pair_changes_the_exit_worthy_flag_and_the_summary_counts_areas()
    {
        var diff = Diff(new DiffFacts { ModelVersion = "v2.0", DebtStatus = DebtStatus.Mitigated });

        Assert.True(diff.HasChanges);
        Assert.StartsWith("2 architectural changes in 2 areas; RAD-AI gap score", diff.Summary, StringComparison.Ordinal);
        Assert.Equal([DiffArea.ModelRegistry, DiffArea.Debt], diff.Changes.Select(c => c.Area));
    }

    [Fact]
    public void The_json_is_camel_case_with_enum_names_and_leaves_unstated_values_out()
    {
        var json = Diff(new DiffFacts { ModelVersion = null }, new DiffFacts()).ToJson();

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var change = document.RootElement.GetProperty("changes")[0];
        Assert.Equal("ModelRegistry", change.GetProperty("area").GetString());
        Assert.Equal("Changed", change.GetProperty("kind").GetString());
        Assert.Equal("v1.0", change.GetProperty("after").GetString());
        Assert.False(change.TryGetProperty("before", out _));
        Assert.Equal("StructurizrId", document.RootElement.GetProperty("matching").GetString());
        Assert.True(document.RootElement.GetProperty("hasChanges").GetBoolean());
    }

    // Every id moved up by 1000: the same model, numbered as a workspace generated elsewhere would be.
    private static Workspace ShiftIds(string json)
        => WorkspaceJson.Deserialize(System.Text.RegularExpressions.Regex.Replace(json,
            "\"(id|sourceId|destinationId|softwareSystemId|containerId|elementId|linkedRelationshipId)\":\"(\\d+)\"",
            m => $"\"{m.Groups[1].Value}\":\"{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1000}\""));
}
