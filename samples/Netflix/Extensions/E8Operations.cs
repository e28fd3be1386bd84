using RadAi.Dsl;
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

        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.RecommendationModels,
            Type = DriftType.Data,
            Method = DriftMethod.Psi,
            Threshold = Threshold.Parse("PSI > 0.2"),
            CheckFrequency = Freshness.Hourly,
            MethodDetail = "feature distributions, PSI on the top features",
            ConsecutiveChecks = 3,
            Action = "alert the ML team; sustained > 24h triggers retraining",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.RecommendationModels,
            Type = DriftType.Concept,
            Method = DriftMethod.MetricDegradation,
            Threshold = Threshold.Parse("> 5 % degradation sustained 3 days"),
            CheckFrequency = Freshness.Daily,
            MethodDetail = "engagement (CTR, play rate) against a 30-day rolling baseline",
            Window = TimeSpan.FromDays(30),
            Action = "retrain with emphasis on recent data",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.RecommendationModels,
            Type = DriftType.Prediction,
            Method = DriftMethod.KlDivergence,
            Threshold = Threshold.Parse("KL divergence > 0.1"),
            CheckFrequency = Freshness.Daily,
            MethodDetail = "distribution of recommendations (content coverage, genre diversity)",
            Action = "investigate the root cause",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.SearchModels,
            Type = DriftType.Data,
            Method = DriftMethod.Other,
            Threshold = Threshold.Parse("> 15 % of queries unmatched by known patterns"),
            CheckFrequency = Freshness.Daily,
            MethodDetail = "query distribution (new patterns)",
            Action = "expand training data; retrain on recent queries",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.SearchModels,
            Type = DriftType.Concept,
            Method = DriftMethod.MetricDegradation,
            Threshold = Threshold.Parse("> 3 % degradation sustained 5 days"),
            CheckFrequency = Freshness.Daily,
            MethodDetail = "search success rate (query -> click -> view)",
            Action = "retrain on recent click-through",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.ContentQualityModels,
            Type = DriftType.Data,
            Method = DriftMethod.Other,
            Threshold = Threshold.AsWritten("significant shift in content complexity distribution"),
            CheckFrequency = Freshness.Weekly,
            MethodDetail = "content feature distribution (new content types, encoding changes)",
            Action = "retrain with an updated corpus",
        });

        // Retraining triggers as the ADR, the signal table and the drift table state them (no trigger table exists).
        ops.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Scheduled retraining",
            Kind = TriggerKind.Scheduled,
            Condition = "regular cadence: MDL-SEARCH monthly, MDL-QUAL quarterly",
            Action = "full retrain on an updated window",
            Models = [c.RecommendationModels, c.SearchModels, c.ContentQualityModels],
        });
        ops.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Catalog update",
            Kind = TriggerKind.EventDriven,
            Condition = "catalog_updated signal (new titles in a region)",
            Action = "retrain content-dependent models",
            Models = [c.ContentQualityModels],
        });
        ops.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Features ready",
            Kind = TriggerKind.EventDriven,
            Condition = "features_ready signal from the daily batch feature pipeline",
            Action = "train the recommendation and search models",
            Models = [c.RecommendationModels, c.SearchModels],
        });
        ops.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Drift detected",
            Kind = TriggerKind.EventDriven,
            Condition = "drift_detected signal from the drift monitor",
            Action = "retraining trigger workflow starts a retrain",
            Models = [c.RecommendationModels, c.SearchModels, c.ContentQualityModels],
        });

        // The drift table and the signals leave two production models without a retraining trigger.
        c.PersonalizationModels.SuppressInspection("RADAI108",
            "No retraining trigger or cadence for MDL-PERS appears anywhere in the example: no drift row, signal or schedule names it.");
        c.ExperimentationModels.SuppressInspection("RADAI108",
            "The example gives MDL-EXP no drift row and no retraining trigger; its experiments are protected by ABlaze guardrails and the guardrail rollback instead.");

        ops.AddCanaryStep(new CanaryStep("Canary launch", "Spinnaker", "start the candidate on a small cluster next to a fresh baseline with production settings") { DurationNote = "minutes" });
        ops.AddCanaryStep(new CanaryStep("Traffic routing", "API Gateway", "route a configurable share of production traffic to canary and baseline") { TrafficNote = "configurable, e.g. 1-5 % of production traffic", DurationNote = "immediate" });
        ops.AddCanaryStep(new CanaryStep("Metric collection", "Monitoring stack", "gather serving (latency, error rate) and business (engagement) metrics") { DurationNote = "hours to days" });
        ops.AddCanaryStep(new CanaryStep("Statistical analysis", "Kayenta", "compare canary with baseline metric by metric")
        { AnalysisMethod = "configurable tests: Mann-Whitney, t-test", SuccessCriteria = "pass or fail per metric", DurationNote = "at analysis intervals" });
        ops.AddCanaryStep(new CanaryStep("Decision", "Kayenta + Spinnaker", "promote, roll back or hand over to a person")
        { SuccessCriteria = "all pass: full production; any fail: abort and return all traffic; marginal: manual decision", DurationNote = "automatic or manual" });

        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Model serving error rate > 1%",
            Detection = "automated serving metrics",
            Step = "Spinnaker reverts to the previous version; DNS/load balancer to the stable cluster",
            RecoveryTime = StatedValue.Parse("< 5 minutes"),
            Automation = AutomationLevel.Full,
        });
        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Canary analysis failure (Kayenta)",
            Detection = "Kayenta statistical comparison",
            Step = "terminate the canary cluster; 100% of traffic to production",
            RecoveryTime = StatedValue.Parse("< 2 minutes"),
            Automation = AutomationLevel.Full,
        });
        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Engagement metric degradation (> 5% drop)",
            Detection = "daily engagement analysis pipeline",
            Step = "reactivate the previous version; quarantine the current one",
            RecoveryTime = StatedValue.Parse("< 1 hour"),
            Automation = AutomationLevel.Semi,
            RecoveryNote = "needs the analysis confirmed; analysis automated, rollback manual",
        });
        // < 1 minute is the switch to batch features; C4-E3's "< 15 min" is the target for restoring Amber itself.
        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Feature store outage (Amber)",
            Detection = "feature serving health checks",
            Step = "all models switch to pre-computed batch features (Cassandra/S3 cache)",
            RecoveryTime = StatedValue.Parse("< 1 minute"),
            Automation = AutomationLevel.Full,
            RecoveryNote = "automated fallback",
        });
        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Flink pipeline failure (> 10% of jobs)",
            Detection = "Flink job health monitoring",
            Step = "restart from checkpoint; serve stale values with freshness metadata",
            RecoveryTime = StatedValue.Parse("< 30 seconds"),
            Automation = AutomationLevel.Full,
            RecoveryNote = "per job, from checkpoint",
        });
        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "A/B test guardrail violation",
            Detection = "ABlaze guardrail monitoring",
            Step = "pause the experiment; members back to control; team notified",
            RecoveryTime = StatedValue.Parse("< 5 minutes"),
            Automation = AutomationLevel.Full,
        });

        // Workflow 3 of the example's Maestro orchestration, for every model.
        ops.AddDeploymentStep(new DeploymentStep { Name = "Register model in registry", Description = "started by the model_trained signal, metrics attached" });
        ops.AddDeploymentStep(new DeploymentStep { Name = "Deploy canary" });
        ops.AddDeploymentStep(new DeploymentStep { Name = "Analyze canary", PerformedBy = "Kayenta" });
        ops.AddDeploymentStep(new DeploymentStep { Name = "Full rollout", Description = "started by the canary_passed signal, sent automatically or by a person" });
        ops.AddRolloutPlan(new RolloutPlan
        {
            Name = "Canary deployment via Kayenta", Strategy = "canary with a fresh baseline", TrafficSplit = "configurable fraction, e.g. 1-5% of production traffic, to canary and baseline",
            Duration = "hours to days", PromotionCriteria = ["canary passes all metrics"],
            RollbackCriteria = "canary fails: abort, all traffic back to the production cluster; marginal: manual intervention",
        });
        ops.AddServingGroup(new ServingGroup
        {
            Name = "Real-time serving", Models = [c.RecommendationModels, c.PersonalizationModels, c.SearchModels], Mode = "real-time (synchronous)",
            Infrastructure = "Metaflow Hosting (REST endpoints)", Scaling = "auto-scaling, scale-to-zero",
        });
        ops.AddServingGroup(new ServingGroup { Name = "Batch serving", Models = [c.RecommendationModels, c.ContentQualityModels], Mode = "batch (pre-compute)" });
    }
}
