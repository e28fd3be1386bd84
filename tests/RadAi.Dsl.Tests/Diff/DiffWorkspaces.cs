using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Diff;

/// <summary>
/// The facts a small AI workspace is built from; each diff test builds one workspace from the defaults and one with
/// the fact it changes, so the pair differs in that fact only.
/// </summary>
internal sealed record DiffFacts
{
    public string ModelName { get; init; } = "Ranking Model";
    public string? ModelVersion { get; init; } = "v1.0";
    public string? ModelDescription { get; init; } = "Ranks items";
    public string ModelTechnology { get; init; } = "PyTorch";
    public bool ModelInSecondSystem { get; init; }
    public bool ExtraContainer { get; init; }
    public bool ReadsRelationship { get; init; } = true;
    public bool ExtraView { get; init; }
    public string? ContainerTag { get; init; }
    public string? StoreOwner { get; init; }
    public string MonitorMetric { get; init; } = "PSI";
    public bool SecondModelRegistered { get; init; }
    public double GateThreshold { get; init; } = 0.60;
    public string GateBelow { get; init; } = "fallback ranking";
    public PipelineMode PipelineMode { get; init; } = PipelineMode.Batch;
    public string PipelineFreshness { get; init; } = "< 1 d";
    public Severity DebtSeverity { get; init; } = Severity.Medium;
    public DebtStatus DebtStatus { get; init; } = DebtStatus.Open;
    public bool SecondDebtItem { get; init; }
    public bool SecondScenario { get; init; }
    public DecisionStatus DecisionStatus { get; init; } = DecisionStatus.Accepted;
    public string DriftThreshold { get; init; } = "PSI > 0.2";
    public Region ModelRegion { get; init; } = Region.NonDeterministic;
    public RiskClassification? ComponentRisk { get; init; } = RiskClassification.Limited;
}

internal static class DiffWorkspaces
{
    public static Workspace Build(DiffFacts? facts = null)
    {
        var f = facts ?? new DiffFacts();
        var workspace = new Workspace("Shop", "An AI shop");
        var user = workspace.Model.AddPerson("Customer");
        var shop = workspace.Model.AddSoftwareSystem("Shop", "Sells things");
        var other = workspace.Model.AddSoftwareSystem("Lab", "Trains models");
        var store = shop.AddContainer("Item Store", "Items", "PostgreSQL");
        if (f.ContainerTag is { } tag) store.Tags.Add(tag);
        if (f.StoreOwner is { } owner) store.Properties.Set("owner", owner);
        var model = (f.ModelInSecondSystem ? other : shop).AddMlModel(f.ModelName, f.ModelDescription, f.ModelTechnology);
        if (f.ModelVersion is { } version) model.WithVersion(version);
        var fallback = shop.AddContainer("Popular Items", "Fallback ranking", "SQL");
        var gate = shop.AddContainer("Gate", "Routes by confidence", "Java");
        var pipeline = shop.AddDataPipeline("Item Pipeline", "Loads items", "Spark");
        var monitor = shop.AddMonitor("Model Monitor", "Watches drift", "Grafana").WithMetrics(f.MonitorMetric);
        if (f.ExtraContainer) shop.AddContainer("Search", "Finds items", "Elastic");
        user.Uses(shop, "Buys from");
        if (f.ReadsRelationship) model.Uses(store, "Reads items from");
        pipeline.Uses(store, "Writes items to");
        workspace.Views.CreateSystemContextView(shop, "context", "The shop").AddAllElements();
        if (f.ExtraView) workspace.Views.CreateContainerView(shop, "containers", "Inside the shop").AddAllContainers();

        var ai = workspace.RadAi();
        ai.Boundary.Place(f.ModelRegion, model);
        ai.Boundary.Place(Region.Fallback, fallback);
        ai.Registry.Add(new RegisteredModel { Id = "MDL-1", Element = model, Name = "Ranker", Status = ModelStatus.Production, Owner = "ML team" });
        if (f.SecondModelRegistered)
            ai.Registry.Add(new RegisteredModel { Id = "MDL-2", Element = fallback, Name = "Popularity", Status = ModelStatus.Candidate });
        ai.Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = model, Threshold = f.GateThreshold, ActionBelow = f.GateBelow, Gate = gate, Fallback = fallback });
        ai.Pipelines.Add(new Pipeline { Id = "PL-1", Name = "Item load", Mode = f.PipelineMode, FreshnessSla = Freshness.Parse(f.PipelineFreshness), Element = pipeline });
        ai.Debt.Add(new DebtItem
        {
            Id = "DD-001", Category = DebtCategory.DataDependency, Description = "Reads the item table directly",
            Severity = f.DebtSeverity, Affects = [model], Status = f.DebtStatus,
        });
        if (f.SecondDebtItem)
            ai.Debt.Add(new DebtItem { Id = "FL-001", Category = DebtCategory.HiddenFeedbackLoops, Description = "Clicks train the ranker", Severity = Severity.High, Status = DebtStatus.Open });
        ai.QualityScenarios.Add(new QualityScenario { Id = "QS-1", Attribute = QualityAttribute.ModelFreshness, Stimulus = "new items", Response = "retrain", Artifacts = [model] });
        if (f.SecondScenario)
            ai.QualityScenarios.Add(new QualityScenario { Id = "QS-2", Attribute = QualityAttribute.Robustness, Stimulus = "bad input", Response = "fallback", Artifacts = [fallback] });
        ai.Decisions.Add(new AiDecision { Id = "AI-ADR-001", Title = "Use a ranker", Date = new DateOnly(2025, 1, 15), Status = f.DecisionStatus, Elements = [model] });
        ai.Operations.AddDriftDetection(new DriftDetection { Component = model, Threshold = Threshold.Parse(f.DriftThreshold), CheckFrequency = Freshness.Daily });
        ai.BoundaryDelineation.AddComponent(new AiComponent { Component = model, RiskClassification = f.ComponentRisk });
        _ = monitor;
        return workspace;
    }

    /// <summary>The workspace written and read back, so the pair is compared as <c>radai diff</c> reads files.</summary>
    public static Workspace RoundTripped(Workspace workspace) => WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace));
}
