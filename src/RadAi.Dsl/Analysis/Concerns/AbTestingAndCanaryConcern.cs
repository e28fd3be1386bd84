using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>A/B testing and canary model deployment (E8).</summary>
internal sealed class AbTestingAndCanaryConcern : GapConcern
{
    public override string Id => "ab-testing-and-canary";

    public override string Title => "A/B testing and canary model deployment";

    public override string StandardRule =>
        "None: experimentation and deployment tools appear as ordinary containers; traffic allocation, guardrails and canary steps have no standard section.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var tests = ai.Operations.AbTests;
        yield return Check("A/B tests", RadAiExtension.E8, tests.Count,
            () => $"{Count(tests.Count, "A/B test")} ({Names(tests.Select(t => t.Name))})");
        var steps = ai.Operations.CanarySteps;
        yield return Check("canary steps", RadAiExtension.E8, steps.Count,
            () => $"{Count(steps.Count, "canary step")} ({Names(steps.Select(s => s.Name))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Operations.AbTests.SelectMany(t => t.Models).Select(m => m.Element);
}
