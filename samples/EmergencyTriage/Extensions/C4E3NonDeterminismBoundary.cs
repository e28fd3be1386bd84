using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>
/// C4-E3, the non-determinism boundary: RAD-AI's four regions plus a fifth, "Human in the loop", for the clinician
/// review queue; a gate that routes on acuity probability with three thresholds and a rule, a gate stated only in
/// words, the rules fallback, and qualitative bands that overlap.
/// </summary>
internal static class C4E3NonDeterminismBoundary
{
    /// <summary>The region RAD-AI does not name: elements where a person decides.</summary>
    public static readonly Region HumanInTheLoop = new("Human in the loop");

    private const string GateMetadata = "Confidence Gate";

    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        var boundary = ai.Boundary;
        var model = ai.Workspace.Model;

        boundary.Place(Region.Deterministic, c.IntakeApp, c.VitalSignsStream, c.EhrExtract);
        boundary.Place(Region.NonDeterministic, c.AcuityModel, c.EarlyWarningModel, c.BedForecaster, c.FeatureStore, c.SafetyMonitor);
        boundary.Place(HumanInTheLoop, c.ReviewQueue);
        boundary.Place(Region.Fallback, c.RulesFallback);

        var acuityGate = model.AddCustomElement("TG-1 Acuity Gate", GateMetadata, "Routes each ESI suggestion by the model's acuity probability.");
        var alertGate = model.AddCustomElement("TG-2 Alert Gate", GateMetadata, "Decides which deterioration scores become alerts.");
        boundary.Place(Region.Boundary, acuityGate, alertGate);

        c.AcuityModel.Uses(acuityGate, "ESI suggestion + acuity probability");
        acuityGate.Uses(c.IntakeApp, "accepted ESI level");
        acuityGate.Uses(c.ReviewQueue, "suggestion for clinician review");
        acuityGate.Uses(c.RulesFallback, "rejected: protocol rules decide");
        c.EarlyWarningModel.Uses(alertGate, "deterioration score");
        alertGate.Uses(c.ReviewQueue, "alert for the charge nurse");

        boundary.AddGate(new ConfidenceGate
        {
            Id = "TG-1",
            Component = c.AcuityModel,
            Metric = "acuity probability",
            Thresholds =
            [
                new GateThreshold(Threshold.Parse("acuity probability >= 0.90"), "accept the suggested ESI level"),
                new GateThreshold(Threshold.Parse("acuity probability >= 0.60"), "clinician review"),
                new GateThreshold(Threshold.Parse("acuity probability < 0.60"), "reject: ESI protocol rules"),
            ],
            Rule = "any ESI 1 prediction goes to clinician review, whatever its probability",
            Gate = acuityGate,
            Fallback = c.RulesFallback,
        });
        // The vendor states no numeric alert level; the ward configures it, so the gate is a rule in words.
        boundary.AddGate(new ConfidenceGate
        {
            Id = "TG-2",
            Component = c.EarlyWarningModel,
            Rule = "score above the ward's configured alert level pages the charge nurse",
            Gate = alertGate,
        });

        boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB-1",
            Name = "ESI protocol rules",
            For = c.AcuityModel,
            Trigger = "model unavailable, or acuity probability below 0.60",
            Behavior = "the nurse assigns the ESI level with the protocol's decision points",
            Element = c.RulesFallback,
            Limitations = "no use of history; slower for complex presentations",
        });

        boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB-2",
            Name = "Scheduled re-assessment",
            For = c.EarlyWarningModel,
            Trigger = "scoring service unavailable",
            Behavior = "nurses re-assess waiting patients at the protocol's fixed intervals",
        });
        c.BedForecaster.SuppressInspection("RADAI104",
            "Minimal risk: the bed manager reads the forecast as one input among others; nothing routes on it automatically.");

        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-1",
            From = c.IntakeApp,
            To = c.AcuityModel,
            DataExchanged = "complaint, vital signs, age, arrival mode",
            Contract = "gRPC; answer within 500 ms or the app shows protocol rules",
            Timeout = TimeSpan.FromMilliseconds(500),
        });

        // Qualitative bands: the ESI 1 band overlaps the numeric ones and the bands need not tile [0, 1].
        boundary.AddBands(new ConfidenceBands
        {
            Component = c.AcuityModel,
            Bands =
            [
                Band("Accept", ">= 0.90", "suggested ESI level shown as the default"),
                Band("Review", "0.60–0.90", "clinician confirms before the level is recorded"),
                Band("Reject", "< 0.60", "protocol rules only"),
                new ConfidenceBand { Name = "Critical", Criterion = StatedValue.AsWritten("any ESI-1 prediction"), Action = "immediate clinician review" },
            ],
        });

        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Acuity model unavailable",
            Detection = "two failed health checks in a row",
            SystemBehavior = "the intake app shows protocol rules only",
            UserImpact = "triage takes longer; no suggestion shown",
            MaxDuration = "until the model is back",
            Affected = [c.AcuityModel],
        });
    }

    private static ConfidenceBand Band(string name, string criterion, string action)
        => new() { Name = name, Criterion = StatedValue.Parse(criterion), Action = action };
}
