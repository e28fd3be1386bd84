using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>The non-deterministic region, the AI component inventory, confidence gates and fallbacks (E1, C4-E3).</summary>
internal sealed class NonDeterministicComponentsConcern : GapConcern
{
    public override string Id => "non-deterministic-components";

    public override string Title => "Non-deterministic component identification";

    public override string StandardRule =>
        "None: models appear as ordinary building blocks; regions, confidence ranges, gates and fallbacks are RAD-AI facts the standard documents leave out.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var members = ai.Boundary.Members(Region.NonDeterministic);
        yield return Check("non-deterministic region", RadAiExtension.C4E3, members.Count,
            () => $"{Count(members.Count, "element")} placed in the non-deterministic region ({Names(members.Select(m => m.Name))})");
        var components = ai.BoundaryDelineation.Components;
        yield return Check("AI component inventory", RadAiExtension.E1, components.Count,
            () => $"{Count(components.Count, "AI component")} inventoried with input, output and fallback, {components.Count(c => c.Confidence is not null)} of them with a confidence range");
        var gates = ai.Boundary.Gates;
        yield return Check("confidence gates", RadAiExtension.C4E3, gates.Count,
            () => $"{Count(gates.Count, "confidence gate")} ({Names(gates.Select(g => g.Id))})");
        var fallbacks = ai.Boundary.Fallbacks;
        yield return Check("fallback strategies", RadAiExtension.C4E3, fallbacks.Count,
            () => $"{Count(fallbacks.Count, "fallback strategy")} ({Names(fallbacks.Select(f => f.Id))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Boundary.Members(Region.NonDeterministic).Concat(ai.BoundaryDelineation.Components.Select(c => c.Component.Element));
}
