using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>A/B tests and canary steps (E8) and AI-ADRs that weigh model alternatives (E5).</summary>
internal sealed class ExperimentationConcern : GapConcern
{
    public override string Id => "experimentation";

    public override string Title => "A/B testing and experimentation";

    public override string StandardRule =>
        "None: experiment platforms show up as ordinary containers; allocation, guardrails and promotion have no standard section.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var tests = ai.Operations.AbTests;
        yield return Check("A/B tests", RadAiExtension.E8, tests.Count,
            () => $"{Count(tests.Count, "A/B test")} ({Names(tests.Select(t => t.Name))})");
        var steps = ai.Operations.CanarySteps;
        yield return Check("canary steps", RadAiExtension.E8, steps.Count,
            () => $"{Count(steps.Count, "canary step")} ({Names(steps.Select(s => s.Name))})");
        var decisions = ai.Decisions.All.Where(d => d.Alternatives.Count > 0).ToList();
        yield return Check("AI-ADRs weighing alternatives", RadAiExtension.E5, decisions.Count,
            () => $"{Count(decisions.Count, "AI-ADR")} ({Names(decisions.Select(d => d.Id))}) weighing {Count(decisions.Sum(d => d.Alternatives.Count), "alternative")}");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Operations.AbTests.SelectMany(t => t.Models).Select(m => m.Element);
}
