using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class BadInputTests
{
    private static (Workspace Workspace, Container Model) Setup()
    {
        var workspace = new Workspace("W");
        return (workspace, workspace.Model.AddSoftwareSystem("S").AddContainer("Rec"));
    }

    [Theory]
    [InlineData("BE-001", "Entanglement", "has prefix 'BE', but category Entanglement uses 'EN'")]
    [InlineData("EN1", "Entanglement", "must look like \"EN-001\"")]
    [InlineData("XX-001", "Pipeline Debt", "has prefix 'XX', but category Pipeline Debt uses 'PD'")]
    [InlineData("EN-001", "Security Debt", "uses the prefix of Entanglement; give your category a prefix of its own")]
    public void A_debt_id_must_match_its_category(string id, string categoryName, string message)
    {
        var category = DebtCategory.Parse(categoryName);
        var (workspace, _) = Setup();
        var e = Assert.Throws<ModelException>(() => workspace.RadAi().Debt.Add(new DebtItem
        {
            Id = id,
            Category = category,
            Description = "d",
            Severity = Severity.Low,
            Affects = [],
            Mitigation = "m",
            Status = DebtStatus.Open,
        }));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.RadAi().Debt.Items);
    }

    [Fact]
    public void Two_models_with_the_same_id_are_refused()
    {
        var (workspace, rec) = Setup();
        var other = rec.SoftwareSystem.AddContainer("Other");
        var registry = workspace.RadAi().Registry;
        registry.Add(new RegisteredModel
        {
            Id = "MDL-REC",
            Element = rec,
            Name = "Rec",
            Task = "ranking",
            Framework = "PyTorch",
            Status = ModelStatus.Production,
        });
        var e = Assert.Throws<ModelException>(() => registry.Add(new RegisteredModel
        {
            Id = "MDL-REC",
            Element = other,
            Name = "Rec 2",
            Task = "ranking",
            Framework = "PyTorch",
            Status = ModelStatus.Staging,
        }));
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
        var e = Assert.Throws<ModelException>(() => pipelines.AddTrigger(new WorkflowTrigger("validation", "features", "done")));
        Assert.Contains("closes a cycle: validation → features → training → validation", e.Message, StringComparison.Ordinal);
        Assert.Throws<ModelException>(() => pipelines.AddTrigger(new WorkflowTrigger("loop", "loop", "done")));
        Assert.Equal(["training", "validation"], pipelines.TriggeredBy("features"));
    }

    [Fact]
    public void Negative_slas_and_durations_are_refused()
    {
        var (workspace, rec) = Setup();
        var ops = workspace.RadAi().Operations;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ops.AddRollback(new RollbackProcedure
        {
            Scenario = "bad model",
            Detection = "alert",
            Step = "revert",
            RecoveryTime = StatedValue.Parse("-1 min"),
        }));
        Assert.Contains("Recovery time of rollback 'bad model' must not be negative", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Freshness.Under(TimeSpan.FromSeconds(-5)));
        Assert.Throws<ModelException>(() => ops.AddCanaryStep(new CanaryStep("route", "gw", "d") { TrafficShare = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => workspace.RadAi().Boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-1",
            Component = rec,
            Threshold = 1.2,
            ActionBelow = "fallback",
        }));
    }

    [Fact]
    public void Any_register_refuses_elements_of_another_workspace_and_stays_unchanged()
    {
        var (workspace, rec) = Setup();
        var foreign = new Workspace("Other").Model.AddSoftwareSystem("X").AddContainer("Y");
        var ai = workspace.RadAi();
        var e = Assert.Throws<ModelException>(() => ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = QualityAttribute.Robustness,
            Source = "s",
            Stimulus = "st",
            Artifacts = [rec, foreign],
            Environment = "env",
            Response = "r",
            ResponseMeasure = "m",
        }));
        Assert.Contains("Quality scenario QS-01: Element 'Container://X.Y' belongs to workspace 'Other'", e.Message, StringComparison.Ordinal);
        Assert.Empty(ai.QualityScenarios.Scenarios);
        Assert.DoesNotContain(RadAiConvention.QualityKey, workspace.Properties.Keys);
        Assert.Throws<ModelException>(() => new Workspace("Third").RadAi().Boundary.Place(Region.Boundary, rec));
        Assert.Throws<ModelException>(() => ai.Boundary.Place(Region.Boundary, foreign));
        Assert.Throws<ModelException>(() => ai.Decisions.Add(new RadAi.Dsl.AiDecision
        {
            Id = "AI-ADR-9",
            Title = "t",
            Date = new DateOnly(2025, 1, 1),
            Status = RadAi.Dsl.DecisionStatus.Proposed,
            Elements = [foreign],
        }));
        Assert.Empty(workspace.Documentation.Decisions);
    }

    [Fact]
    public void Dangling_ids_are_reported_by_name()
    {
        var (workspace, rec) = Setup();
        var ai = workspace.RadAi();
        var e = Assert.Throws<ModelException>(() => ai.Pipelines.AddFeatureGroup(new FeatureGroup
        {
            Name = "behaviour",
            FeatureCount = 10,
            SourcePipelines = ["PL-404"],
            Refresh = Freshness.Daily,
            Consumers = [rec],
        }));
        Assert.Contains("'PL-404', which is not in the pipeline inventory", e.Message, StringComparison.Ordinal);
        var d = Assert.Throws<ModelException>(() => ai.Debt.AddInteraction(new DebtInteraction("EN-001", "FL-001", "feeds")));
        Assert.Contains("names 'EN-001', which is not in the register", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_bands_without_an_action_are_refused()
    {
        var (workspace, rec) = Setup();
        var e = Assert.Throws<ModelException>(() => workspace.RadAi().Boundary.AddBands(new ConfidenceBands
        {
            Component = rec,
            Bands = [new ConfidenceBand(new ConfidenceRange(0.8, 1), " ") { Name = "High" }],
        }));
        Assert.Contains("the band 'High' needs an action", e.Message, StringComparison.Ordinal);
        Assert.Throws<ModelException>(() => workspace.RadAi().Boundary.AddBands(new ConfidenceBands { Component = rec }));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void An_external_service_with_availability_outside_0_to_100_percent_is_refused(double availability)
    {
        var (workspace, _) = Setup();
        var delineation = workspace.RadAi().BoundaryDelineation;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => delineation.AddExternalService(new ExternalAiService
        {
            Service = "Vision API", Provider = "Cloud", AvailabilityPercent = availability, DataSent = "images", Fallback = "skip tagging",
        }));
        Assert.Contains("Availability of 'Vision API' must lie within [0, 100] percent.", e.Message, StringComparison.Ordinal);
        Assert.Empty(delineation.ExternalServices);
    }
}
