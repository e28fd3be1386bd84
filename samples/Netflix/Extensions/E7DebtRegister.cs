using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E7, AI debt register (arc42 §11): fifteen items in the seven categories (11 open, 4 mitigated; 9 high, 6
/// medium), how they feed each other, and how the register is reviewed. The summary counts are computed by the
/// register, not typed in.
/// </summary>
/// <remarks>Titles are the labels of the example's dependency map where it has one. The example has no owner or effort per item (ownership is stated for the register as a whole), so none is set. Its items are illustrative.</remarks>
internal static class E7DebtRegister
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var debt = ai.Debt;
        ElementRef rec = c.RecommendationModels, pers = c.PersonalizationModels, search = c.SearchModels, quality = c.ContentQualityModels;

        debt.Add(new DebtItem
        {
            Id = "BE-001",
            Category = DebtCategory.BoundaryErosion,
            Description = "Models read Amber's online store through raw key-value lookups, skipping the feature schema API, so a store migration forces model redeploys.",
            Severity = Severity.High,
            Affects = [rec, pers, search, c.Amber],
            Mitigation = "feature serving layer with schema contracts, independent of storage; version the feature API separately",
            Status = DebtStatus.Open,
        });
        debt.Add(new DebtItem
        {
            Id = "BE-002",
            Category = DebtCategory.BoundaryErosion,
            Description = "Workflows born in notebooks hard-code S3 paths, Kafka topics and Hive tables.",
            Severity = Severity.Medium,
            Affects = [c.MetaflowMetadata],
            Mitigation = "central resource registry with named lookups; CI lint against hard-coded paths",
            Status = DebtStatus.Open,
            AffectsNote = "Metaflow workflows (3,000+ projects)",
        });

        debt.Add(new DebtItem
        {
            Id = "EN-001",
            Category = DebtCategory.Entanglement,
            Description = "Behavioral features computed once in Flink are shared by all models; changing a window (5-min to 1-min) moves every distribution while the schema stays the same.",
            Severity = Severity.High,
            Affects = [c.Flink, c.Amber, rec, pers, search],
            Mitigation = "feature versions in Amber pinned by each model; automated impact analysis and offline evaluation before promotion",
            Status = DebtStatus.Open,
            Title = "Feature entanglement (Flink windowing)",
            AffectsNote = "all models consuming real-time features; PL-002",
        });
        debt.Add(new DebtItem
        {
            Id = "EN-002",
            Category = DebtCategory.Entanglement,
            Description = "MDL-REC consumes SemanticGNN content embeddings made by MDL-QUAL, so retraining MDL-QUAL changes MDL-REC indirectly.",
            Severity = Severity.High,
            Affects = [rec, quality],
            Mitigation = "version the embeddings; MDL-REC pins a version; a new version triggers MDL-REC offline evaluation",
            Status = DebtStatus.Open,
            Title = "Embedding coupling (SemanticGNN)",
        });
        debt.Add(new DebtItem
        {
            Id = "EN-003",
            Category = DebtCategory.Entanglement,
            Description = "Search and recommendation share member preference features; retraining search shifts how they are weighted.",
            Severity = Severity.Medium,
            Affects = [search, rec],
            Mitigation = "isolate search features; compute shared signals in separate pipelines",
            Status = DebtStatus.Open,
            AffectsNote = "shared features",
        });

        debt.Add(new DebtItem
        {
            Id = "FL-001",
            Category = DebtCategory.HiddenFeedbackLoops,
            Description = "Popular titles get recommended more, watched more and so recommended even more.",
            Severity = Severity.High,
            Affects = [rec],
            Mitigation = "5-10% bandit exploration; inverse propensity weighting; diversity objectives; cold-start injection experiments",
            Status = DebtStatus.Mitigated,
            Title = "Popularity amplification",
            StatusNote = "ongoing, not fully resolved",
            AffectsNote = "training data pipelines",
        });
        debt.Add(new DebtItem
        {
            Id = "FL-002",
            Category = DebtCategory.HiddenFeedbackLoops,
            Description = "Titles shown higher get more clicks, which trains the models to show them higher still.",
            Severity = Severity.Medium,
            Affects = [rec, search],
            Mitigation = "position-debiased training; randomized positions for a small share; counterfactual learning",
            Status = DebtStatus.Mitigated,
            Title = "Position bias feedback loop",
            StatusNote = "ongoing",
        });
        debt.Add(new DebtItem
        {
            Id = "FL-003",
            Category = DebtCategory.HiddenFeedbackLoops,
            Description = "Clicks on the artwork MDL-PERS picks train both MDL-PERS and MDL-REC.",
            Severity = Severity.Medium,
            Affects = [pers, rec],
            Mitigation = "track viewing time after the click; penalize high-click, low-completion art; human artwork review",
            Status = DebtStatus.Open,
            Title = "Artwork feedback loop",
        });

        debt.Add(new DebtItem
        {
            Id = "DD-001",
            Category = DebtCategory.DataDependency,
            Description = "Hundreds of Kafka topics evolve their schemas while validation covers only part of the consumers.",
            Severity = Severity.High,
            Affects = [c.Flink, c.Amber, rec, pers, search, quality],
            Mitigation = "schema validation on every consumer; backward-compatible evolution; distribution monitoring",
            Status = DebtStatus.Open,
            Title = "Schema dependency",
            AffectsNote = "all Flink jobs (PL-002), all models",
        });
        debt.Add(new DebtItem
        {
            Id = "DD-002",
            Category = DebtCategory.DataDependency,
            Description = "Content metadata from the CMS has no agreed completeness or freshness level.",
            Severity = Severity.Medium,
            Affects = [rec, search],
            Mitigation = "metadata SLA with Content Engineering; completeness check before the candidate pool; embedding-based imputation",
            Status = DebtStatus.Open,
        });

        debt.Add(new DebtItem
        {
            Id = "PD-001",
            Category = DebtCategory.Pipeline,
            Description = "An estimated 10-20% of the 15,000+ Flink jobs no longer feed anything.",
            Severity = Severity.High,
            Affects = [c.Flink, c.Amber],
            Mitigation = "lineage from Flink job to Amber feature to model version; flag jobs without consumers for > 60 days; 30-day deprecation warning",
            Status = DebtStatus.Open,
            Title = "Dead Flink jobs",
        });
        debt.Add(new DebtItem
        {
            Id = "PD-002",
            Category = DebtCategory.Pipeline,
            Description = "Feature logic exists twice, in Flink and in Spark, and the copies drift apart (e.g. Unicode normalization), skewing training against serving.",
            Severity = Severity.High,
            Affects = [c.Flink, c.Spark, rec, pers, search, quality],
            Mitigation = "shared feature libraries; parity tests; Amber as the single place features are defined",
            Status = DebtStatus.Open,
            Title = "Train-serve skew",
            AffectsNote = "PL-002 (Flink), PL-003/PL-004 (Spark), all models",
        });

        debt.Add(new DebtItem
        {
            Id = "CD-001",
            Category = DebtCategory.Configuration,
            Description = "Configuration of 3,000+ projects is spread over YAML, environment variables, Config objects and code, with no central view.",
            Severity = Severity.High,
            Affects = [c.MetaflowMetadata],
            Mitigation = "Configurable Metaflow (Config objects, late 2024); migrate projects; configuration audit pipeline",
            Status = DebtStatus.Mitigated,
            Title = "Config sprawl",
            StatusNote = "Configurable Metaflow deployed; migration ongoing",
            AffectsNote = "all Metaflow projects",
        });
        debt.Add(new DebtItem
        {
            Id = "CD-002",
            Category = DebtCategory.Configuration,
            Description = "A prediction depends on both the ABlaze test configuration and the serving configuration, which makes it hard to reproduce.",
            Severity = Severity.Medium,
            Affects = [c.ABlaze],
            Mitigation = "log one configuration snapshot (allocation, model version, flags) with every prediction",
            Status = DebtStatus.Open,
            AffectsNote = "model serving, Metaflow Hosting",
        });

        debt.Add(new DebtItem
        {
            Id = "MS-001",
            Category = DebtCategory.ModelStaleness,
            Description = "The catalog changes faster than models retrain, so embeddings of new titles lag.",
            Severity = Severity.High,
            Affects = [rec, search],
            Mitigation = "shorter retraining cadence; incremental embedding updates; bandit exploration",
            Status = DebtStatus.Mitigated,
            Title = "Catalog staleness",
            StatusNote = "exploration covers part of it; a full fix needs incremental learning",
        });

        // How debt items feed each other (the register's dependency map).
        debt.AddInteraction(new DebtInteraction("EN-001", "EN-002", "feature changes cascade to"));
        debt.AddInteraction(new DebtInteraction("FL-001", "MS-001", "amplified popularity biases"));
        debt.AddInteraction(new DebtInteraction("DD-001", "EN-001", "schema breaks cascade to"));
        debt.AddInteraction(new DebtInteraction("PD-001", "DD-001", "dead jobs mask"));
        debt.AddInteraction(new DebtInteraction("PD-002", "EN-001", "skew amplifies"));
        debt.AddInteraction(new DebtInteraction("CD-001", "MS-001", "misconfig delays"));
        debt.AddInteraction(new DebtInteraction("FL-003", "FL-001", "misleading signal feeds"));

        debt.SetReview(new ReviewCadence
        {
            Frequency = Freshness.Continuous,
            FrequencyNote = "continuous via ML Observability; formal review in platform retrospectives",
            Owner = "ML Platform team (platform debt); model teams (model-specific debt)",
            EscalationThreshold = "High debt affecting > 10% of ML projects goes to ML Platform leadership",
            Reporting = "debt metrics reported as platform health indicators beside uptime, latency and throughput",
        });
    }
}
