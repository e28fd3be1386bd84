using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E5, AI architecture decision records (arc42 §9): AI-ADR-001, the consolidation of per-surface recommendation
/// models into one multi-task model, with its drivers, alternatives and the AI-specific sections.
/// </summary>
/// <remarks>
/// The driver ids DD-1…DD-6 are the ADR's own and unrelated to the debt items DD-001/DD-002. The ADR has no
/// alternatives table with metrics and no class balance; both are left out.
/// </remarks>
internal static class E5Decisions
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var rec = n.Containers.RecommendationModels;
        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-001",
            Title = "Recommendation Model Architecture Consolidation",
            Date = new DateOnly(2025, 1, 15),
            Status = DecisionStatus.Accepted,
            Deciders = ["ML Platform leadership", "Recommendation team leads", "Product leadership"],
            Context = "Each recommendation surface (Because You Watched, Top Picks, genre rows) had its own model, with its own training, "
                + "serving, monitoring and retraining schedule, so every change to a shared feature had to be coordinated across all of them. "
                + "Constraints: 200M+ members in 190+ countries, a homepage within 250ms at P95, relevance balanced against diversity and "
                + "creator fairness, operating cost growing with the number of models, and a team experienced in multi-task learning.",
            Drivers =
            [
                "DD-1: Operational simplicity (dozens of models down to one)",
                "DD-2: Feature consistency (one feature interface, no version skew)",
                "DD-3: Recommendation quality (shared representations help sparse surfaces)",
                "DD-4: Diversity control (engagement and diversity optimized together)",
                "DD-5: Latency (computation shared across surfaces)",
                "DD-6: Experimentation velocity (fewer coordination points)",
            ],
            Alternatives =
            [
                new ConsideredAlternative
                {
                    Name = "Multi-model ensemble (status quo)",
                    Type = "specialized model per surface",
                    Pros = ["independent optimization", "failure isolation", "simpler individual models"],
                    Cons = ["O(N) operational complexity", "feature entanglement", "inconsistent recommendations across surfaces", "hard to control diversity jointly", "slow experimentation"],
                },
                new ConsideredAlternative
                {
                    Name = "Consolidated multi-task model",
                    Type = "one model, several recommendation tasks",
                    Pros = ["data efficiency from shared representations", "one training and serving path", "consistent features", "joint diversity control", "faster experiments"],
                    Cons = ["single point of failure", "more complex training", "task weighting", "larger model", "risk of task interference"],
                },
                new ConsideredAlternative
                {
                    Name = "Two-stage architecture (retrieval + ranking)",
                    Type = "retrieval model + ranking model",
                    Pros = ["separation of concerns", "fast approximate retrieval", "rich ranking", "scales with the catalog"],
                    Cons = ["per-surface ranking models remain", "extra retrieval complexity"],
                },
            ],
            Outcome = "Consolidated multi-task model: it removes the O(N) operating cost and improves quality through shared representations, "
                + "which carry what data-rich surfaces (the homepage) learn over to data-sparse ones (notification targeting). "
                + "The single point of failure is accepted, covered by the popularity fallback and one well-tested deployment pipeline.",
            Dataset = new DatasetCharacteristics
            {
                Size = "billions of interaction events across all surfaces",
                FeatureCount = "~1,000+ (member, content, contextual, behavioral, temporal)",
                DataFreshness = "real-time (Flink) + daily batch (Spark); rolling historical windows",
                KnownBiases = "popularity bias; position bias; geographic bias toward larger markets",
                Additional =
                [
                    new NamedValue("Task count", "several surfaces (homepage rows, search, notifications) on a shared backbone"),
                    new NamedValue("Data sources", "Kafka interaction streams; CMS catalog; member profiles; device telemetry"),
                ],
            },
            Fairness = new FairnessTradeOff
            {
                ProtectedAttributes = ["geographic region (proxy for language and culture)", "member activity level (heavy vs light)", "content origin country (local vs international)"],
                Metric = "genre entropy per recommendation set; cross-region engagement variance",
                AcceptedTradeOff = "5-10% bandit exploration costs some short-term engagement",
                Monitoring = "guardrail metrics in every A/B test",
            },
            Lifecycle = new ModelLifecycle
            {
                ExpectedLifetime = "weeks to months between retrains",
                RetrainingTriggers = ["scheduled (regular cadence)", "event-driven (catalog changes, seasonal shifts)", "drift detected (engagement degradation beyond threshold)"],
                RetrainingStrategy = "full retrain on an updated historical window; rebalance the multi-task loss per surface",
                RollbackPlan = "previous version always kept; Spinnaker rolls back fast; Kayenta canaries catch regressions",
                Additional =
                [
                    new NamedValue("Training infrastructure", "GPU clusters, PyTorch + Horovod; Metaflow workflows orchestrated by Maestro"),
                    new NamedValue("Validation gates", "offline recall, NDCG and diversity per surface; online A/B test before full rollout"),
                    new NamedValue("Model versioning", "Metaflow artifact tracking: each run yields a versioned model with lineage"),
                ],
            },
            Explainability = new ExplainabilityChoice
            {
                Requirement = "row-level and aggregate-level",
                Method = "explanation by design (named rows)",
                TradeOffs = "no per-item explanation such as SHAP at serving latency; row labels cost nothing to compute",
            },
            Regulatory = new RegulatoryRationale
            {
                Regulations = ["EU DSA Art. 27", "GDPR (incl. Art. 22)", "California CCPA"],
                RequirementsMet =
                [
                    "DSA: Help Center explains the main parameters and options; named rows disclose them",
                    "GDPR Art. 22: no solely automated decision with legal effect; members steer through controls",
                    "CCPA: members can opt out of data use for recommendations",
                    "deleted history stays out of future training sets",
                ],
            },
            Consequences = new Consequences
            {
                Positive = ["one model to train, deploy and monitor", "better quality, above all on sparse surfaces", "no feature version skew", "engagement and diversity in one objective", "faster experimentation"],
                Negative = ["one failure hits every surface (fallbacks cover it)", "multi-task loss balancing and task interference", "larger model: more training cost and serving resources", "harder debugging across surfaces"],
                Neutral = ["in line with the industry (Google, Meta)", "specialized models may still exist for edge cases"],
            },
            Elements = [rec],
        });
    }
}
