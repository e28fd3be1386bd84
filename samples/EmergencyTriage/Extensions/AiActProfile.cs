namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>The AI system profile the EU AI Act Annex IV checklist reads: high-risk as a whole, per Annex III 5(d).</summary>
internal static class AiActProfile
{
    public static void AddTo(RadAiModel ai) => ai.Compliance.Describe(new AiSystemProfile
    {
        SystemName = TriageWorkspace.Name,
        IntendedPurpose = "Support triage nurses in assigning an ESI level to adult patients at the emergency department; the nurse or a physician decides.",
        RiskClassification = RiskClassification.High,
        RiskRationale = "Annex III 5(d): emergency healthcare patient triage",
        DevelopmentProcess = "Trained on the hospital's own ED visits; every version passes a subgroup evaluation and a clinical sign-off.",
        ComputationalResources = "Training on one CPU server in the hospital's data centre; serving on two redundant nodes.",
        LoggingAndAudit = "Every suggestion, gate decision and override is logged with its inputs and kept for ten years.",
        Assessor = "Clinical safety officer",
        AssessmentDate = PartialDate.Parse("2024-Q2"),
    });
}
