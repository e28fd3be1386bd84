using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Non-deterministic behaviour boundaries: the region, the AI component inventory, confidence gates and fallbacks (C4-E3, E1).</summary>
internal sealed class NonDeterminismBoundariesConcern : GapConcern
{
    public override string Id => "non-determinism-boundaries";

    public override string Title => "Non-deterministic behaviour boundaries";

    public override string StandardRule =>
        "None: regions, confidence ranges, gates and fallbacks are RAD-AI facts; the standard documents show the models as ordinary building blocks "
        + "and leave the gates and fallbacks out.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var members = ai.Boundary.Members(Region.NonDeterministic);
        yield return Check("non-deterministic region", RadAiExtension.C4E3, members.Count,
            () => $"{Count(members.Count, "element")} placed in the non-deterministic region ({Names(members.Select(m => m.Name))})");
        var components = ai.BoundaryDelineation.Components;
        yield return Check("AI component inventory", RadAiExtension.E1, components.Count,
            () => $"{Count(components.Count, "AI component")} inventoried with input, output and fallback");
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
