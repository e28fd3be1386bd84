using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Operations;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E8, operational AI view: drift detection per model, what triggers retraining, Kayenta's five canary steps and
/// the six rollback scenarios. Maestro signals and @trigger_on_finish chains live with the pipelines (E3).
/// </summary>
/// <remarks>
/// Absent from the example and so left out: model health tables, a retraining process, rollout strategies,
/// per-test A/B plans, incident severities (P1–P3) and rollback owners. A > 5% engagement drop is both the concept
/// drift trigger (sustained 3 days) and a rollback trigger (&lt; 1 hour); the source does not say which applies when.
/// </remarks>
internal static class E8Operations
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var ops = ai.Operations;

        ops.AddDriftDetection(new DriftDetection(c.RecommendationModels, DriftType.Data, DriftMethod.Psi, Threshold.Parse("PSI > 0.2"), Freshness.Hourly)
        { MethodDetail = "feature distributions, PSI on the top features", ConsecutiveChecks = 3, Action = "alert the ML team; sustained > 24h triggers retraining" });
        ops.AddDriftDetection(new DriftDetection(c.RecommendationModels, DriftType.Concept, DriftMethod.MetricDegradation, Threshold.Parse("> 5 % degradation sustained 3 days"), Freshness.Daily)
        { MethodDetail = "engagement (CTR, play rate) against a 30-day rolling baseline", Window = TimeSpan.FromDays(30), Action = "retrain with emphasis on recent data" });
        ops.AddDriftDetection(new DriftDetection(c.RecommendationModels, DriftType.Prediction, DriftMethod.KlDivergence, Threshold.Parse("KL divergence > 0.1"), Freshness.Daily)
        { MethodDetail = "distribution of recommendations (content coverage, genre diversity)", Action = "investigate the root cause" });
        ops.AddDriftDetection(new DriftDetection(c.SearchModels, DriftType.Data, DriftMethod.Other, Threshold.Parse("> 15 % of queries unmatched by known patterns"), Freshness.Daily)
        { MethodDetail = "query distribution (new patterns)", Action = "expand training data; retrain on recent queries" });
        ops.AddDriftDetection(new DriftDetection(c.SearchModels, DriftType.Concept, DriftMethod.MetricDegradation, Threshold.Parse("> 3 % degradation sustained 5 days"), Freshness.Daily)
        { MethodDetail = "search success rate (query -> click -> view)", Action = "retrain on recent click-through" });
        ops.AddDriftDetection(new DriftDetection(c.ContentQualityModels, DriftType.Data, DriftMethod.Other, Threshold.AsWritten("significant shift in content complexity distribution"), Freshness.Weekly)
        { MethodDetail = "content feature distribution (new content types, encoding changes)", Action = "retrain with an updated corpus" });

        // Retraining triggers as the ADR, the signal table and the drift table state them (no trigger table exists).
        ops.AddRetrainingTrigger(new RetrainingTrigger("Scheduled retraining", TriggerKind.Scheduled, "regular cadence: MDL-SEARCH monthly, MDL-QUAL quarterly", "full retrain on an updated window")
        { Models = [c.RecommendationModels, c.SearchModels, c.ContentQualityModels] });
        ops.AddRetrainingTrigger(new RetrainingTrigger("Catalog update", TriggerKind.EventDriven, "catalog_updated signal (new titles in a region)", "retrain content-dependent models")
        { Models = [c.ContentQualityModels] });
        ops.AddRetrainingTrigger(new RetrainingTrigger("Features ready", TriggerKind.EventDriven, "features_ready signal from the daily batch feature pipeline", "train the recommendation and search models")
        { Models = [c.RecommendationModels, c.SearchModels] });
        ops.AddRetrainingTrigger(new RetrainingTrigger("Drift detected", TriggerKind.EventDriven, "drift_detected signal from the drift monitor", "retraining trigger workflow starts a retrain")
        { Models = [c.RecommendationModels, c.SearchModels, c.ContentQualityModels] });

        // The drift table and the signals leave two production models without a retraining trigger.
        c.PersonalizationModels.Element.SuppressInspection("RADAI108",
            "No retraining trigger or cadence for MDL-PERS appears anywhere in the example: no drift row, signal or schedule names it.");
        c.ExperimentationModels.Element.SuppressInspection("RADAI108",
            "The example gives MDL-EXP no drift row and no retraining trigger; its experiments are protected by ABlaze guardrails and the guardrail rollback instead.");

        ops.AddCanaryStep(new CanaryStep("Canary launch", "Spinnaker", "start the candidate on a small cluster next to a fresh baseline with production settings") { DurationNote = "minutes" });
        ops.AddCanaryStep(new CanaryStep("Traffic routing", "API Gateway", "route a configurable share, e.g. 1-5% of production traffic, to canary and baseline") { DurationNote = "immediate" });
        ops.AddCanaryStep(new CanaryStep("Metric collection", "Monitoring stack", "gather serving (latency, error rate) and business (engagement) metrics") { DurationNote = "hours to days" });
        ops.AddCanaryStep(new CanaryStep("Statistical analysis", "Kayenta", "compare canary with baseline metric by metric")
        { AnalysisMethod = "configurable tests: Mann-Whitney, t-test", SuccessCriteria = "pass or fail per metric", DurationNote = "at analysis intervals" });
        ops.AddCanaryStep(new CanaryStep("Decision", "Kayenta + Spinnaker", "promote, roll back or hand over to a person")
        { SuccessCriteria = "all pass: full production; any fail: abort and return all traffic; marginal: manual decision", DurationNote = "automatic or manual" });

        ops.AddRollback(new RollbackProcedure("Model serving error rate > 1%", "automated serving metrics", "Spinnaker reverts to the previous version; DNS/load balancer to the stable cluster", TimeSpan.FromMinutes(5))
        { Automation = AutomationLevel.Full });
        ops.AddRollback(new RollbackProcedure("Canary analysis failure (Kayenta)", "Kayenta statistical comparison", "terminate the canary cluster; 100% of traffic to production", TimeSpan.FromMinutes(2))
        { Automation = AutomationLevel.Full });
        ops.AddRollback(new RollbackProcedure("Engagement metric degradation (> 5% drop)", "daily engagement analysis pipeline", "reactivate the previous version; quarantine the current one", TimeSpan.FromHours(1))
        { Automation = AutomationLevel.Semi, RecoveryNote = "needs the analysis confirmed; analysis automated, rollback manual" });
        // < 1 minute is the switch to batch features; C4-E3's "< 15 min" is the target for restoring Amber itself.
        ops.AddRollback(new RollbackProcedure("Feature store outage (Amber)", "feature serving health checks", "all models switch to pre-computed batch features (Cassandra/S3 cache)", TimeSpan.FromMinutes(1))
        { Automation = AutomationLevel.Full, RecoveryNote = "automated fallback" });
        ops.AddRollback(new RollbackProcedure("Flink pipeline failure (> 10% of jobs)", "Flink job health monitoring", "restart from checkpoint; serve stale values with freshness metadata", TimeSpan.FromSeconds(30))
        { Automation = AutomationLevel.Full, RecoveryNote = "per job, from checkpoint" });
        ops.AddRollback(new RollbackProcedure("A/B test guardrail violation", "ABlaze guardrail monitoring", "pause the experiment; members back to control; team notified", TimeSpan.FromMinutes(5))
        { Automation = AutomationLevel.Full });
    }
}
