using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>
/// E1, AI boundary delineation: the three AI components, each with its own EU AI Act risk class (two high-risk, one
/// minimal) and its criticality, the system's key metrics, their failure modes and the vendor the early-warning model depends on.
/// </summary>
internal static class E1BoundaryDelineation
{
    private const string Triage = "Annex III 5(d): emergency healthcare patient triage";

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var e1 = ai.BoundaryDelineation;

        e1.AddComponent(new AiComponent
        {
            Component = c.AcuityModel,
            Type = new AiTaskType("Multi-class classification (ESI 1–5)"),
            InputDomain = "presenting complaint; vital signs; age; arrival mode; history features",
            OutputDomain = "suggested ESI level with acuity probability",
            FallbackStrategy = "ESI protocol rules applied by the nurse",
            ConfidenceNote = "acuity probability; the gate routes on it (TG-1)",
            RiskClassification = RiskClassification.High,
            RiskRationale = Triage,
            Criticality = Criticality.Critical,
        });
        e1.AddComponent(new AiComponent
        {
            Component = c.EarlyWarningModel,
            Type = new AiTaskType("Risk scoring"),
            InputDomain = "vital-sign trends of waiting patients",
            OutputDomain = "deterioration score; alert",
            FallbackStrategy = "scheduled nurse re-assessment of waiting patients",
            RiskClassification = RiskClassification.High,
            RiskRationale = Triage,
            Criticality = Criticality.High,
        });
        e1.AddComponent(new AiComponent
        {
            Component = c.BedForecaster,
            Type = new AiTaskType("Time-series forecasting"),
            InputDomain = "admissions history; time of day; season",
            OutputDomain = "expected free beds per ward for 24 hours",
            FallbackStrategy = "bed manager's own estimate",
            RiskClassification = RiskClassification.Minimal,
            RiskRationale = "capacity planning; no decision about a patient",
            Criticality = Criticality.Low,
        });

        e1.AddKeyMetric(new KeyMetric { Name = "ED attendances per year", Value = "about 85,000" });
        e1.AddKeyMetric(new KeyMetric { Name = "Triage episodes per day", Value = "about 230", Note = "peak 320 on winter Mondays" });
        e1.AddKeyMetric(new KeyMetric { Name = "Share of suggestions sent to review", Value = "about 18 %", Note = "shadow period estimate" });

        e1.AddFailureMode(new FailureMode
        {
            Component = c.AcuityModel,
            Condition = "under-triage: a suggested ESI level lower than the true one",
            SystemBehavior = "ESI 1–2 suggestions always go to review; the monitor tracks under-triage weekly",
            UserImpact = "a patient waits longer than safe",
        });
        e1.AddFailureMode(new FailureMode
        {
            Component = c.EarlyWarningModel,
            Condition = "too many alerts",
            SystemBehavior = "alert volume per nurse per shift is watched; the ward may raise its alert level",
            UserImpact = "alert fatigue: real alerts are missed",
        });

        e1.AddExternalService(new ExternalAiService
        {
            Service = "Early-warning scoring service",
            Provider = "Model vendor (hosted)",
            DataSent = "pseudonymised vital-sign trends",
            Fallback = "scheduled nurse re-assessment",
        });
    }
}
