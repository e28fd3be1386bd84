using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>
/// E3, data pipelines: a real-time vital-signs stream and a daily EHR extract, with failure actions of the hospital's
/// own wording ("escalate to charge nurse") next to RAD-AI's well-known ones, and the feature store's two tiers.
/// </summary>
internal static class E3Pipelines
{
    /// <summary>A failure action the hospital names itself.</summary>
    public static readonly FailureAction EscalateToChargeNurse = new("escalate to charge nurse");

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var view = ai.Pipelines;

        view.Add(new Pipeline
        {
            Id = "PL-1",
            Name = "Vital Signs Stream",
            Mode = PipelineMode.Streaming,
            FreshnessSla = Freshness.Continuous,
            Owner = "Clinical engineering",
            Engine = "Kafka + Flink",
            Scale = "about 40 monitored beds, one reading every 15 s",
            Element = c.VitalSignsStream,
            Checkpoints =
            [
                new QualityCheckpoint
                {
                    Check = "Physiological plausibility",
                    Location = "before the feature store",
                    Rule = "heart rate 20–250 bpm; SpO2 50–100 %",
                    OnFailure = [FailureAction.Impute, EscalateToChargeNurse],
                    FailureDetail = "a single implausible reading is imputed; three in a row page the charge nurse",
                },
                new QualityCheckpoint
                {
                    Check = "Monitor heartbeat",
                    Location = "ingestion",
                    Rule = "every connected monitor sends within 60 s",
                    OnFailure = [FailureAction.RequestRetransmission],
                },
            ],
        });
        view.Add(new Pipeline
        {
            Id = "PL-2",
            Name = "Nightly EHR Extract",
            Mode = PipelineMode.Batch,
            FreshnessSla = Freshness.Daily,
            Schedule = Freshness.Daily,
            Owner = "Data platform team",
            Engine = "Airflow + dbt",
            Element = c.EhrExtract,
            Checkpoints =
            [
                new QualityCheckpoint
                {
                    Check = "Row count",
                    Rule = "within 5 % of the previous night",
                    OnFailure = [FailureAction.FallbackToPrevious, FailureAction.Alert],
                },
            ],
        });

        view.AddFeatureStoreTier(new FeatureStoreTier
        {
            Name = "Online store", FeatureStore = c.FeatureStore, Kind = "online", Latency = "< 10 ms",
            Freshness = "real-time for vital signs; daily for history", Serves = "acuity and early-warning models at triage",
        });
        view.AddFeatureStoreTier(new FeatureStoreTier
        {
            Name = "Offline store", FeatureStore = c.FeatureStore, Kind = "offline", Latency = "batch",
            Freshness = "daily", Serves = "training with point-in-time joins",
        });
        view.AddFeatureGroup(new FeatureGroup
        {
            Name = "Vital-sign trends",
            FeatureCount = 24,
            SourcePipelines = ["PL-1"],
            Refresh = Freshness.Continuous,
            Consumers = [c.AcuityModel, c.EarlyWarningModel],
            Store = c.FeatureStore,
        });
        view.AddFeedbackLoop(new FeedbackLoop
        {
            Name = "Clinician overrides",
            From = "review queue decisions -> EHR -> nightly extract",
            To = "MDL-ACU (next retrain)",
            Mechanism = "confirmed ESI levels become labels",
            Risk = "the model learns its own suggestions when clinicians accept them unchecked",
            Mitigation = "labels from the final ESI level at discharge, not at triage",
            Elements = [c.AcuityModel, c.ReviewQueue, c.EhrExtract],
            Severity = Severity.High,
        });
    }
}
