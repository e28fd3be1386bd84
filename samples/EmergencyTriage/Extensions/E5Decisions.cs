using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Extensions;

/// <summary>E5, AI decisions: why uncertain suggestions go to a clinician instead of being shown as defaults.</summary>
internal static class E5Decisions
{
    public static void AddTo(RadAiModel ai, TriageElements n)
    {
        var c = n.Containers;
        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-1",
            Title = "Route uncertain acuity suggestions to clinician review",
            Date = new DateOnly(2024, 5, 2),
            Status = DecisionStatus.Accepted,
            Deciders = ["Clinical safety officer", "ED clinical lead", "Clinical AI team"],
            Context = "Showing every suggestion as a default risks automation bias; hiding uncertain ones loses their help.",
            Drivers = ["patient safety: under-triage must stay below 5 %", "nurse workload at peak hours"],
            Alternatives =
            [
                new ConsideredAlternative { Name = "Show every suggestion", Pros = ["no extra work"], Cons = ["automation bias on uncertain cases"] },
                new ConsideredAlternative { Name = "Three-way gate with clinician review", Pros = ["a person decides where the model is unsure"], Cons = ["review queue needs staffing"] },
            ],
            Outcome = "Three-way gate with clinician review",
            Elements = [c.AcuityModel, c.ReviewQueue],
        });
    }
}
