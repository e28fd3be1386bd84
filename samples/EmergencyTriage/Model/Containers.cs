
namespace RadAi.Dsl.Samples.EmergencyTriage.Model;

/// <summary>
/// The ten containers of ED Triage Support with their RAD-AI stereotypes. Facts are stated as a clinical team would
/// write them: metrics that are not confidences, a tiered review SLA, and no version where none is published.
/// </summary>
internal sealed record TriageContainers(
    Container IntakeApp,
    Container AcuityModel,
    Container EarlyWarningModel,
    Container BedForecaster,
    Container VitalSignsStream,
    Container EhrExtract,
    Container FeatureStore,
    Container ReviewQueue,
    Container SafetyMonitor,
    Container RulesFallback)
{
    public static TriageContainers AddTo(SoftwareSystem system)
    {
        var intake = system.AddContainer("Intake App", "Tablet app in which the triage nurse records the presenting complaint and vital signs.", "React Native (nurse tablet)");

        var acuity = system.AddMlModel("Triage Acuity Model", "Suggests an ESI level from the complaint, vital signs and history.", "Gradient-boosted trees (LightGBM)")
            .WithVersion("2.1")
            .WithQualityMetrics("AUROC 0.87", "sensitivity (ESI 1–2) ≥ 0.95", "under-triage rate < 5 %")
            .WithLatency(TimeSpan.FromMilliseconds(500), percentile: 95);
        // A bought-in model: the vendor publishes no version, so none is stated.
        var earlyWarning = system.AddMlModel("Deterioration Early-Warning Model", "Scores the risk that a waiting patient deteriorates within the next hours.", "Vendor model (hosted)")
            .WithQualityMetrics("precision 0.41", "recall 0.83");
        var beds = system.AddMlModel("Bed Occupancy Forecaster", "Forecasts admissions and free beds for the next 24 hours.", "Prophet")
            .WithVersion("0.9")
            .WithQualityMetrics("MAPE 8 %");

        var vitals = system.AddDataPipeline("Vital Signs Stream", "Streams monitor readings (heart rate, SpO2, blood pressure) of waiting patients.", "Kafka + Flink")
            .Streaming(Freshness.Continuous)
            .WithQualityGates("physiological plausibility", "monitor heartbeat within 60 s");
        var extract = system.AddDataPipeline("Nightly EHR Extract", "Copies history, medication and prior visits from the EHR every night.", "Airflow + dbt")
            .Batch(Freshness.Daily, sla: Freshness.Daily)
            .WithQualityGates("row count within 5 % of the previous night", "no visit without a patient");
        var store = system.AddFeatureStore("Clinical Feature Store", "Serves patient features to the models online and keeps point-in-time history for training.", "Feast (Redis + Parquet)")
            .WithFeatureCount(24)
            .WithRefresh(Freshness.PerMode(new ModeFreshness("online", Freshness.Continuous), new ModeFreshness("offline", Freshness.Daily)));

        var queue = system.AddHumanInTheLoop("Clinician Review Queue", "Shows the suggestions a clinician must confirm before they reach the patient record.", "Web app")
            .WithTrigger("acuity probability between 0.60 and 0.90, or any ESI 1 suggestion")
            .WithResponseSla(StatedValue.Parse("ESI 1: immediate / ESI 2: 10 min / ESI 3: 30 min"));
        var monitor = system.AddMonitor("Model Safety Monitor", "Watches under-triage, alert volume and input drift of every model.", "Evidently + Grafana")
            .WithMetrics("under-triage rate", "alerts per nurse per shift", "input drift (PSI)")
            .WithAlertThresholds(Threshold.Parse("under-triage rate > 5 %"), Threshold.Parse("PSI > 0.2"));
        var rules = system.AddContainer("Rules Fallback", "Deterministic ESI protocol rules the nurse would apply by hand.", "ESI v4 decision rules");

        return new TriageContainers(intake, acuity, earlyWarning, beds, vitals, extract, store, queue, monitor, rules);
    }

    /// <summary>The three models.</summary>
    public IReadOnlyList<Container> Models => [AcuityModel, EarlyWarningModel, BedForecaster];
}
