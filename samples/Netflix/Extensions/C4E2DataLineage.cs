using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// C4-E2, data lineage overlay: data sources DS-001…DS-007, the streaming and batch paths from viewing events to
/// MDL-REC, how fresh each kind of feature is on either path, and the schema registry.
/// </summary>
/// <remarks>
/// Absent from the example and so left out: data source owners and privacy classifications, a privacy flow
/// table, schema field lists and a consumer freshness requirement table (the streaming/batch comparison stands
/// in for it). DS-007 is listed but not drawn in the example's lineage diagram.
/// </remarks>
internal static class C4E2DataLineage
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var lineage = ai.Lineage;
        var subSecond = Freshness.Under(TimeSpan.FromSeconds(1));

        lineage.AddSource(new DataSource
        {
            Id = "DS-001",
            Name = "Member Viewing Events",
            Kind = DataSourceKind.Stream,
            Freshness = subSecond,
            Technology = "Kafka Stream",
            Volume = "hundreds of thousands of events/sec at peak",
            ProcessingMode = "Streaming (Flink)",
            Element = c.Kafka,
        });
        lineage.AddSource(new DataSource
        {
            Id = "DS-002",
            Name = "Member UI Interactions",
            Kind = DataSourceKind.Stream,
            Freshness = subSecond,
            Technology = "Kafka Stream",
            Volume = "hundreds of thousands of events/sec at peak",
            ProcessingMode = "Streaming (Flink)",
            Element = c.Kafka,
        });
        // Tens of thousands of queries per second here; the registry's search lineage says millions per day.
        lineage.AddSource(new DataSource
        {
            Id = "DS-003",
            Name = "Search Queries",
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Continuous,
            Technology = "Kafka Stream",
            Volume = "tens of thousands of queries/sec",
            ProcessingMode = "Streaming (Flink)",
            Element = c.Kafka,
        });
        lineage.AddSource(new DataSource
        {
            Id = "DS-004",
            Name = "Device Telemetry",
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Under(TimeSpan.FromSeconds(5), "reported at 5s intervals"),
            Technology = "Kafka Stream",
            Volume = "millions of reports/min",
            ProcessingMode = "Streaming (Flink)",
            Element = c.Kafka,
        });
        lineage.AddSource(new DataSource
        {
            Id = "DS-005",
            Name = "Content Catalog",
            Kind = DataSourceKind.Api,
            Freshness = Freshness.OnEvent("catalog change"),
            Technology = "Internal API",
            Volume = "~15,000 titles with metadata",
            ProcessingMode = "Batch (Spark) + event-driven",
            Element = n.Systems.ContentManagement,
        });
        lineage.AddSource(new DataSource
        {
            Id = "DS-006",
            Name = "Content Embeddings",
            Kind = DataSourceKind.PipelineOutput,
            Freshness = Freshness.Quarterly,
            Technology = "Batch pipeline output",
            Volume = "all titles (dense vectors, dim 256)",
            ProcessingMode = "Batch (Metaflow)",
            Element = c.S3DataLake,
        });
        lineage.AddSource(new DataSource
        {
            Id = "DS-007",
            Name = "Member Profiles",
            Kind = DataSourceKind.Aggregate,
            Freshness = Freshness.Daily,
            Volume = "200M+ profiles",
            ProcessingMode = "Batch (Spark)",
            DerivedFrom = ["DS-001", "DS-002"],
            Element = c.Cassandra,
        });

        lineage.AddPath(new LineagePath("Streaming path (serving)", "DS-001", c.RecommendationModels)
        {
            Stages =
            [
                new LineageStage
                {
                    Name = "Kafka ingestion",
                    Input = "raw view event (play, pause, stop, complete)",
                    Transformation = "Avro schema check; dedup by event_id + timestamp",
                    Output = "validated viewing events",
                    QualityGate = "schema conformance 100%; dedup rate logged",
                    Element = c.Kafka,
                },
                // Windows: 1-min, 5-min, 1-hour here; PL-002 adds 24-hour and sliding windows.
                new LineageStage
                {
                    Name = "Flink windowed aggregation",
                    Input = "validated events",
                    Transformation = "tumbling 1-min, 5-min, 1-hour windows: view count, mean duration, genre mix",
                    Output = "behavioral aggregates",
                    QualityGate = "window completeness > 99%; 5-min allowed lateness",
                    Element = c.Flink,
                },
                new LineageStage
                {
                    Name = "Flink feature computation",
                    Input = "aggregates + cached profile",
                    Transformation = "engagement score, recency-weighted genre preferences, session momentum, viewing velocity",
                    Output = "real-time behavioral feature vector",
                    QualityGate = "null rate < 0.1%; value range checks",
                    Element = c.Flink,
                },
                new LineageStage
                {
                    Name = "Amber online materialization",
                    Input = "feature vector",
                    Transformation = "online write keyed by member_id, TTL 5 minutes",
                    Output = "online features",
                    QualityGate = "write latency < 10ms; freshness < 5 seconds",
                    Element = c.Amber,
                },
            ],
        });
        // Where Flink's output lands differs: S3 here and in C4-E1, Hive tables in E3.
        lineage.AddPath(new LineagePath("Batch path (training)", "DS-001", c.RecommendationModels)
        {
            Stages =
            [
                new LineageStage
                {
                    Name = "S3 archival",
                    Input = "validated Kafka events written by Flink",
                    Transformation = "partition by date; Parquet",
                    Output = "raw event archive in S3",
                    QualityGate = "partition completeness; record counts reconciled",
                    Element = c.S3DataLake,
                },
                new LineageStage
                {
                    Name = "Spark ETL",
                    Input = "S3 raw events + catalog + profiles",
                    Transformation = "dedup, joins, historical features over 30/60/90-day windows",
                    Output = "historical features per member and window",
                    QualityGate = "no future leakage (point-in-time)",
                    Element = c.Spark,
                },
                new LineageStage
                {
                    Name = "Training dataset construction",
                    Input = "historical features + labels (viewed / not viewed)",
                    Transformation = "negative sampling, implicit labels, time-based split",
                    Output = "training dataset in S3 (Parquet)",
                    QualityGate = "label distribution logged; class balance within expected range",
                    Element = c.Spark,
                },
            ],
        });

        lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = "Recent viewing behavior (last 1 hour)",
            Impact = Severity.High,
            Streaming = Freshness.Under(TimeSpan.FromSeconds(5)),
            Batch = Freshness.Daily,
            ImpactNote = "batch copy is a day old",
        });
        lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = "Genre preferences (last 7 days)",
            Impact = Severity.Medium,
            Streaming = Freshness.Under(TimeSpan.FromMinutes(1)),
            Batch = Freshness.Daily,
        });
        lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = "Long-term taste profile (last 90 days)",
            Impact = Severity.Low,
            Batch = Freshness.Daily,
            ImpactNote = "too costly to stream",
        });
        lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = "Content popularity (trending)",
            Impact = Severity.High,
            Streaming = Freshness.Under(TimeSpan.FromMinutes(1)),
            Batch = Freshness.Daily,
            ImpactNote = "batch copy is a day old",
        });
        lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = "Device context (bandwidth, resolution)",
            Impact = Severity.High,
            Streaming = Freshness.Under(TimeSpan.FromSeconds(5)),
            ImpactNote = "always real-time; no batch copy",
        });

        lineage.AddSchema(new SchemaEntry("SCH-VIEW", "v4.1") { Domain = "Viewing events", UsedBy = ["PL-001", "PL-002", "PL-004"], BreakingChanges = "v4.0: view_context field added (device, session_id)" });
        lineage.AddSchema(new SchemaEntry("SCH-CLICK", "v3.0") { Domain = "UI interaction events", UsedBy = ["PL-001", "PL-002", "PL-004"], BreakingChanges = "v3.0: click, scroll and hover unified into one interaction event" });
        lineage.AddSchema(new SchemaEntry("SCH-SEARCH", "v2.2") { Domain = "Search events", UsedBy = ["PL-001", "PL-002", "MDL-SEARCH training"], BreakingChanges = "v2.0: query_intent classification field added" });
        lineage.AddSchema(new SchemaEntry("SCH-FEATURE", "v5.0") { Domain = "Feature vectors (Amber)", UsedBy = ["all models (online + offline)"], BreakingChanges = "v5.0: first Amber schema (Amber Schema Registry)" });
    }
}
