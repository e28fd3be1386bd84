using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Lineage;
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

        lineage.AddSource(new DataSource("DS-001", "Member Viewing Events", DataSourceKind.Stream, subSecond)
        { Technology = "Kafka Stream", Volume = "hundreds of thousands of events/sec at peak", ProcessingMode = "Streaming (Flink)", Element = c.Kafka });
        lineage.AddSource(new DataSource("DS-002", "Member UI Interactions", DataSourceKind.Stream, subSecond)
        { Technology = "Kafka Stream", Volume = "hundreds of thousands of events/sec at peak", ProcessingMode = "Streaming (Flink)", Element = c.Kafka });
        // Tens of thousands of queries per second here; the registry's search lineage says millions per day.
        lineage.AddSource(new DataSource("DS-003", "Search Queries", DataSourceKind.Stream, Freshness.Continuous)
        { Technology = "Kafka Stream", Volume = "tens of thousands of queries/sec", ProcessingMode = "Streaming (Flink)", Element = c.Kafka });
        lineage.AddSource(new DataSource("DS-004", "Device Telemetry", DataSourceKind.Stream, Freshness.Under(TimeSpan.FromSeconds(5), "reported at 5s intervals"))
        { Technology = "Kafka Stream", Volume = "millions of reports/min", ProcessingMode = "Streaming (Flink)", Element = c.Kafka });
        lineage.AddSource(new DataSource("DS-005", "Content Catalog", DataSourceKind.Api, Freshness.OnEvent("catalog change"))
        { Technology = "Internal API", Volume = "~15,000 titles with metadata", ProcessingMode = "Batch (Spark) + event-driven", Element = n.Systems.ContentManagement });
        lineage.AddSource(new DataSource("DS-006", "Content Embeddings", DataSourceKind.PipelineOutput, Freshness.Quarterly)
        { Technology = "Batch pipeline output", Volume = "all titles (dense vectors, dim 256)", ProcessingMode = "Batch (Metaflow)", Element = c.S3DataLake });
        lineage.AddSource(new DataSource("DS-007", "Member Profiles", DataSourceKind.Aggregate, Freshness.Daily)
        { Volume = "200M+ profiles", ProcessingMode = "Batch (Spark)", DerivedFrom = ["DS-001", "DS-002"], Element = c.Cassandra });

        lineage.AddPath(new LineagePath("Streaming path (serving)", "DS-001", c.RecommendationModels)
        {
            Stages =
            [
                new LineageStage("Kafka ingestion", "raw view event (play, pause, stop, complete)", "Avro schema check; dedup by event_id + timestamp", "validated viewing events")
                { QualityGate = "schema conformance 100%; dedup rate logged", Element = c.Kafka },
                // Windows: 1-min, 5-min, 1-hour here; PL-002 adds 24-hour and sliding windows.
                new LineageStage("Flink windowed aggregation", "validated events", "tumbling 1-min, 5-min, 1-hour windows: view count, mean duration, genre mix", "behavioral aggregates")
                { QualityGate = "window completeness > 99%; 5-min allowed lateness", Element = c.Flink },
                new LineageStage("Flink feature computation", "aggregates + cached profile", "engagement score, recency-weighted genre preferences, session momentum, viewing velocity", "real-time behavioral feature vector")
                { QualityGate = "null rate < 0.1%; value range checks", Element = c.Flink },
                new LineageStage("Amber online materialization", "feature vector", "online write keyed by member_id, TTL 5 minutes", "online features")
                { QualityGate = "write latency < 10ms; freshness < 5 seconds", Element = c.Amber },
            ],
        });
        // Where Flink's output lands differs: S3 here and in C4-E1, Hive tables in E3.
        lineage.AddPath(new LineagePath("Batch path (training)", "DS-001", c.RecommendationModels)
        {
            Stages =
            [
                new LineageStage("S3 archival", "validated Kafka events written by Flink", "partition by date; Parquet", "raw event archive in S3")
                { QualityGate = "partition completeness; record counts reconciled", Element = c.S3DataLake },
                new LineageStage("Spark ETL", "S3 raw events + catalog + profiles", "dedup, joins, historical features over 30/60/90-day windows", "historical features per member and window")
                { QualityGate = "no future leakage (point-in-time)", Element = c.Spark },
                new LineageStage("Training dataset construction", "historical features + labels (viewed / not viewed)", "negative sampling, implicit labels, time-based split", "training dataset in S3 (Parquet)")
                { QualityGate = "label distribution logged; class balance within expected range", Element = c.Spark },
            ],
        });

        lineage.AddFreshnessComparison(new FreshnessComparison("Recent viewing behavior (last 1 hour)", Severity.High,
            Freshness.Under(TimeSpan.FromSeconds(5)), Freshness.Daily) { ImpactNote = "batch copy is a day old" });
        lineage.AddFreshnessComparison(new FreshnessComparison("Genre preferences (last 7 days)", Severity.Medium,
            Freshness.Under(TimeSpan.FromMinutes(1)), Freshness.Daily));
        lineage.AddFreshnessComparison(new FreshnessComparison("Long-term taste profile (last 90 days)", Severity.Low,
            Batch: Freshness.Daily) { ImpactNote = "too costly to stream" });
        lineage.AddFreshnessComparison(new FreshnessComparison("Content popularity (trending)", Severity.High,
            Freshness.Under(TimeSpan.FromMinutes(1)), Freshness.Daily) { ImpactNote = "batch copy is a day old" });
        lineage.AddFreshnessComparison(new FreshnessComparison("Device context (bandwidth, resolution)", Severity.High,
            Freshness.Under(TimeSpan.FromSeconds(5))) { ImpactNote = "always real-time; no batch copy" });

        lineage.AddSchema(new SchemaEntry("SCH-VIEW", "v4.1") { Domain = "Viewing events", UsedBy = ["PL-001", "PL-002", "PL-004"], BreakingChanges = "v4.0: view_context field added (device, session_id)" });
        lineage.AddSchema(new SchemaEntry("SCH-CLICK", "v3.0") { Domain = "UI interaction events", UsedBy = ["PL-001", "PL-002", "PL-004"], BreakingChanges = "v3.0: click, scroll and hover unified into one interaction event" });
        lineage.AddSchema(new SchemaEntry("SCH-SEARCH", "v2.2") { Domain = "Search events", UsedBy = ["PL-001", "PL-002", "MDL-SEARCH training"], BreakingChanges = "v2.0: query_intent classification field added" });
        lineage.AddSchema(new SchemaEntry("SCH-FEATURE", "v5.0") { Domain = "Feature vectors (Amber)", UsedBy = ["all models (online + offline)"], BreakingChanges = "v5.0: first Amber schema (Amber Schema Registry)" });
    }
}
