using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E2, model registry view (arc42 §5): the five registered models, the version history of MDL-REC, its modules,
/// training data lineage and baselines, and how Metaflow serves as the registry.
/// </summary>
/// <remarks>
/// Left out because no source file has them: hyperparameters (the README and gap analysis claim E2 holds them, it
/// does not), per-model owning teams, per-version datasets and metrics, baseline and current values, per-model cards,
/// and any detail for MDL-PERS and MDL-EXP beyond the inventory. The owner of every entry is the group the README's
/// stakeholder table makes responsible for production models: the ML engineers. Upstream and downstream dependencies are not typed in:
/// the registry computes them from the model's relationships.
/// </remarks>
internal static class E2ModelRegistry
{
    /// <summary>The README's stakeholder table names ML engineers as the owners of production models.</summary>
    private const string ModelOwner = "ML engineers";

    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var registry = ai.Registry;

        registry.Add(Recommendation(c));
        AddRecommendationHistory(registry);
        registry.Add(new RegisteredModel
        {
            Id = "MDL-PERS",
            Element = c.PersonalizationModels,
            Name = "Personalization Models",
            Task = "UI layout, artwork selection, notification targeting",
            Framework = "PyTorch (multi-task)",
            Status = ModelStatus.Production,
            ServingMode = "Real-time",
            Owner = ModelOwner,
        });
        c.PersonalizationModels.SuppressInspection("RADAI103",
            "The example publishes no baseline or alert threshold for MDL-PERS; the model registry view gives it no detail section.");
        registry.Add(ContentQuality(c));
        c.ContentQualityModels.SuppressInspection("RADAI103",
            "The model registry view describes MDL-QUAL's purpose, architecture and training data but gives no baseline metric or alert threshold.");
        registry.Add(Search(c));
        registry.Add(new RegisteredModel
        {
            Id = "MDL-EXP",
            Element = c.ExperimentationModels,
            Name = "Experimentation Engine",
            Task = "Treatment effect estimation, adaptive allocation",
            Framework = "Statsmodels + custom",
            Status = ModelStatus.Production,
            ServingMode = "Batch analysis",
            Owner = ModelOwner,
        });
        c.ExperimentationModels.SuppressInspection("RADAI103",
            "MDL-EXP has no detail section in the model registry view, so no baseline exists, and it reports p-values and confidence intervals instead of a confidence range.");

        // Metaflow is the registry: each capability maps to a Metaflow feature.
        const string metaflow = "https://metaflow.org";
        registry.AddTool(new RegistryTool("Flow runs + metadata service", "every training run is a versioned flow: parameters, metrics, artifacts") { Capability = "Experiment tracking", Link = metaflow });
        registry.AddTool(new RegistryTool("Metaflow Datastore (S3)", "weights, data snapshots and evaluation reports, content-addressed") { Capability = "Artifact management", Link = metaflow });
        registry.AddTool(new RegistryTool("@conda / @pypi decorators + pinned dependencies", "rebuild the exact training environment") { Capability = "Reproducibility", Link = metaflow });
        registry.AddTool(new RegistryTool("Configurable Metaflow (Config objects)", "runtime configuration and parameter sweeps without code changes") { Capability = "Configuration", Link = metaflow });
        registry.AddTool(new RegistryTool("Flow graph + artifact provenance", "trace raw data to features to model") { Capability = "Lineage", Link = metaflow });
        registry.AddTool(new RegistryTool("Custom metadata on flow runs", "intended use, limitations, fairness assessment") { Capability = "Model cards", Link = metaflow });
        AddLifecycleStages(registry);
    }

    // The example's model lifecycle state diagram: each state, what moves a model on, and to where.
    private static void AddLifecycleStages(ModelRegistry registry)
    {
        registry.AddLifecycleStage(new RegistryStage { Name = "Development", EntryCriteria = "a data scientist creates a flow", PromotionCriteria = "experiments run via Metaflow", PromotesTo = "Experimentation" });
        registry.AddLifecycleStage(new RegistryStage { Name = "Experimentation", PromotionCriteria = "metrics pass offline evaluation", PromotesTo = "Candidate" });
        registry.AddLifecycleStage(new RegistryStage { Name = "Candidate", PromotionCriteria = "deployed to a small traffic fraction", PromotesTo = "Canary" });
        registry.AddLifecycleStage(new RegistryStage
        {
            Name = "Canary", PromotionCriteria = "canary metrics pass (Kayenta)", PromotesTo = "Production",
            Description = "canary metrics fail: rollback, then back to Experimentation to investigate and iterate",
        });
        registry.AddLifecycleStage(new RegistryStage
        {
            Name = "Production", Description = "continuous health checks; drift or a schedule starts retraining, whose new version re-enters as Candidate",
            PromotionCriteria = "replaced by a new version", PromotesTo = "Deprecated",
        });
        registry.AddLifecycleStage(new RegistryStage { Name = "Deprecated", Description = "artifacts archived in S3" });
    }

    /// <remarks>
    /// When consolidation happened is disputed: the registry puts it at v10.0 (2024-Q1), AI-ADR-001 is dated
    /// 2025-01-15 and the gap analysis says v10.x ensemble, v12.x consolidated. We keep the registry's history.
    /// The source calls its version numbers illustrative.
    /// </remarks>
    private static RegisteredModel Recommendation(PlatformContainers c) =>
        new()
        {
            Id = "MDL-REC",
            Element = c.RecommendationModels,
            Name = "Recommendation Ensemble",
            Task = "Content ranking and homepage personalization",
            Framework = "PyTorch (DNN), custom CF, DGL (GNN)",
            Status = ModelStatus.Production,
            Owner = ModelOwner,
            Purpose = "Ranks titles for the homepage rows, Because You Watched, Top Picks For You and genre rows.",
            ServingMode = "Real-time + batch pre-compute",
            Architecture =
            [
                new ArchitectureModule("Collaborative Filtering module", "member-member and item-item similarity", "custom matrix factorization on Spark"),
                new ArchitectureModule("Deep Neural Network module", "patterns in behavioural sequences", "PyTorch, distributed with Horovod"),
                // E2 puts SemanticGNN inside MDL-REC; the debt register (EN-002) has MDL-QUAL produce the embeddings.
                new ArchitectureModule("Graph Neural Network module (SemanticGNN)", "content semantics from a knowledge graph", "DGL on PyTorch"),
                new ArchitectureModule("Contextual Bandit module", "exploration for new titles and cold-start members", "custom"),
                new ArchitectureModule("Ensemble Aggregator", "merges module outputs into one ranking", "weights learned by online optimization"),
            ],
            TrainingData =
            [
                new TrainingDataset("Member interaction history", "Kafka event streams, processed by Flink") { SourceId = "DS-001", Records = "billions of events; years of history", Features = "~1,000+ (member, content, contextual, behavioral)", Refresh = Freshness.Continuous },
                new TrainingDataset("Content metadata", "Content Management System") { SourceId = "DS-005", Records = "15,000+ titles", Features = "genre, cast, director, synopsis, maturity, language", Refresh = Freshness.OnEvent("catalog change") },
                new TrainingDataset("Content embeddings", "SemanticGNN pre-training") { SourceId = "DS-006", Records = "all available titles", Features = "dense vectors (dim 256)", Refresh = Freshness.Quarterly },
                new TrainingDataset("Member profiles", "aggregated from interaction history") { SourceId = "DS-007", Records = "200M+ profiles", Features = "inferred demographics, taste clusters, viewing patterns", Refresh = Freshness.Daily },
            ],
            Baselines =
            [
                new PerformanceBaseline("Engagement rate") { Description = "share of recommended titles that get played", AlertThreshold = Threshold.AsWritten("watched through A/B tests; no public threshold") },
                new PerformanceBaseline("Member retention correlation") { Description = "recommendation quality against retention", AlertThreshold = Threshold.AsWritten("cohort level; proprietary") },
                new PerformanceBaseline("Homepage load latency (P95)") { Description = "request to rendered homepage", AlertThreshold = Threshold.Parse("< 250 ms (inferred)") },
                new PerformanceBaseline("Content diversity (intra-row)") { Description = "distinct genres in one row", AlertThreshold = Threshold.AsWritten("internal fairness metric; no number") },
            ],
        };

    /// <summary>
    /// The version history of MDL-REC, oldest first. Its current version, v12.4, is stated once, on the Recommendation
    /// Models element (<see cref="PlatformContainers"/>); the registry reads it from there.
    /// </summary>
    private static void AddRecommendationHistory(ModelRegistry registry)
    {
        registry.AddVersion("MDL-REC", new ModelVersion("v10.0") { TrainingPeriod = "2024-Q1", KeyChange = "multi-model ensemble consolidated into one multi-task architecture", Status = ModelStatus.Retired, Notes = "big architecture change; simpler to operate" });
        registry.AddVersion("MDL-REC", new ModelVersion("v11.0") { TrainingPeriod = "2024-Q3", KeyChange = "SemanticGNN added for richer content understanding", Status = ModelStatus.Retired, Notes = "better cold-start recommendations" });
        registry.AddVersion("MDL-REC", new ModelVersion("v12.0") { TrainingPeriod = "2025-Q1", KeyChange = "contextual bandits for real-time exploration", Status = ModelStatus.Retired, Notes = "balances exploration and exploitation" });
        registry.AddVersion("MDL-REC", new ModelVersion("v12.4") { TrainingPeriod = "2025-Q4", KeyChange = "multi-task refinements, updated content embeddings", Status = ModelStatus.Production, Notes = "in production now" });
    }

    private static RegisteredModel ContentQuality(PlatformContainers c) =>
        new()
        {
            Id = "MDL-QUAL",
            Element = c.ContentQualityModels,
            Name = "Content Quality Predictor",
            Task = "Video/audio quality assessment, encoding optimization",
            Framework = "PyTorch (SemanticGNN)",
            Status = ModelStatus.Production,
            Owner = ModelOwner,
            Purpose = "Scores perceived quality per encoding so each shot gets the cheapest good-looking settings.",
            ServingMode = "Batch",
            Architecture = [new ArchitectureModule("SemanticGNN", "frames and scenes as a graph of spatial and temporal relations", "PyTorch")],
            TrainingData =
            [
                new TrainingDataset("Subjective quality ratings", "internal quality assessment program") { Records = "millions of labels across thousands of titles", Refresh = Freshness.Quarterly },
                new TrainingDataset("Video features", "per-shot complexity metrics (temporal, spatial, color)") { Records = "all encoded content", Refresh = Freshness.OnEvent("encoding") },
                new TrainingDataset("Network conditions", "device and network telemetry") { SourceId = "DS-004", Records = "aggregated bandwidth/latency profiles", Refresh = Freshness.Daily },
            ],
        };

    /// <remarks>Query volume disagrees by orders of magnitude: "millions per day" here, tens of thousands per second for DS-003.</remarks>
    private static RegisteredModel Search(PlatformContainers c) =>
        new()
        {
            Id = "MDL-SEARCH",
            Element = c.SearchModels,
            Name = "Search Ranking",
            Task = "Query understanding, result ranking, intent classification",
            Framework = "PyTorch (Transformer)",
            Status = ModelStatus.Production,
            Owner = ModelOwner,
            Purpose = "Works out what a query means and orders matching titles for the member.",
            ServingMode = "Real-time",
            Architecture = [new ArchitectureModule("Transformer + learned-to-rank", "understands the query, then orders the results", "PyTorch (Transformer)")],
            TrainingData =
            [
                new TrainingDataset("Search query logs", "search sessions with click-through") { SourceId = "DS-003", Records = "millions of queries per day", Refresh = Freshness.Monthly },
                new TrainingDataset("Content index", "full-text index of titles, descriptions, cast, directors") { SourceId = "DS-005", Records = "all content per region", Refresh = Freshness.OnEvent("catalog change") },
                new TrainingDataset("Query reformulations", "query -> refined query -> click") { Records = "aggregated session data", Refresh = Freshness.Monthly },
            ],
            // The operational view's concept-drift row for search is the only alert threshold the example gives it.
            Baselines =
            [
                new PerformanceBaseline("Search success rate") { Description = "queries that lead to a click and then a view", AlertThreshold = Threshold.Parse("> 3 % degradation sustained 5 days") },
            ],
        };
}
