using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using Monitor = RadAi.Dsl.Monitor;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>
/// The clean shop with a recommender added that passes every RAD-AI rule; <see cref="AiParts"/> leaves out or changes
/// one part at a time, so each RAD-AI rule has a fixture that trips it and one that passes it.
/// </summary>
internal static class AiInspectionFixtures
{
    public sealed class AiParts
    {
        public bool Latency { get; set; } = true;
        /// <summary>When set, the feature store's feature count is stored as this text instead of a number.</summary>
        public string? FeatureCountText { get; set; }
        public bool Registered { get; set; } = true;
        public string? Owner { get; set; } = "Recommendation team";
        public IReadOnlyList<string> History { get; set; } = [];
        public bool InNonDeterministicRegion { get; set; } = true;
        public bool Gate { get; set; } = true;
        public string PipelineOwner { get; set; } = "Data platform team";
        public Freshness PipelineSla { get; set; } = Freshness.Under(TimeSpan.FromSeconds(5));
        public Freshness Required { get; set; } = Freshness.Under(TimeSpan.FromMinutes(1));
        public bool GapDocumented { get; set; }
        public Threshold MonitorThreshold { get; set; } = Threshold.Above("PSI", 0.2);
        public bool Rollback { get; set; } = true;
        public bool RollbackForEveryModel { get; set; }
        public bool Rollout { get; set; } = true;
        public bool Concern { get; set; } = true;
        public bool DebtAffects { get; set; } = true;
        public string ResponseMeasure { get; set; } = "retrained within 24 hours";
    }

    public sealed record Recommender(Shop Shop, Container Model, Container Pipeline, Container Features, Container Monitor)
    {
        public Workspace Workspace => Shop.Workspace;
        public RadAiModel Ai => Shop.Workspace.RadAi();
    }

    public static Recommender CleanAi(Action<AiParts>? configure = null)
    {
        var parts = new AiParts();
        configure?.Invoke(parts);
        Recommender? result = null;
        var shop = Clean(beforeViews: s => result = AddRecommender(s, parts));
        return result! with { Shop = shop };
    }

    public static InspectionReport InspectAi(Action<AiParts>? configure = null) => Inspector.Run(CleanAi(configure).Workspace);

    /// <summary>The clean AI workspace as Structurizr JSON, for mutation.</summary>
    public static JsonObject CleanAiJson() => JsonNode.Parse(WorkspaceJson.Serialize(CleanAi().Workspace))!.AsObject();

    private static Recommender AddRecommender(Shop s, AiParts parts)
    {
        var ai = s.Workspace.RadAi();
        var model = s.System.AddMlModel("Recommender", "Ranks products for each customer.", "PyTorch")
            .WithVersion("2.3").WithPrimaryMetric("NDCG", "0.41").WithConfidence(0.60, 0.98);
        if (parts.Latency) model.WithLatency(TimeSpan.FromMilliseconds(250), 95);
        var pipeline = s.System.AddDataPipeline("Click Stream", "Turns clicks into features.", "Apache Flink")
            .Streaming(Freshness.Under(TimeSpan.FromSeconds(5))).WithQualityGates("schema check");
        var features = s.System.AddFeatureStore("Feature Store", "Serves features to the recommender.", "Redis")
            .WithFeatureCount(120).WithRefresh(Freshness.Continuous);
        if (parts.FeatureCountText is { } featureCount) features.WithFact("featureCount", featureCount);
        var monitor = s.System.AddMonitor("Drift Monitor", "Watches the recommender for drift.", "Evidently")
            .WithMetrics("PSI").WithAlertThresholds(parts.MonitorThreshold);
        s.Web.Uses((Container)pipeline, "Sends clicks to", "Kafka", InteractionStyle.Asynchronous);
        pipeline.Uses(features, "Writes features to", "Redis protocol");
        features.Uses(model, "Serves features to", "gRPC");
        s.Web.Uses((Container)model, "Gets recommendations from", "gRPC", InteractionStyle.Synchronous);
        monitor.Uses(model, "Watches the predictions of", "HTTPS");

        if (parts.Registered)
            ai.Registry.Add(new RegisteredModel
            {
                Id = "MDL-REC",
                Element = model,
                Name = "Recommender",
                Task = "Ranking",
                Framework = "PyTorch",
                Status = ModelStatus.Production,
                Owner = parts.Owner,
                Versions = [.. parts.History.Select(v => new ModelVersion(v))],
                Baselines = [new PerformanceBaseline("NDCG") { Baseline = 0.40, AlertThreshold = Threshold.Below("NDCG", 0.38) }],
            });
        if (parts.InNonDeterministicRegion) ai.Boundary.Place(Region.NonDeterministic, model);
        if (parts.Gate) ai.Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = model, Threshold = 0.6, ActionBelow = "show best sellers" });
        ai.Boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB1",
            Name = "Best sellers",
            For = model,
            Trigger = "confidence < 0.6 or model down",
            Behavior = "Shows the week's best sellers",
        });
        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-001",
            Name = "Click Stream",
            Mode = PipelineMode.Streaming,
            FreshnessSla = parts.PipelineSla,
            Owner = parts.PipelineOwner,
            Element = pipeline,
        });
        ai.Lineage.AddFreshnessRequirement(new FreshnessRequirement(model, parts.Required, Freshness.Under(TimeSpan.FromSeconds(5)))
        {
            GapRisk = parts.GapDocumented ? "Recommendations lag the last few seconds of clicks" : null,
            Mitigation = parts.GapDocumented ? "Session features are computed in the web app" : null,
        });
        ai.Operations.AddDriftDetection(new DriftDetection
        {
            Component = model,
            Type = DriftType.Data,
            Method = DriftMethod.Psi,
            Threshold = Threshold.Above("PSI", 0.2),
            CheckFrequency = Freshness.Daily,
        });
        ai.Operations.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Drift retrain",
            Kind = TriggerKind.EventDriven,
            Condition = "PSI > 0.2 for 3 checks",
            Action = "Retrain on the last 30 days",
            Models = [model],
        });
        if (parts.Rollout) ai.Operations.AddRollout(new RolloutStrategy(RolloutKind.Canary, "5 % of traffic first", "Every model release"));
        if (parts.Rollback)
            ai.Operations.AddRollback(new RollbackProcedure
            {
                Scenario = "Error rate > 1 %",
                Detection = "Serving alert",
                Step = "Switch to the previous version",
                RecoveryTime = TimeSpan.FromMinutes(5),
                Models = parts.RollbackForEveryModel ? [] : [model],
            });
        if (parts.Concern) ai.ResponsibleAi.SetConcern(new ConcernEntry
        {
            Component = model,
            Concern = Concern.Fairness,
            Metric = "exposure disparity across sellers",
            Threshold = Threshold.Below("disparity", 0.1),
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001",
            Category = DebtCategory.Entanglement,
            Description = "Shared click features couple the recommender to the pipeline",
            Severity = Severity.Medium,
            Affects = parts.DebtAffects ? [pipeline, features, model] : [],
            Mitigation = "Version the feature schema",
            Status = DebtStatus.Open,
            Owner = "Data platform team",
        });
        ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = new QualityAttribute("Model freshness"),
            Source = "Catalogue team",
            Stimulus = "Many new products are listed",
            Artifacts = [model],
            Environment = "Production",
            Response = "The recommender is retrained",
            ResponseMeasure = parts.ResponseMeasure,
        });
        return new Recommender(s, model, pipeline, features, monitor);
    }
}
