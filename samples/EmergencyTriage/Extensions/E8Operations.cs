using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>
/// E8, operations: drift watched per model, retraining steps per model (acuity and forecaster differ), a shadow
/// rollout for the vendor model, serving groups with their SLAs, incident severities and the on-call rotation.
/// </summary>
internal static class E8Operations
{
    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var ops = ai.Operations;

        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.AcuityModel,
            Type = DriftType.Data,
            Method = DriftMethod.Psi,
            Threshold = Threshold.Parse("PSI > 0.2"),
            CheckFrequency = Freshness.Daily,
            MethodDetail = "complaint mix and vital-sign distributions",
            Action = "safety officer reviews; retraining if it persists a week",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.BedForecaster,
            Type = DriftType.Concept,
            Method = DriftMethod.MetricDegradation,
            Threshold = Threshold.Parse("MAPE > 12 %"),
            CheckFrequency = Freshness.Weekly,
            Action = "retrain on the last two years",
        });
        ops.AddDriftDetection(new DriftDetection
        {
            Component = c.EarlyWarningModel,
            Type = DriftType.Prediction,
            Threshold = Threshold.AsWritten("alert volume clearly above the ward's usual level"),
            CheckFrequency = Freshness.Daily,
            Action = "ask the vendor; raise the ward's alert level if needed",
        });

        ops.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Quarterly retraining",
            Kind = TriggerKind.Scheduled,
            Condition = "start of each quarter",
            Action = "retrain on the latest 24 months",
            Models = [c.AcuityModel],
        });
        ops.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Forecast error",
            Kind = TriggerKind.EventDriven,
            Condition = "MAPE > 12 % for two weeks",
            Action = "retrain the forecaster",
            Models = [c.BedForecaster],
        });

        // Two models, two step lists: the acuity model needs a clinical sign-off, the forecaster does not.
        ops.AddRetrainingStep(new RetrainingStep { Model = c.AcuityModel, Name = "Train on the latest 24 months", Automated = true, Duration = TimeSpan.FromHours(1) });
        ops.AddRetrainingStep(new RetrainingStep { Model = c.AcuityModel, Name = "Subgroup evaluation", Description = "under-triage per age band and sex", Automated = true });
        ops.AddRetrainingStep(new RetrainingStep { Model = c.AcuityModel, Name = "Clinical sign-off", Automated = false, ApprovalBy = "Clinical safety officer" });
        ops.AddRetrainingStep(new RetrainingStep { Model = c.BedForecaster, Name = "Refit", Automated = true });
        ops.AddRetrainingStep(new RetrainingStep { Model = c.BedForecaster, Name = "Backtest on the last 8 weeks", Automated = true });

        ops.AddDeploymentStep(new DeploymentStep { Model = c.AcuityModel, Name = "Retraining evaluation", Description = "offline evaluation on the held-out quarter", Duration = "2–4 h", Automated = true });
        ops.AddDeploymentStep(new DeploymentStep { Model = c.AcuityModel, Name = "Shadow week", Description = "new version scores in parallel, not shown", Duration = "7 days" });
        ops.AddDeploymentStep(new DeploymentStep { Model = c.AcuityModel, Name = "Go-live", ApprovalBy = "Clinical safety officer" });

        ops.AddRolloutPlan(new RolloutPlan
        {
            Name = "Early-warning shadow evaluation",
            Model = c.EarlyWarningModel,
            Strategy = "shadow: scores computed and logged, no alert shown",
            TrafficSplit = "100 % shadow, 0 % live",
            Duration = "three months",
            PromotionCriteria = ["recall ≥ 0.80 on confirmed deteriorations", "fewer than 3 alerts per nurse per shift"],
            RollbackCriteria = "any missed deterioration that a live alert would have caught is reviewed before go-live",
            Owner = "Clinical safety officer",
        });

        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Under-triage rate above 5 % in a week",
            Detection = "Model Safety Monitor",
            Step = "switch the gate to protocol rules only; restore the previous version after review",
            RecoveryTime = StatedValue.Parse("< 15 min"),
            Automation = AutomationLevel.Semi,
            Owner = "Clinical safety officer",
            Models = [c.AcuityModel],
        });
        ops.AddRollback(new RollbackProcedure
        {
            Scenario = "Forecast error above 12 % MAPE",
            Step = "redeploy the previous forecaster",
            Automation = AutomationLevel.Manual,
            Models = [c.BedForecaster],
        });

        ops.AddServingGroup(new ServingGroup
        {
            Name = "Triage-time serving",
            Models = [c.AcuityModel, c.EarlyWarningModel],
            Mode = "real-time",
            LatencySla = "p95 < 500 ms",
            AvailabilitySla = "99.9 % (24/7)",
        });
        ops.AddServingGroup(new ServingGroup { Name = "Planning batch", Models = [c.BedForecaster], Mode = "hourly batch", AvailabilitySla = "best effort" });

        ops.AddIncidentSeverity(new IncidentSeverity
        {
            Level = "S1",
            Condition = "a model contributed to an under-triaged ESI 1 or 2 patient",
            Response = "suspend the model; protocol rules only",
            ResponseTime = StatedValue.AsWritten("immediate"),
            Escalation = "clinical safety officer and medical director",
            PostIncidentSteps = ["root-cause review within 72 h", "report to the manufacturer's vigilance system"],
        });
        ops.AddIncidentSeverity(new IncidentSeverity
        {
            Level = "S2",
            Condition = "a model is unavailable",
            Response = "fallback to protocol rules; fix",
            ResponseTime = StatedValue.Parse("30 min"),
        });
        ops.AddOnCallRotation(new OnCallRotation
        {
            Name = "Clinical AI on-call",
            Team = "Clinical AI team",
            Schedule = "weekly, 24/7",
            Severities = ["S1", "S2"],
            Components = [c.AcuityModel, c.EarlyWarningModel],
            EscalatesTo = "Clinical safety officer",
        });
    }
}
