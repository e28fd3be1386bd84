using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E6, AI quality scenarios (arc42 §10): QS-01…QS-09 in the six-part scenario form, with priority and whether the
/// scenario rests on public information or was inferred.
/// </summary>
/// <remarks>
/// The example defines five attributes (two of them, Recommendation Diversity and Serving Freshness, not in the
/// template); QS-09 uses a sixth, Experiment Validity, that it never defines, so it has no definition here either.
/// </remarks>
internal static class E6QualityScenarios
{
    private static readonly QualityAttribute RecommendationDiversity = new("Recommendation Diversity");
    private static readonly QualityAttribute ServingFreshness = new("Serving Freshness");
    private static readonly QualityAttribute ExperimentValidity = new("Experiment Validity");
    private const string Public = "Public";
    private const string Inferred = "Inferred";

    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var qs = ai.QualityScenarios;

        qs.Define(new QualityAttributeDefinition(QualityAttribute.ModelFreshness, "How current the knowledge inside a model and its features is.", "Titles launch every week; a model trained before a launch cannot know them."));
        qs.Define(new QualityAttributeDefinition(QualityAttribute.DriftTolerance, "How well quality holds when viewing behaviour shifts.", "Seasons, new markets and catalog changes move the data away from training."));
        qs.Define(new QualityAttributeDefinition(RecommendationDiversity, "How varied the recommendations a member sees are.", "Narrow rows trap members in a filter bubble and hide niche titles."));
        qs.Define(new QualityAttributeDefinition(ServingFreshness, "How fast a member's latest actions show up in what is served.", "A member who just binged a new genre expects the next homepage to notice."));
        qs.Define(new QualityAttributeDefinition(QualityAttribute.Robustness, "How the system behaves under failures and load spikes.", "Launch-day traffic and infrastructure faults must not show up as errors."));

        qs.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = QualityAttribute.ModelFreshness,
            Source = "content catalog event: a major title or season launches",
            Stimulus = "MDL-REC was trained before the launch and has no signal for the new title",
            Artifacts = [c.RecommendationModels],
            Environment = "production; first 48 hours after launch",
            Response = "Flink features within seconds; bandit exploration for the new title; Maestro starts retraining within 24 hours",
            ResponseMeasure = "title in relevant rows within 1 hour (popularity + editorial); personalized with its own signal within 48 hours",
            Title = "Recommendation Model After Content Launch",
            Priority = Priority.High,
            Provenance = Public,
        });

        // Staleness handling: QS-02 reduces confidence "proportionally"; E1 and C4-E3 give different penalties.
        qs.Add(new QualityScenario
        {
            Id = "QS-02",
            Attribute = QualityAttribute.ModelFreshness,
            Source = "feature freshness monitor (continuous)",
            Stimulus = "Amber online features stale > 1 hour after a Flink delay or failure",
            Artifacts = [c.RecommendationModels, c.PersonalizationModels, c.SearchModels],
            Environment = "production; degraded data infrastructure",
            Response = "freshness metadata passed to models; confidence lowered in proportion; > 4 hours: last nightly batch features flagged as degraded; Data Engineering alerted",
            ResponseMeasure = "detected within 5 minutes; confidence adjusted at once; batch fallback within 10 minutes; every stale prediction flagged",
            Title = "Feature Store Staleness",
            Priority = Priority.Critical,
            Provenance = Inferred,
            ArtifactNote = "all serving models",
        });

        qs.Add(new QualityScenario
        {
            Id = "QS-03",
            Attribute = QualityAttribute.DriftTolerance,
            Source = "drift monitoring (daily evaluation)",
            Stimulus = "engagement (CTR, play-through) > 5% below the 30-day rolling baseline during a seasonal shift",
            Artifacts = [c.RecommendationModels],
            Environment = "production; seasonal transition",
            Response = "retrain with seasonal emphasis; exploration raised from 5% to 10% for a while; canary through Spinnaker and Kayenta",
            ResponseMeasure = "detected within 3 days; deployed within 7 days of detection; within 2% of the pre-drift baseline within 14 days",
            Title = "Seasonal Viewing Pattern Shift",
            Priority = Priority.High,
            Provenance = Inferred,
        });

        qs.Add(new QualityScenario
        {
            Id = "QS-04",
            Attribute = QualityAttribute.DriftTolerance,
            Source = "regional engagement monitoring",
            Stimulus = "a new market or catalog expansion diverges from the global distribution",
            Artifacts = [c.RecommendationModels, c.SearchModels],
            Environment = "production; market expansion",
            Response = "region slices reveal the gap; transfer from similar markets; regional features weighted up; gap > 10% starts targeted retraining",
            ResponseMeasure = "gap detected within 1 week; new market at 90% of the global average within 30 days",
            Title = "New Market Behavior",
            Priority = Priority.Medium,
            Provenance = Inferred,
        });

        qs.Add(new QualityScenario
        {
            Id = "QS-05",
            Attribute = RecommendationDiversity,
            Source = "diversity monitoring (weekly batch)",
            Stimulus = "genre entropy down > 15% for any cohort",
            Artifacts = [c.RecommendationModels],
            Environment = "production; continuous monitoring",
            Response = "guardrail alert; tell model-driven narrowing from real taste change; if model-driven: more exploration for the cohort, higher diversity loss weight, editorial discovery rows",
            ResponseMeasure = "detected within 1 week; root cause within 3 days; corrective retrain within 7 days; entropy back to baseline within 21 days",
            Title = "Filter Bubble Prevention",
            Priority = Priority.High,
            Provenance = Public,
        });

        qs.Add(new QualityScenario
        {
            Id = "QS-06",
            Attribute = ServingFreshness,
            Source = "member interaction (e.g. binge of a new genre)",
            Stimulus = "new genre affinity after 3+ titles in an unexplored genre",
            Artifacts = [c.RecommendationModels, c.PersonalizationModels],
            Environment = "production; normal operation",
            Response = "Flink updates features within seconds, Amber serves them, the next request uses them; no retraining",
            ResponseMeasure = "feature update < 5 seconds; the next request reflects it; genre-relevant titles on the next homepage render",
            Title = "Real-Time Preference Update",
            Priority = Priority.High,
            Provenance = Public,
            ArtifactNote = "via Amber real-time features",
        });

        // "P95 < 250ms for 95% of requests" is the source's own double quantile, kept as written.
        qs.Add(new QualityScenario
        {
            Id = "QS-07",
            Attribute = QualityAttribute.Robustness,
            Source = "major content launch causes a traffic spike",
            Stimulus = "request volume 3-5x within minutes",
            Artifacts = [c.RecommendationModels],
            Environment = "production; high traffic",
            Response = "auto-scaling; otherwise pre-computed batch recommendations from the Cassandra cache; load shedding (browsing before pre-fetch)",
            ResponseMeasure = "P95 < 250ms for 95% of requests; zero member-visible errors; degraded within 30 seconds; fully real-time within 5 minutes of normal load",
            Title = "Traffic Spike on Content Launch",
            Priority = Priority.Critical,
            Provenance = Public,
            ArtifactNote = "MDL-REC serving (Metaflow Hosting)",
        });

        // QS-08 relies on at-least-once replay; PL-001 claims exactly-once Kafka semantics.
        qs.Add(new QualityScenario
        {
            Id = "QS-08",
            Attribute = QualityAttribute.Robustness,
            Source = "infrastructure failure across many Flink jobs",
            Stimulus = "> 10% of the 15,000+ jobs fail within 5 minutes (Kafka issue, state backend)",
            Artifacts = [c.Flink, c.Amber],
            Environment = "production; infrastructure failure",
            Response = "sub-minute checkpoints; restart from checkpoint; stale features with metadata and lower confidence; recovery > 30 minutes switches to batch features",
            ResponseMeasure = "per-job recovery < 30 seconds; staleness seen within 5 minutes; batch fallback within 30 minutes if needed; zero data loss (Kafka replay, at-least-once)",
            Title = "Flink Job Failure Cascade",
            Priority = Priority.Critical,
            Provenance = Inferred,
            ArtifactNote = "PL-002, Amber",
        });

        qs.Add(new QualityScenario
        {
            Id = "QS-09",
            Attribute = ExperimentValidity,
            Source = "experiment analysis pipeline (continuous)",
            Stimulus = "a 7-day A/B test of a new recommendation variant nears significance",
            Artifacts = [c.ExperimentationModels, c.ABlaze],
            Environment = "production; active experiment",
            Response = "sequential testing with always-valid intervals; stop when the primary metric's interval excludes zero and guardrails (diversity, latency, error rate) hold; a positive result with a guardrail breach goes to manual review",
            ResponseMeasure = "false positive rate < 5%; guardrail breaches seen in real time; decision within 14 days for standard tests; nothing deployed that breaks a guardrail",
            Title = "A/B Test Statistical Rigor",
            Priority = Priority.High,
            Provenance = Public,
        });
    }
}
