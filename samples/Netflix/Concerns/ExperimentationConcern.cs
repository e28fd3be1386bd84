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

    // RAD-AI's A/B testing and canary evidence, and the AI-ADRs weighing model alternatives the example also counts.
    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        foreach (var evidence in RadAiConcerns.AbTestingAndCanary.Evidence(ai)) yield return evidence;
        var decisions = ai.Decisions.All.Where(d => d.Alternatives.Count > 0).ToList();
        yield return Check("AI-ADRs weighing alternatives", RadAiExtension.E5, decisions.Count,
            () => $"{Count(decisions.Count, "AI-ADR")} ({Names(decisions.Select(d => d.Id))}) weighing {Count(decisions.Sum(d => d.Alternatives.Count), "alternative")}");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai) => RadAiConcerns.AbTestingAndCanary.Elements(ai);
}
