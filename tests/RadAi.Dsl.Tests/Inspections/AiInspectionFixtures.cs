using System.Text.Json.Nodes;
using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Boundary;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Ai.Lineage;
using RadAi.Dsl.Ai.Operations;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.Ai.Quality;
using RadAi.Dsl.Ai.Registry;
using RadAi.Dsl.Ai.ResponsibleAi;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;
using RadAi.Dsl.Inspections;
using Monitor = RadAi.Dsl.Ai.Stereotypes.Monitor;
using RadAi.Dsl.Json;
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

    public sealed record Recommender(Shop Shop, MlModel Model, DataPipeline Pipeline, FeatureStore Features, Monitor Monitor)
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
        if (parts.FeatureCountText is { } featureCount) features.Set("featureCount", featureCount);
        var monitor = s.System.AddMonitor("Drift Monitor", "Watches the recommender for drift.", "Evidently")
            .WithMetrics("PSI").WithAlertThresholds(parts.MonitorThreshold);
        s.Web.Uses((Container)pipeline.Element, "Sends clicks to", "Kafka", InteractionStyle.Asynchronous);
        pipeline.Uses(features, "Writes features to", "Redis protocol");
        features.Uses(model, "Serves features to", "gRPC");
        s.Web.Uses((Container)model.Element, "Gets recommendations from", "gRPC", InteractionStyle.Synchronous);
        monitor.Uses(model, "Watches the predictions of", "HTTPS");

        if (parts.Registered)
            ai.Registry.Add(new RegisteredModel("MDL-REC", model, "Recommender", "Ranking", "PyTorch", "2.3", ModelStatus.Production)
            {
                Owner = parts.Owner,
                Baselines = [new PerformanceBaseline("NDCG") { Baseline = 0.40, AlertThreshold = Threshold.Below("NDCG", 0.38) }],
            });
        if (parts.InNonDeterministicRegion) ai.Boundary.Place(Region.NonDeterministic, model);
        if (parts.Gate) ai.Boundary.AddGate(new ConfidenceGate("CG-1", model, 0.6, "show best sellers"));
        ai.Boundary.AddFallback(new FallbackStrategy("FB1", "Best sellers", model, "confidence < 0.6 or model down", "Shows the week's best sellers"));
        ai.Pipelines.Add(new Pipeline("PL-001", "Click Stream", PipelineMode.Streaming, parts.PipelineSla, parts.PipelineOwner) { Element = pipeline });
        ai.Lineage.AddFreshnessRequirement(new FreshnessRequirement(model, parts.Required, Freshness.Under(TimeSpan.FromSeconds(5)))
        {
            GapRisk = parts.GapDocumented ? "Recommendations lag the last few seconds of clicks" : null,
            Mitigation = parts.GapDocumented ? "Session features are computed in the web app" : null,
        });
        ai.Operations.AddDriftDetection(new DriftDetection(model, DriftType.Data, DriftMethod.Psi, Threshold.Above("PSI", 0.2), Freshness.Daily));
        ai.Operations.AddRetrainingTrigger(new RetrainingTrigger("Drift retrain", TriggerKind.EventDriven, "PSI > 0.2 for 3 checks", "Retrain on the last 30 days") { Models = [model] });
        if (parts.Rollout) ai.Operations.AddRollout(new RolloutStrategy(RolloutKind.Canary, "5 % of traffic first", "Every model release"));
        if (parts.Rollback)
            ai.Operations.AddRollback(new RollbackProcedure("Error rate > 1 %", "Serving alert", "Switch to the previous version", TimeSpan.FromMinutes(5))
            {
                Models = parts.RollbackForEveryModel ? [] : [model],
            });
        if (parts.Concern) ai.ResponsibleAi.SetConcern(new ConcernEntry(model, Concern.Fairness, "exposure disparity across sellers", Threshold.Below("disparity", 0.1)));
        ai.Debt.Add("EN-001", DebtCategory.Entanglement, "Shared click features couple the recommender to the pipeline", Severity.Medium,
            parts.DebtAffects ? [pipeline, features, model] : [], "Version the feature schema", DebtStatus.Open, "Data platform team");
        ai.QualityScenarios.Add(new QualityScenario("QS-01", new QualityAttribute("Model freshness"), "Catalogue team", "Many new products are listed",
            [model], "Production", "The recommender is retrained", parts.ResponseMeasure));
        return new Recommender(s, model, pipeline, features, monitor);
    }
}
