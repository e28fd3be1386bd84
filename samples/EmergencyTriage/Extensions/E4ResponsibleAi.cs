using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>
/// E4, responsible AI: fairness across age and sex, clinician oversight with a tiered response SLA, override
/// tracking, explanation for the nurse and data protection for health data.
/// </summary>
internal static class E4ResponsibleAi
{
    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var rai = ai.ResponsibleAi;

        rai.SetConcern(new ConcernEntry
        {
            Component = c.AcuityModel,
            Concern = Concern.Fairness,
            Metric = "under-triage rate per age band and sex",
            Threshold = Threshold.Parse("gap between groups < 2 percentage points"),
            Frequency = Freshness.Monthly,
            Owner = "Clinical safety officer",
        });
        rai.SetConcern(new ConcernEntry { Component = c.AcuityModel, Concern = Concern.HumanOversight, Metric = "share of suggestions reviewed; override rate" });
        rai.SetConcern(new ConcernEntry { Component = c.AcuityModel, Concern = Concern.Safety, Metric = "under-triage rate", Threshold = Threshold.Parse("under-triage rate < 5 %") });
        rai.SetConcern(new ConcernEntry { Component = c.EarlyWarningModel, Concern = Concern.Safety, Metric = "alerts per nurse per shift" });

        rai.SetConcern(new ConcernEntry { Component = c.BedForecaster, Concern = Concern.Transparency, Metric = "forecast shown with its error band on the bed board" });

        rai.AddFairnessMetric(new FairnessMetric
        {
            Component = c.AcuityModel,
            ProtectedAttributes = ["age band", "sex", "preferred language"],
            Metric = "under-triage rate difference",
            Target = Threshold.Parse("< 2 percentage points"),
            Frequency = Freshness.Monthly,
        });

        rai.AddExplainability(new ExplainabilityRequirement
        {
            Component = c.AcuityModel,
            Scope = ExplanationScope.PerDecision,
            Method = "the three features that moved the suggestion most, in clinical words",
            Audience = "triage nurse, emergency physician",
            Trigger = "every suggestion",
        });

        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "Clinician review of uncertain and critical suggestions",
            Scope = "acuity suggestions between 0.60 and 0.90, and every ESI 1 suggestion",
            Trigger = "gate TG-1",
            Authority = "emergency physician confirms or overrides the ESI level",
            ResponseSla = StatedValue.Parse("ESI 1: immediate / ESI 2: 10 min / ESI 3: 30 min"),
            Element = c.ReviewQueue,
        });
        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "Monthly clinical safety review",
            Scope = "all models",
            Authority = "clinical safety officer may suspend a model",
            Frequency = Freshness.Monthly,
        });
        rai.SetOverridePolicy(new OverridePolicy
        {
            OverrideMechanism = "the nurse or physician sets a different ESI level in the review queue",
            OverrideLogging = "every override is logged with the reason chosen from a fixed list",
            EscalationPath = "charge nurse, then the emergency physician on duty",
        });

        AddSafetyCase(ai);

        rai.AddDisclosure(new Disclosure { Context = "Triage screen", Text = "the suggested level is labelled as a model suggestion", Format = "UI label" });
        rai.AddDataProtection(new DataProtection("Vital signs and history", "pseudonymised before leaving the hospital network; access by role")
        {
            Classification = "Special category (health)",
            LegalBasis = "GDPR Art. 9(2)(h): provision of health care",
            UsageInMl = "features for the acuity and early-warning models",
        });
    }

    // The hospital's clinical safety case has no RAD-AI template: two sections of its own, one after human oversight.
    private static void AddSafetyCase(RadAiModel ai)
    {
        ai.Sections.Add(DocumentId.ResponsibleAi, new UserSection
        {
            Title = "Clinical safety case",
            After = "Human oversight",
            Prose = "The hazards the safety officer tracks for triage support, each with its control and the risk left after it.",
            Table = new UserTable
            {
                Header = ["Hazard", "Cause", "Control", "Residual risk"],
                Rows =
                [
                    ["Under-triage of a critical patient", "model suggests a lower ESI level", "ESI 1–2 suggestions always reviewed (TG-1)", "Low"],
                    ["Automation bias", "nurses accept suggestions unchecked", "uncertain suggestions not shown as defaults", "Medium"],
                    ["Missed deterioration", "alert fatigue", "alert volume per nurse watched; ward alert levels", "Medium"],
                ],
            },
        });
        ai.Sections.Add(DocumentId.ResponsibleAi, new UserSection
        {
            Title = "Escalation path",
            Prose = "Who acts when a model's output is in doubt.",
            Mermaid = """
                flowchart LR
                    nurse[Triage nurse] -->|doubt about a suggestion| charge[Charge nurse]
                    charge -->|ESI 1-2 or disagreement| physician[Emergency physician]
                    physician -->|suspected model fault| safety[Clinical safety officer]
                """,
        });
    }
}
