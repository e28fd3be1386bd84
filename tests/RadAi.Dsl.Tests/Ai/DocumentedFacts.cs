using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// A workspace with two models and one record of each fact real AI systems document beyond the templates (per-model
/// retraining and deployment steps, rollout plan, incident severity, on-call, privacy by design, DPIA, registry stages,
/// serving group, feature store topology, an intermediate lineage stage): one record states every fact, its sibling
/// only its identity.
/// </summary>
internal static class DocumentedFacts
{
    public static Workspace Build()
    {
        var workspace = new Workspace("Facts", "Documented facts");
        var system = workspace.Model.AddSoftwareSystem("Scoring System");
        var events = system.AddContainer("Event Bus");
        var store = system.AddFeatureStore("Feature Store", "Online and offline features");
        var ranker = system.AddMlModel("Ranking Model", "Ranks items", "PyTorch");
        var triage = system.AddMlModel("Triage Model", "Sorts cases", "XGBoost");
        var ai = workspace.RadAi();
        var ops = ai.Operations;

        ops.AddRetrainingStep(new RetrainingStep { Name = "Collect labels", Description = "pull reviewed cases", Automated = true, Model = triage });
        ops.AddRetrainingStep(new RetrainingStep { Name = "Fit ranker", Description = "train on 90 days", Automated = true, Model = ranker, ApprovalBy = "ML lead" });
        ops.AddRetrainingStep(new RetrainingStep { Name = "Validate triage", Description = "hold-out check", Automated = false, Model = triage });
        ops.AddDeploymentStep(new DeploymentStep { Name = "Register version", Model = ranker, PerformedBy = "Registry", Automated = true, Duration = "minutes", ApprovalBy = "ML lead", Description = "store the artefact" });
        ops.AddDeploymentStep(new DeploymentStep { Name = "Shadow run", Model = triage });

        ops.AddRolloutPlan(new RolloutPlan
        {
            Name = "Ranker v13 rollout", Model = ranker, ModelVersion = "v13", Strategy = "canary", TrafficSplit = "1 % → 10 % → 100 %",
            Duration = "24 h per stage", PromotionCriteria = ["error rate < 0.1 %", "no P1 alerts"], RollbackCriteria = "any P1 alert", Owner = "Ranking team",
        });
        ops.AddRolloutPlan(new RolloutPlan { Name = "Triage rollout" });

        ops.AddIncidentSeverity(new IncidentSeverity
        {
            Level = "P1", Condition = "scores missing", Response = "page on-call", Escalation = "director", Scope = "system-wide",
            Detection = "serving error alert", ResponseTime = StatedValue.Parse("15 minutes"), PostIncidentSteps = ["post-mortem within 5 days", "update runbook"],
        });
        ops.AddIncidentSeverity(new IncidentSeverity { Level = "P3", Condition = "minor drift", Response = "log", Escalation = "ML team" });
        ops.AddOnCallRotation(new OnCallRotation
        {
            Name = "ML on-call", Team = "ML platform", Schedule = "weekly", Coverage = "24/7", Severities = ["P1", "P2"], Components = [ranker, triage],
            PagingChannel = "pager", EscalatesTo = "ML lead",
        });
        ops.AddOnCallRotation(new OnCallRotation { Name = "Data on-call" });

        ops.AddServingGroup(new ServingGroup
        {
            Name = "Real-time serving", Models = [ranker, triage], Mode = "synchronous", Infrastructure = "GPU pool", LatencySla = "p95 < 250 ms",
            AvailabilitySla = "99.95 %", Throughput = "14K req/s", Scaling = "auto-scaling",
        });
        ops.AddServingGroup(new ServingGroup { Name = "Batch scoring" });

        ai.Registry.AddLifecycleStage(new RegistryStage
        {
            Name = "Staging", Description = "awaiting canary", EntryCriteria = "offline metrics pass", PromotionCriteria = "canary passes",
            PromotesTo = "Production", Approver = "ML lead",
        });
        ai.Registry.AddLifecycleStage(new RegistryStage { Name = "Retired" });

        ai.Pipelines.AddFeatureStoreTier(new FeatureStoreTier
        {
            Name = "Online store", FeatureStore = store, Kind = "online", Technology = "key-value cache", Latency = "sub-millisecond",
            Freshness = "< 5 s", Serves = "real-time inference",
        });
        ai.Pipelines.AddFeatureStoreTier(new FeatureStoreTier { Name = "Offline store" });

        ai.ResponsibleAi.AddPrivacyMeasure(new PrivacyMeasure
        {
            Name = "Pseudonymous keys", Principle = "data minimisation", Implementation = "hash ids at ingestion", Components = [events], Owner = "Privacy team",
        });
        ai.ResponsibleAi.AddPrivacyMeasure(new PrivacyMeasure { Name = "Purpose tags" });
        ai.ResponsibleAi.AddDpia(new DataProtectionImpactAssessment
        {
            Name = "Triage DPIA", Scope = "case triage", Components = [triage], SignedOffBy = "Data Protection Officer", SignedOffOn = "2025-03",
            NextReview = "2026-Q1",
            Findings = [new DpiaFinding { Finding = "Health data in features", Risk = "high", Mitigation = "drop free text", ResidualRisk = "low", Owner = "ML lead", Status = "done" },
                new DpiaFinding { Finding = "Retention unclear" }],
        });
        ai.ResponsibleAi.AddDpia(new DataProtectionImpactAssessment { Name = "Ranking DPIA" });

        ai.Lineage.AddSource(new DataSource { Id = "DS-001", Name = "Case events", Kind = DataSourceKind.Stream, Freshness = Freshness.Continuous, Element = events });
        ai.Lineage.AddPath(new LineagePath("Case path", "DS-001", triage)
        {
            Stages = [new LineageStage { Name = "Vendor enrichment", Input = "raw case", Transformation = "adds region", Output = "enriched case" }],
        });
        return workspace;
    }
}
