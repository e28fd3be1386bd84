using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>E6, quality scenarios: under-triage, alert fatigue and the fallback when the model is down.</summary>
internal static class E6QualityScenarios
{
    private static readonly QualityAttribute PatientSafety = new("Patient Safety");

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var qs = ai.QualityScenarios;

        qs.Define(new QualityAttributeDefinition(PatientSafety, "How rarely the system lets an urgent patient wait.", "Under-triage harms patients; over-triage only costs time."));
        qs.Add(new QualityScenario
        {
            Id = "QS-1",
            Attribute = PatientSafety,
            Source = "a patient with chest pain and normal first vital signs",
            Stimulus = "the acuity model suggests ESI 3 where the protocol says ESI 2",
            Artifacts = [c.AcuityModel, c.ReviewQueue],
            Environment = "night shift, full waiting room",
            Response = "ESI 2 candidates go to review; the monitor counts the case",
            ResponseMeasure = "under-triage rate < 5 % per month",
            Priority = Priority.Critical,
        });
        qs.Add(new QualityScenario
        {
            Id = "QS-2",
            Attribute = QualityAttribute.Robustness,
            Stimulus = "the acuity model stops answering",
            Artifacts = [c.AcuityModel, c.RulesFallback],
            Response = "the intake app shows protocol rules within 500 ms",
            ResponseMeasure = "protocol rules shown within 500 ms; 0 triages blocked",
            Priority = Priority.High,
        });
    }
}
