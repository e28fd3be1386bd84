using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Boundary;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Ai.Operations;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.Ai.Quality;
using RadAi.Dsl.Ai.Registry;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Tests.Ai;

public class BadInputTests
{
    private static (Workspace Workspace, Container Model) Setup()
    {
        var workspace = new Workspace("W");
        return (workspace, workspace.Model.AddSoftwareSystem("S").AddContainer("Rec"));
    }

    [Theory]
    [InlineData("BE-001", DebtCategory.Entanglement, "has prefix 'BE', but category Entanglement uses 'EN'")]
    [InlineData("EN1", DebtCategory.Entanglement, "must look like \"EN-001\"")]
    [InlineData("XX-001", DebtCategory.Pipeline, "has prefix 'XX', but category Pipeline Debt uses 'PD'")]
    public void A_debt_id_must_match_its_category(string id, DebtCategory category, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new DebtItem(id, category, "d", Severity.Low, [], "m", DebtStatus.Open));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_models_with_the_same_id_are_refused()
    {
        var (workspace, rec) = Setup();
        var other = rec.SoftwareSystem.AddContainer("Other");
        var registry = workspace.RadAi().Registry;
        registry.Add(new RegisteredModel("MDL-REC", rec, "Rec", "ranking", "PyTorch", "v1", ModelStatus.Production));
        var e = Assert.Throws<ArgumentException>(() => registry.Add(new RegisteredModel("MDL-REC", other, "Rec 2", "ranking", "PyTorch", "v1", ModelStatus.Staging)));
        Assert.Contains("Duplicate model id 'MDL-REC'", e.Message, StringComparison.Ordinal);
        Assert.Single(registry.Models);
    }

    [Fact]
    public void A_cycle_in_trigger_chains_is_refused_and_shown()
    {
        var (workspace, _) = Setup();
        var pipelines = workspace.RadAi().Pipelines;
        pipelines.AddTrigger(new WorkflowTrigger("features", "training", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("training", "validation", "done"));
        var e = Assert.Throws<ArgumentException>(() => pipelines.AddTrigger(new WorkflowTrigger("validation", "features", "done")));
        Assert.Contains("closes a cycle: validation → features → training → validation", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => pipelines.AddTrigger(new WorkflowTrigger("loop", "loop", "done")));
        Assert.Equal(["training", "validation"], pipelines.TriggeredBy("features"));
    }

    [Fact]
    public void Negative_slas_and_durations_are_refused()
    {
        var (workspace, rec) = Setup();
        var ops = workspace.RadAi().Operations;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ops.AddRollback(new RollbackProcedure("bad model", "alert", "revert", TimeSpan.FromMinutes(-1))));
        Assert.Contains("Recovery time of rollback 'bad model' must not be negative", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Freshness.Under(TimeSpan.FromSeconds(-5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ops.AddCanaryStep(new CanaryStep("route", "gw", "d") { TrafficShare = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceGate("CG-1", rec, 1.2, "fallback"));
    }

    [Fact]
    public void Any_register_refuses_elements_of_another_workspace_and_stays_unchanged()
    {
        var (workspace, rec) = Setup();
        var foreign = new Workspace("Other").Model.AddSoftwareSystem("X").AddContainer("Y");
        var ai = workspace.RadAi();
        var e = Assert.Throws<ArgumentException>(() => ai.QualityScenarios.Add(new QualityScenario("QS-01", QualityAttribute.Robustness, "s", "st", [rec, foreign], "env", "r", "m")));
        Assert.Contains("Quality scenario QS-01: Element 'Container://X.Y' belongs to workspace 'Other'", e.Message, StringComparison.Ordinal);
        Assert.Empty(ai.QualityScenarios.Scenarios);
        Assert.DoesNotContain(RadAiConvention.QualityKey, workspace.Properties.Keys);
        Assert.Throws<ArgumentException>(() => new Workspace("Third").RadAi().Boundary.Place(Region.Boundary, rec));
        Assert.Throws<ArgumentException>(() => ai.Boundary.Place(Region.Boundary, foreign));
        Assert.Throws<ArgumentException>(() => ai.Decisions.Add(new RadAi.Dsl.Ai.Decisions.AiDecision("AI-ADR-9", "t", new DateOnly(2025, 1, 1), RadAi.Dsl.Ai.Decisions.DecisionStatus.Proposed) { Elements = [foreign] }));
        Assert.Empty(workspace.Documentation.Decisions);
    }

    [Fact]
    public void Dangling_ids_are_reported_by_name()
    {
        var (workspace, rec) = Setup();
        var ai = workspace.RadAi();
        var e = Assert.Throws<ArgumentException>(() => ai.Pipelines.AddFeatureGroup(new FeatureGroup("behaviour", 10, ["PL-404"], Freshness.Daily, [rec])));
        Assert.Contains("'PL-404', which is not in the pipeline inventory", e.Message, StringComparison.Ordinal);
        var d = Assert.Throws<ArgumentException>(() => ai.Debt.AddInteraction(new DebtInteraction("EN-001", "FL-001", "feeds")));
        Assert.Contains("names 'EN-001', which is not in the register", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_confidence_bands_are_refused()
    {
        var (_, rec) = Setup();
        var e = Assert.Throws<ArgumentException>(() => new ConfidenceBands(rec,
            new ConfidenceBand(new ConfidenceRange(0.8, 1), "accept"), new ConfidenceBand(new ConfidenceRange(0.6, 0.9), "log"),
            new ConfidenceBand(new ConfidenceRange(0.4, 0.6), "review"), new ConfidenceBand(new ConfidenceRange(0, 0.4), "reject")));
        Assert.Contains("the high band (0.80–1.00) overlaps or lies below the medium band (0.60–0.90)", e.Message, StringComparison.Ordinal);
    }
}
