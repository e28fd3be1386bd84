using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Model;

/// <summary>
/// The seventeen containers of the RAD-AI container diagram (C4-E1): four [ML], one [FS], two [DP], two [MON] and
/// eight plain containers, grouped as the diagram groups them. Stereotype facts (versions, confidence ranges,
/// freshness, quality gates, metrics) are set on the containers themselves.
/// </summary>
/// <remarks>
/// Three components are added where other documents need them: the Maestro scheduler and signal service
/// (boundary delineation and operational view) and the experimentation models (MDL-EXP), which the boundary
/// delineation and the model registry describe but the container diagram leaves out; as a component of ABlaze
/// it keeps the container count at seventeen.
/// </remarks>
internal sealed record PlatformContainers(
    Container ApiGateway,
    Container RecommendationModels,
    Container PersonalizationModels,
    Container SearchModels,
    Container ContentQualityModels,
    Container Amber,
    Container Flink,
    Container Spark,
    Container MetaflowMetadata,
    Container Maestro,
    Container ABlaze,
    Container MlObservability,
    Container Kayenta,
    Container Kafka,
    Container S3DataLake,
    Container Cassandra,
    Container Spinnaker,
    Component MaestroScheduler,
    Component SignalService,
    Component ExperimentationModels)
{
    public const string AiModels = "AI Models";
    public const string DataInfrastructure = "Data Infrastructure";
    public const string MlOperations = "ML Operations";
    public const string OperationalAi = "Operational AI";
    public const string Storage = "Storage";

    public static PlatformContainers AddTo(SoftwareSystem platform)
    {
        var gateway = platform.AddContainer("API Gateway (Zuul)", "Front door for model requests: authentication, routing, rate limits and A/B allocation.", "Java/Zuul");

        // [ML] models. Versions come from the model registry, confidence ranges from the boundary documents.
        var rec = platform.AddMlModel("Recommendation Models", "Ranks titles for every row of the homepage with an ensemble of collaborative filtering, a deep network and a graph network.", "PyTorch, DGL")
            .WithVersion("v12.4").WithConfidence(0.60, 0.98)
            .WithLatency(TimeSpan.FromMilliseconds(250), percentile: 95)
            .WithPrimaryMetric("recall", "0.94"); // the value the model_trained signal carries in the operational view
        // Like the 250 ms of MDL-REC (which equals BI-001's timeout), the latency targets of the other real-time
        // models are the gateway timeouts of their boundary interfaces: BI-005 (100 ms) and BI-007 (200 ms). The
        // boundary delineation's failure mode for personalization (> 200 ms) and BI-006 (50 ms) disagree with BI-005.
        var pers = platform.AddMlModel("Personalization Models", "One multi-task network choosing layout, artwork and notification targets per member.", "PyTorch")
            .WithVersion("v8.2").WithConfidence(0.55, 0.95)
            .WithLatency(TimeSpan.FromMilliseconds(100));
        pers.SuppressInspection("RADAI101",
            "No primary metric is published for MDL-PERS: the model registry view has no detail section for it and no quality scenario measures it.");
        var search = platform.AddMlModel("Search Models", "Understands queries and orders results.", "PyTorch (Transformer)")
            .WithVersion("v6.7").WithConfidence(0.50, 0.97)
            .WithLatency(TimeSpan.FromMilliseconds(200));
        search.SuppressInspection("RADAI101",
            "Search success rate is the quantity watched for concept drift, but the example gives no value for it, so no primary metric is set.");
        var quality = platform.AddMlModel("Content Quality Models", "Predicts perceived video and audio quality to tune encodings, in batch.", "PyTorch (SemanticGNN)")
            .WithVersion("v5.1").WithConfidence(0.80, 0.99);
        quality.SuppressInspection("RADAI101",
            "Runs in batch and BI-009 sets no real-time limit, so no serving latency applies; the example publishes no metric value for this model.");
        foreach (var model in new[] { rec, pers, search, quality }) model.Group = AiModels;

        // [FS], [DP] and the message broker: the data infrastructure.
        var amber = platform.AddFeatureStore("Amber Feature Store", "Serves features online (synchronous, sub-millisecond) and offline (asynchronous batch).", "Custom (online + offline)")
            .WithFeatureCount(1000, atLeast: true)
            .WithRefresh(Freshness.PerMode(new ModeFreshness("online", Freshness.Under(TimeSpan.FromSeconds(5))), new ModeFreshness("offline", Freshness.Daily)));
        var flink = platform.AddDataPipeline("Flink Streaming Cluster", "Computes real-time features in 15,000+ streaming jobs over 60+ PB a day.", "Apache Flink")
            .Streaming(Freshness.Under(TimeSpan.FromSeconds(5)))
            .WithQualityGates("consumer lag < 1 minute", "window completeness > 99%", "feature null rate < 0.1%", "write latency < 10ms");
        var spark = platform.AddDataPipeline("Spark Batch Cluster", "Nightly ETL that prepares historical features and training data.", "Apache Spark")
            .Batch(Freshness.Daily, sla: Freshness.Daily) // PL-003: daily refresh from the nightly run
            .WithQualityGates("feature completeness > 98%", "no future feature leakage");
        var kafka = platform.AddContainer("Apache Kafka", "Event streaming backbone carrying trillions of events a day.", "Kafka");
        foreach (var container in new[] { amber, flink, spark, kafka }) container.Group = DataInfrastructure;

        // [MON] monitors: the operational AI group.
        var observability = platform.AddMonitor("ML Observability", "Watches every production model and feature for drift, health and freshness.", "Custom + Grafana")
            .WithMetrics("data drift (PSI)", "concept drift (engagement vs 30-day baseline)", "prediction drift (KL divergence)", "feature freshness", "model health")
            .WithAlertThresholds(Threshold.Parse("PSI > 0.2"), Threshold.Parse("KL divergence > 0.1"), Threshold.Parse("> 5 % degradation sustained 3 days"));
        var kayenta = platform.AddMonitor("Kayenta Canary Analysis", "Compares canary and baseline metrics statistically and votes pass or fail.", "Kayenta (open-source)")
            .WithMetrics("latency", "error rate", "engagement");
        kayenta.SuppressInspection("RADAI107",
            "Kayenta judges each metric pass or fail with a configurable statistical test (Mann-Whitney, t-test); the example fixes no alert threshold for it.");
        foreach (var monitor in new[] { observability, kayenta }) monitor.Group = OperationalAi;

        // ML operations (after the monitors: the experimentation models inside ABlaze are the last stereotyped
        // element, so the order of stereotyped elements is the same when the workspace is read back from JSON).
        var metaflow = platform.AddContainer("Metaflow Metadata Service", "Tracks runs, artifacts and the lineage of experiments.", "Python/Flask");
        var maestro = platform.AddContainer("Maestro Orchestrator", "Schedules workflows and coordinates them through signals.", "Java/Spring");
        var ablaze = platform.AddContainer("ABlaze Experimentation", "Creates A/B tests, allocates members and analyses results.", "React/Node.js");
        foreach (var container in new[] { metaflow, maestro, ablaze }) container.Group = MlOperations;

        var s3 = platform.AddContainer("S3 Data Lake", "Petabytes of model artifacts and training data.", "AWS S3");
        // The inventory says "prediction cache", the diagram "member profiles"; both are kept in the description.
        var cassandra = platform.AddContainer("Cassandra", "Online store for cached predictions and member profiles.", "Apache Cassandra");
        s3.Group = Storage;
        cassandra.Group = Storage;

        var spinnaker = platform.AddContainer("Spinnaker", "Continuous delivery: canary deployments and rollbacks.", "Spinnaker");

        var scheduler = maestro.AddComponent("Maestro Scheduler", "Starts workflows on time and on events; runs the DAG engine.", "Java");
        var signals = maestro.AddComponent("Signal Service", "Publishes signals, manages subscriptions and records signal lineage.", "Java");
        // QS-09 measures the experimentation models by their false positive rate (< 5%, sequential testing).
        var experimentation = ablaze.AddMlModel("Experimentation Models", "Estimates treatment effects and adapts allocation with contextual bandits.", "Statsmodels + custom")
            .WithVersion("v3.0")
            .WithPrimaryMetric("false positive rate", "< 5%");
        experimentation.SuppressInspection("RADAI101",
            "MDL-EXP states its certainty as p-values and confidence intervals per metric, not as a confidence range, and it analyses in batch, so it has no serving latency.");

        return new PlatformContainers(
            gateway, rec, pers, search, quality, amber, flink, spark, metaflow, maestro, ablaze, observability, kayenta,
            kafka, s3, cassandra, spinnaker,
            MaestroScheduler: scheduler, SignalService: signals, ExperimentationModels: experimentation);
    }

    /// <summary>The seventeen containers, in diagram order.</summary>
    public IReadOnlyList<Container> All =>
    [
        ApiGateway, RecommendationModels, PersonalizationModels, SearchModels,
        ContentQualityModels, Amber, Flink, Spark,
        MetaflowMetadata, Maestro, ABlaze, MlObservability, Kayenta, Kafka, S3DataLake, Cassandra, Spinnaker,
    ];
}
