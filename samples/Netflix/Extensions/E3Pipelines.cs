using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E3, data pipeline view (arc42 §6): pipelines PL-001…PL-007 with mode, freshness SLA, engine, scale and owner;
/// stages and quality gates where the example gives them (PL-001, PL-002, PL-004); the five Amber feature groups;
/// feedback loops; Maestro signals and the workflow chains they drive.
/// </summary>
/// <remarks>
/// Stages of PL-003, PL-005, PL-006 and PL-007, schema field lists and a checkpoint table are not in the example,
/// so they are left out. The only explicit action on failure is PL-001's dead-letter topic.
/// </remarks>
internal static class E3Pipelines
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var view = ai.Pipelines;

        view.Add(new Pipeline("PL-001", "Member Interaction Ingestion", PipelineMode.Streaming,
            Freshness.Under(TimeSpan.FromSeconds(1), "from event generation"), "Data Engineering")
        {
            Engine = "Flink", Scale = "~500K events/sec peak", Element = c.Flink, Stages = IngestionStages,
            Checkpoints =
            [
                new QualityCheckpoint("Schema validation", "stage 2, before downstream topics", "Avro schema via Confluent Schema Registry", [FailureAction.Reject])
                { Threshold = Threshold.Parse("rejection rate < 0.001 %"), FailureDetail = "malformed events go to a dead-letter topic" },
            ],
        });
        view.Add(new Pipeline("PL-002", "Real-Time Feature Computation", PipelineMode.Streaming,
            Freshness.Under(TimeSpan.FromSeconds(5), "from raw event"), "Data Engineering + ML Platform")
        { Engine = "Flink", Scale = "15,000+ Flink jobs", Element = c.Flink, Stages = FeatureComputationStages });
        view.Add(new Pipeline("PL-003", "Batch Feature Engineering", PipelineMode.Batch, Freshness.Daily, "Data Engineering")
        { Engine = "Spark", Scale = "Petabytes per run", Element = c.Spark, Schedule = Freshness.Daily });
        view.Add(new Pipeline("PL-004", "Training Data Preparation", PipelineMode.Batch, Freshness.OnDemand, "ML Platform")
        { Engine = "Spark + Metaflow", Scale = "Variable (days to months of history)", Element = c.Spark, Stages = TrainingDataStages });
        view.Add(new Pipeline("PL-005", "Model Training Pipeline", PipelineMode.Batch,
            Freshness.Between(Freshness.Daily, Freshness.Quarterly), "ML Engineering")
        { Engine = "Metaflow + Maestro", Scale = "GPU hours to GPU days", Element = c.Maestro });
        view.Add(new Pipeline("PL-006", "Model Deployment Pipeline", PipelineMode.EventDriven,
            Freshness.Under(TimeSpan.FromHours(2), "from training until canary"), "ML Platform + SRE")
        { Engine = "Spinnaker + Kayenta", Scale = "Per model deployment", Element = c.Spinnaker });
        view.Add(new Pipeline("PL-007", "Feedback Collection", PipelineMode.Hybrid,
            Freshness.PerMode(new ModeFreshness("streaming", Freshness.Under(TimeSpan.FromSeconds(1))), new ModeFreshness("aggregation", Freshness.Hourly)),
            "Data Engineering")
        { Engine = "Flink (streaming) + Spark (aggregation)", Scale = "Billions of feedback events/day", Element = c.Flink });

        AddFeatureGroups(view, c);
        AddFeedbackLoops(view, c);
        AddSignals(view);
        AddTriggers(view);
    }

    private static EquatableList<PipelineStage> IngestionStages =>
    [
        new PipelineStage("Event capture", "raw member actions from client apps (play, pause, stop, click, scroll, search, rate)", "structured events in Kafka topics",
            "schema check on the client; server-side dedup by event ID + timestamp", "schema conformance 100%; duplicate rate < 0.01%"),
        new PipelineStage("Schema validation", "raw Kafka events", "validated events in downstream topics",
            "Avro validation via Confluent Schema Registry", "rejection rate < 0.001%; schema version compatibility"),
        new PipelineStage("Event enrichment", "validated events", "events with member context and content metadata",
            "join cached member profile and content metadata; add server timestamp", "enrichment coverage > 99.5%; latency < 50ms per event"),
        new PipelineStage("Topic routing", "enriched events", "domain topics (views, clicks, search, device)",
            "route by event type; partition by member ID to keep order", "every event routed; no loss (exactly-once)"),
    ];

    /// <remarks>Windows: 1-min, 5-min, 1-hour and 24-hour here; the lineage overlay lists only the first three.</remarks>
    private static EquatableList<PipelineStage> FeatureComputationStages =>
    [
        new PipelineStage("Event consumption", "domain Kafka topics", "raw event streams in Flink",
            "one topic per job; event-time watermarks", "consumer lag < 1 minute; backpressure monitored"),
        new PipelineStage("Windowed aggregation", "raw streams", "aggregates over 1-min, 5-min, 1-hour and 24-hour windows",
            "tumbling and sliding windows: view counts, click rates, session lengths, genre affinity", "window completeness > 99%; allowed lateness 5 minutes"),
        new PipelineStage("Feature computation", "windowed aggregates + enrichment context", "feature vectors per member, title and context",
            "join profiles; derive engagement rate, recency-weighted preferences, diversity scores", "feature null rate < 0.1%; value range checks per feature"),
        new PipelineStage("Feature materialization", "feature vectors", "Amber online store",
            "write with TTL and version, keyed by (member_id, feature_group)", "write latency < 10ms; freshness < 5s from source event"),
    ];

    private static EquatableList<PipelineStage> TrainingDataStages =>
    [
        new PipelineStage("Historical data extraction", "Hive tables (interaction history, content metadata)", "training partitions in S3",
            "time-range selection, member sampling, negative sampling", "all active members in range covered; sampling consistent"),
        new PipelineStage("Feature join", "interaction records + Amber offline features", "examples with features",
            "point-in-time correct joins", "no future feature leakage"),
        // The source leaves the view-length cut-off for a positive label unspecified ("X minutes").
        new PipelineStage("Label construction", "interaction events with outcomes", "labelled examples (positive, negative, implicit)",
            "explicit ratings; long views positive, skips negative; engagement weighting", "label distribution logged; class imbalance measured"),
        new PipelineStage("Dataset validation", "labelled examples", "validated dataset in S3 (Parquet)",
            "schema and null checks, distribution analysis, train/val/test split", "feature completeness > 98%; no label leakage; distribution report"),
    ];

    /// <remarks>The five groups add up to 730+ features; the container diagram and the ADR say 1,000+ (both approximate).</remarks>
    private static void AddFeatureGroups(PipelineView view, PlatformContainers c)
    {
        static Freshness Refresh(Freshness online, Freshness offline)
            => Freshness.PerMode(new ModeFreshness("online", online), new ModeFreshness("offline", offline));
        var realTime = Freshness.Continuous;
        var underFiveSeconds = Freshness.Under(TimeSpan.FromSeconds(5));

        view.AddFeatureGroup(new FeatureGroup("Member behavioral features", 200, ["PL-002"], Refresh(underFiveSeconds, Freshness.Daily),
            [c.RecommendationModels, c.PersonalizationModels, c.SearchModels]) { FeatureCountIsLowerBound = true, Store = c.Amber });
        view.AddFeatureGroup(new FeatureGroup("Content features", 150, ["PL-003"], Refresh(Freshness.OnEvent("catalog update"), Freshness.Daily),
            [c.RecommendationModels, c.SearchModels, c.ContentQualityModels]) { FeatureCountIsLowerBound = true, Store = c.Amber, SourceNote = "plus catalog events" });
        view.AddFeatureGroup(new FeatureGroup("Contextual features", 50, ["PL-002"], Refresh(realTime, Freshness.Hourly),
            [c.RecommendationModels, c.PersonalizationModels]) { FeatureCountIsLowerBound = true, Store = c.Amber });
        view.AddFeatureGroup(new FeatureGroup("Member-content interaction features", 300, ["PL-002", "PL-003"], Refresh(Freshness.Every(5, CadencePeriod.Minute), Freshness.Daily),
            [c.RecommendationModels]) { FeatureCountIsLowerBound = true, Store = c.Amber });
        view.AddFeatureGroup(new FeatureGroup("Device and network features", 30, ["PL-002"], Refresh(realTime, Freshness.Daily),
            [c.ContentQualityModels]) { FeatureCountIsLowerBound = true, Store = c.Amber, SourceNote = "Flink over device telemetry" });
    }

    private static void AddFeedbackLoops(PipelineView view, PlatformContainers c)
    {
        view.AddFeedbackLoop(new FeedbackLoop("Recommendation feedback", "member viewing -> Kafka -> Flink -> Amber -> training data", "MDL-REC (next retrain)",
            "implicit labels: shown and played is positive, shown and skipped negative", "popularity bias amplification; filter bubble",
            "5-10% bandit exploration; diversity constraints after ranking; counterfactual evaluation")
        { Elements = [c.RecommendationModels, c.Kafka, c.Flink, c.Amber], Severity = Severity.High });
        view.AddFeedbackLoop(new FeedbackLoop("Search feedback", "search result clicks -> Kafka -> search training data", "MDL-SEARCH (next retrain)",
            "click-through rate as relevance label", "position bias",
            "inverse propensity weighting; randomized result experiments on 1% of traffic")
        { Elements = [c.SearchModels, c.Kafka], Severity = Severity.Medium });
        view.AddFeedbackLoop(new FeedbackLoop("A/B test feedback", "experiment metrics -> model selection -> new version", "all models via ABlaze",
            "the winning variant goes to production", "multiple testing (false positives)",
            "sequential testing; always-valid confidence intervals")
        { Elements = [c.ABlaze] });
    }

    /// <remarks>The operational view lists seven signal types; the gap analysis names only the first four.</remarks>
    private static void AddSignals(PipelineView view)
    {
        view.AddSignal(new Signal("data_landed", "S3 event notifications", ["batch feature pipelines", "training data preparation"], ["S3 path", "partition date", "record count", "schema version"]));
        view.AddSignal(new Signal("features_ready", "batch feature pipeline completion", ["model training workflows"], ["feature version", "number of features", "quality metrics (null rate, distribution statistics)"]));
        view.AddSignal(new Signal("model_trained", "Metaflow training workflow completion", ["deployment workflows"], ["model version", "offline metrics (recall, NDCG, latency)", "S3 path of the artifact"]));
        view.AddSignal(new Signal("canary_passed", "Kayenta canary analysis completion", ["full deployment or A/B test setup"], ["canary vs baseline metrics", "traffic percentage", "duration"]));
        view.AddSignal(new Signal("experiment_concluded", "ABlaze experiment analysis", ["model promotion workflow"], ["treatment effect estimates", "p-values", "guardrail metric status"]));
        view.AddSignal(new Signal("drift_detected", "drift monitoring pipeline", ["retraining trigger workflow"], ["drift type (data/concept)", "affected features", "severity score"]));
        view.AddSignal(new Signal("catalog_updated", "Content Management System", ["content-dependent model retraining"], ["new title count", "region", "metadata completeness"]));
    }

    private static void AddTriggers(PipelineView view)
    {
        // Cross-workflow signals between the three Maestro workflows (feature engineering, training, deployment).
        view.AddTrigger(new WorkflowTrigger("FE3 Validate feature distributions", "TR1 Load training data", "features validated")
        { Signal = "features_ready", Metadata = ["feature version", "row count", "quality metrics"] });
        view.AddTrigger(new WorkflowTrigger("TR3 Evaluate offline metrics", "DEP1 Register model in registry", "offline metrics computed")
        { Signal = "model_trained", Metadata = ["offline metrics"] });
        view.AddTrigger(new WorkflowTrigger("DEP3 Analyze canary (Kayenta)", "DEP4 Full rollout", "canary passes (automatically or by hand)")
        { Signal = "canary_passed" });

        // Metaflow @trigger_on_finish chains.
        view.AddTrigger(new WorkflowTrigger("feature_engineering_daily", "rec_model_training", "upstream finishes successfully") { Metadata = ["feature version", "row count"] });
        view.AddTrigger(new WorkflowTrigger("rec_model_training", "rec_model_validation", "a model artifact is produced") { Metadata = ["model S3 path", "training metrics"] });
        view.AddTrigger(new WorkflowTrigger("rec_model_validation", "rec_canary_deploy", "validation metrics pass every gate") { Metadata = ["validation report", "approved model version"] });
        view.AddTrigger(new WorkflowTrigger("search_index_update", "search_model_reindex", "search index rebuilt") { Metadata = ["index version", "document count"] });
        view.AddTrigger(new WorkflowTrigger("content_embedding_update", "rec_model_evaluation", "new content embeddings available") { Metadata = ["embedding version", "delta count"] });
    }
}
