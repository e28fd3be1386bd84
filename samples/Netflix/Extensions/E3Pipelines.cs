using RadAi.Dsl;
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

        view.Add(new Pipeline
        {
            Id = "PL-001",
            Name = "Member Interaction Ingestion",
            Mode = PipelineMode.Streaming,
            FreshnessSla = Freshness.Under(TimeSpan.FromSeconds(1), "from event generation"),
            Owner = "Data Engineering",
            Engine = "Flink",
            Scale = "~500K events/sec peak",
            Element = c.Flink,
            Stages = IngestionStages,
            Checkpoints =
            [
                new QualityCheckpoint
                {
                    Check = "Schema validation",
                    Location = "stage 2, before downstream topics",
                    Rule = "Avro schema via Confluent Schema Registry",
                    OnFailure = [FailureAction.Reject],
                    Threshold = Threshold.Parse("rejection rate < 0.001 %"),
                    FailureDetail = "malformed events go to a dead-letter topic",
                },
            ],
        });
        view.Add(new Pipeline
        {
            Id = "PL-002",
            Name = "Real-Time Feature Computation",
            Mode = PipelineMode.Streaming,
            FreshnessSla = Freshness.Under(TimeSpan.FromSeconds(5), "from raw event"),
            Owner = "Data Engineering + ML Platform",
            Engine = "Flink",
            Scale = "15,000+ Flink jobs",
            Element = c.Flink,
            Stages = FeatureComputationStages,
        });
        view.Add(new Pipeline
        {
            Id = "PL-003",
            Name = "Batch Feature Engineering",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.Daily,
            Owner = "Data Engineering",
            Engine = "Spark",
            Scale = "Petabytes per run",
            Element = c.Spark,
            Schedule = Freshness.Daily,
        });
        view.Add(new Pipeline
        {
            Id = "PL-004",
            Name = "Training Data Preparation",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.OnDemand,
            Owner = "ML Platform",
            Engine = "Spark + Metaflow",
            Scale = "Variable (days to months of history)",
            Element = c.Spark,
            Stages = TrainingDataStages,
        });
        view.Add(new Pipeline
        {
            Id = "PL-005",
            Name = "Model Training Pipeline",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.Between(Freshness.Daily, Freshness.Quarterly),
            Owner = "ML Engineering",
            Engine = "Metaflow + Maestro",
            Scale = "GPU hours to GPU days",
            Element = c.Maestro,
        });
        view.Add(new Pipeline
        {
            Id = "PL-006",
            Name = "Model Deployment Pipeline",
            Mode = PipelineMode.EventDriven,
            FreshnessSla = Freshness.Under(TimeSpan.FromHours(2), "from training until canary"),
            Owner = "ML Platform + SRE",
            Engine = "Spinnaker + Kayenta",
            Scale = "Per model deployment",
            Element = c.Spinnaker,
        });
        view.Add(new Pipeline
        {
            Id = "PL-007",
            Name = "Feedback Collection",
            Mode = PipelineMode.Hybrid,
            FreshnessSla = Freshness.PerMode(new ModeFreshness("streaming", Freshness.Under(TimeSpan.FromSeconds(1))), new ModeFreshness("aggregation", Freshness.Hourly)),
            Owner = "Data Engineering",
            Engine = "Flink (streaming) + Spark (aggregation)",
            Scale = "Billions of feedback events/day",
            Element = c.Flink,
        });

        AddFeatureGroups(view, c);
        AddFeedbackLoops(view, c);
        AddSignals(view);
        AddTriggers(view);
        AddFeatureStoreTopology(view, c);
    }

    // Amber's two stores as the container diagram's stereotype annotations describe them.
    private static void AddFeatureStoreTopology(PipelineView view, PlatformContainers c)
    {
        view.AddFeatureStoreTier(new FeatureStoreTier
        {
            Name = "Online store", FeatureStore = c.Amber, Kind = "online", Latency = "sub-millisecond (synchronous lookups)",
            Freshness = "real-time, < 5 s from the source event (Flink)", Serves = "real-time model inference; features keyed by member ID, content ID or context",
        });
        view.AddFeatureStoreTier(new FeatureStoreTier
        {
            Name = "Offline store", FeatureStore = c.Amber, Kind = "offline", Latency = "batch (asynchronous)",
            Freshness = "daily (Spark)", Serves = "model training, with point-in-time correctness",
        });
    }

    private static EquatableList<PipelineStage> IngestionStages =>
    [
        new PipelineStage
        {
            Name = "Event capture",
            Input = "raw member actions from client apps (play, pause, stop, click, scroll, search, rate)",
            Output = "structured events in Kafka topics",
            Processing = "schema check on the client; server-side dedup by event ID + timestamp",
            QualityGate = "schema conformance 100%; duplicate rate < 0.01%",
        },
        new PipelineStage
        {
            Name = "Schema validation",
            Input = "raw Kafka events",
            Output = "validated events in downstream topics",
            Processing = "Avro validation via Confluent Schema Registry",
            QualityGate = "rejection rate < 0.001%; schema version compatibility",
        },
        new PipelineStage
        {
            Name = "Event enrichment",
            Input = "validated events",
            Output = "events with member context and content metadata",
            Processing = "join cached member profile and content metadata; add server timestamp",
            QualityGate = "enrichment coverage > 99.5%; latency < 50ms per event",
        },
        new PipelineStage
        {
            Name = "Topic routing",
            Input = "enriched events",
            Output = "domain topics (views, clicks, search, device)",
            Processing = "route by event type; partition by member ID to keep order",
            QualityGate = "every event routed; no loss (exactly-once)",
        },
    ];

    /// <remarks>Windows: 1-min, 5-min, 1-hour and 24-hour here; the lineage overlay lists only the first three.</remarks>
    private static EquatableList<PipelineStage> FeatureComputationStages =>
    [
        new PipelineStage
        {
            Name = "Event consumption",
            Input = "domain Kafka topics",
            Output = "raw event streams in Flink",
            Processing = "one topic per job; event-time watermarks",
            QualityGate = "consumer lag < 1 minute; backpressure monitored",
        },
        new PipelineStage
        {
            Name = "Windowed aggregation",
            Input = "raw streams",
            Output = "aggregates over 1-min, 5-min, 1-hour and 24-hour windows",
            Processing = "tumbling and sliding windows: view counts, click rates, session lengths, genre affinity",
            QualityGate = "window completeness > 99%; allowed lateness 5 minutes",
        },
        new PipelineStage
        {
            Name = "Feature computation",
            Input = "windowed aggregates + enrichment context",
            Output = "feature vectors per member, title and context",
            Processing = "join profiles; derive engagement rate, recency-weighted preferences, diversity scores",
            QualityGate = "feature null rate < 0.1%; value range checks per feature",
        },
        new PipelineStage
        {
            Name = "Feature materialization",
            Input = "feature vectors",
            Output = "Amber online store",
            Processing = "write with TTL and version, keyed by (member_id, feature_group)",
            QualityGate = "write latency < 10ms; freshness < 5s from source event",
        },
    ];

    private static EquatableList<PipelineStage> TrainingDataStages =>
    [
        new PipelineStage
        {
            Name = "Historical data extraction",
            Input = "Hive tables (interaction history, content metadata)",
            Output = "training partitions in S3",
            Processing = "time-range selection, member sampling, negative sampling",
            QualityGate = "all active members in range covered; sampling consistent",
        },
        new PipelineStage
        {
            Name = "Feature join",
            Input = "interaction records + Amber offline features",
            Output = "examples with features",
            Processing = "point-in-time correct joins",
            QualityGate = "no future feature leakage",
        },
        // The source leaves the view-length cut-off for a positive label unspecified ("X minutes").
        new PipelineStage
        {
            Name = "Label construction",
            Input = "interaction events with outcomes",
            Output = "labelled examples (positive, negative, implicit)",
            Processing = "explicit ratings; long views positive, skips negative; engagement weighting",
            QualityGate = "label distribution logged; class imbalance measured",
        },
        new PipelineStage
        {
            Name = "Dataset validation",
            Input = "labelled examples",
            Output = "validated dataset in S3 (Parquet)",
            Processing = "schema and null checks, distribution analysis, train/val/test split",
            QualityGate = "feature completeness > 98%; no label leakage; distribution report",
        },
    ];

    /// <remarks>The five groups add up to 730+ features; the container diagram and the ADR say 1,000+ (both approximate).</remarks>
    private static void AddFeatureGroups(PipelineView view, PlatformContainers c)
    {
        static Freshness Refresh(Freshness online, Freshness offline)
            => Freshness.PerMode(new ModeFreshness("online", online), new ModeFreshness("offline", offline));
        var realTime = Freshness.Continuous;
        var underFiveSeconds = Freshness.Under(TimeSpan.FromSeconds(5));

        view.AddFeatureGroup(new FeatureGroup
        {
            Name = "Member behavioral features",
            FeatureCount = 200,
            SourcePipelines = ["PL-002"],
            Refresh = Refresh(underFiveSeconds, Freshness.Daily),
            Consumers = [c.RecommendationModels, c.PersonalizationModels, c.SearchModels],
            FeatureCountIsLowerBound = true,
            Store = c.Amber,
        });
        view.AddFeatureGroup(new FeatureGroup
        {
            Name = "Content features",
            FeatureCount = 150,
            SourcePipelines = ["PL-003"],
            Refresh = Refresh(Freshness.OnEvent("catalog update"), Freshness.Daily),
            Consumers = [c.RecommendationModels, c.SearchModels, c.ContentQualityModels],
            FeatureCountIsLowerBound = true,
            Store = c.Amber,
            SourceNote = "plus catalog events",
        });
        view.AddFeatureGroup(new FeatureGroup
        {
            Name = "Contextual features",
            FeatureCount = 50,
            SourcePipelines = ["PL-002"],
            Refresh = Refresh(realTime, Freshness.Hourly),
            Consumers = [c.RecommendationModels, c.PersonalizationModels],
            FeatureCountIsLowerBound = true,
            Store = c.Amber,
        });
        view.AddFeatureGroup(new FeatureGroup
        {
            Name = "Member-content interaction features",
            FeatureCount = 300,
            SourcePipelines = ["PL-002", "PL-003"],
            Refresh = Refresh(Freshness.Every(5, CadencePeriod.Minute), Freshness.Daily),
            Consumers = [c.RecommendationModels],
            FeatureCountIsLowerBound = true,
            Store = c.Amber,
        });
        view.AddFeatureGroup(new FeatureGroup
        {
            Name = "Device and network features",
            FeatureCount = 30,
            SourcePipelines = ["PL-002"],
            Refresh = Refresh(realTime, Freshness.Daily),
            Consumers = [c.ContentQualityModels],
            FeatureCountIsLowerBound = true,
            Store = c.Amber,
            SourceNote = "Flink over device telemetry",
        });
    }

    private static void AddFeedbackLoops(PipelineView view, PlatformContainers c)
    {
        view.AddFeedbackLoop(new FeedbackLoop
        {
            Name = "Recommendation feedback",
            From = "member viewing -> Kafka -> Flink -> Amber -> training data",
            To = "MDL-REC (next retrain)",
            Mechanism = "implicit labels: shown and played is positive, shown and skipped negative",
            Risk = "popularity bias amplification; filter bubble",
            Mitigation = "5-10% bandit exploration; diversity constraints after ranking; counterfactual evaluation",
            Elements = [c.RecommendationModels, c.Kafka, c.Flink, c.Amber],
            Severity = Severity.High,
        });
        view.AddFeedbackLoop(new FeedbackLoop
        {
            Name = "Search feedback",
            From = "search result clicks -> Kafka -> search training data",
            To = "MDL-SEARCH (next retrain)",
            Mechanism = "click-through rate as relevance label",
            Risk = "position bias",
            Mitigation = "inverse propensity weighting; randomized result experiments on 1% of traffic",
            Elements = [c.SearchModels, c.Kafka],
            Severity = Severity.Medium,
        });
        view.AddFeedbackLoop(new FeedbackLoop
        {
            Name = "A/B test feedback",
            From = "experiment metrics -> model selection -> new version",
            To = "all models via ABlaze",
            Mechanism = "the winning variant goes to production",
            Risk = "multiple testing (false positives)",
            Mitigation = "sequential testing; always-valid confidence intervals",
            Elements = [c.ABlaze],
        });
    }

    /// <remarks>The operational view lists seven signal types; the gap analysis names only the first four.</remarks>
    private static void AddSignals(PipelineView view)
    {
        view.AddSignal(new Signal
        {
            Name = "data_landed",
            Publisher = "S3 event notifications",
            Subscribers = ["batch feature pipelines", "training data preparation"],
            Metadata = ["S3 path", "partition date", "record count", "schema version"],
        });
        view.AddSignal(new Signal
        {
            Name = "features_ready",
            Publisher = "batch feature pipeline completion",
            Subscribers = ["model training workflows"],
            Metadata = ["feature version", "number of features", "quality metrics (null rate, distribution statistics)"],
        });
        view.AddSignal(new Signal
        {
            Name = "model_trained",
            Publisher = "Metaflow training workflow completion",
            Subscribers = ["deployment workflows"],
            Metadata = ["model version", "offline metrics (recall, NDCG, latency)", "S3 path of the artifact"],
        });
        view.AddSignal(new Signal
        {
            Name = "canary_passed",
            Publisher = "Kayenta canary analysis completion",
            Subscribers = ["full deployment or A/B test setup"],
            Metadata = ["canary vs baseline metrics", "traffic percentage", "duration"],
        });
        view.AddSignal(new Signal
        {
            Name = "experiment_concluded",
            Publisher = "ABlaze experiment analysis",
            Subscribers = ["model promotion workflow"],
            Metadata = ["treatment effect estimates", "p-values", "guardrail metric status"],
        });
        view.AddSignal(new Signal
        {
            Name = "drift_detected",
            Publisher = "drift monitoring pipeline",
            Subscribers = ["retraining trigger workflow"],
            Metadata = ["drift type (data/concept)", "affected features", "severity score"],
        });
        view.AddSignal(new Signal
        {
            Name = "catalog_updated",
            Publisher = "Content Management System",
            Subscribers = ["content-dependent model retraining"],
            Metadata = ["new title count", "region", "metadata completeness"],
        });
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
