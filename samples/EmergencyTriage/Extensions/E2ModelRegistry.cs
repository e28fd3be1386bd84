using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>
/// E2, model registry: three models, each with its clinical owner as an extra column. Only what is known is stated: the vendor model has no version and no owner, the
/// acuity model's training year is an inference and its deployment is known to the quarter.
/// </summary>
internal static class E2ModelRegistry
{
    /// <summary>A fact the hospital records per model beyond the template: the clinician accountable for it.</summary>
    public const string ClinicalOwner = "Clinical owner";

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var registry = ai.Registry;

        registry.Add(new RegisteredModel
        {
            Id = "MDL-ACU",
            Element = c.AcuityModel,
            Name = "Triage Acuity Model",
            Task = "Suggest an ESI level at triage",
            Framework = "LightGBM",
            Status = ModelStatus.Production,
            Owner = "Clinical AI team",
            ServingMode = "Real-time",
            ExtraFacts = [new(ClinicalOwner, "ED clinical lead")],
            Versions =
            [
                new ModelVersion("2.1")
                {
                    TrainingDate = PartialDate.Parse("2023 (inferred)"),
                    DeploymentDate = PartialDate.Parse("2024-Q3"),
                    Status = ModelStatus.Production,
                    KeyChange = "vital-sign trends added as features",
                },
            ],
            TrainingData =
            [
                new TrainingDataset("Triage episodes", "Nightly EHR Extract") { SourceId = "DS-2", Records = "about 400,000 ED visits", Refresh = Freshness.Quarterly },
            ],
            Baselines =
            [
                new PerformanceBaseline("Under-triage rate") { Baseline = StatedValue.Parse("4.1 %"), AlertThreshold = Threshold.Parse("> 5 %") },
                new PerformanceBaseline("Sensitivity for ESI 1–2") { Baseline = StatedValue.Parse("0.96"), AlertThreshold = Threshold.Parse("< 0.95") },
            ],
        });
        // The vendor publishes no version and no owner is named; both stay unstated.
        registry.Add(new RegisteredModel
        {
            Id = "MDL-EWS",
            Element = c.EarlyWarningModel,
            Name = "Deterioration Early-Warning Model",
            Task = "Warn of deterioration while patients wait",
            Status = new ModelStatus("Shadow evaluation"),
            ServingMode = "Streaming scores",
        });
        registry.Add(new RegisteredModel
        {
            Id = "MDL-BED",
            Element = c.BedForecaster,
            Name = "Bed Occupancy Forecaster",
            Task = "Forecast free beds for 24 hours",
            Framework = "Prophet",
            Status = ModelStatus.Production,
            Owner = "Patient flow analytics",
            ServingMode = "Batch, hourly",
            ExtraFacts = [new(ClinicalOwner, "Head of patient flow")],
            Baselines = [new PerformanceBaseline("MAPE") { Baseline = StatedValue.Parse("8 %"), AlertThreshold = Threshold.Parse("> 12 %") }],
        });

        registry.AddLifecycleStage(new RegistryStage { Name = "Shadow evaluation", EntryCriteria = "clinical safety case drafted", PromotionCriteria = "three months of shadow predictions reviewed by the safety officer", PromotesTo = "Production" });
        registry.AddLifecycleStage(new RegistryStage { Name = "Production", PromotionCriteria = "replaced by a signed-off version", PromotesTo = "Retired" });
        registry.AddLifecycleStage(new RegistryStage { Name = "Retired", Description = "kept for audit for ten years" });
    }
}
