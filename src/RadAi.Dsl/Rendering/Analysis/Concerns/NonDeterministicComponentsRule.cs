using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 1: the non-deterministic region, the AI component inventory, confidence gates and fallbacks (E1, C4-E3).</summary>
internal sealed class NonDeterministicComponentsRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.NonDeterministicComponents;

    public override string StandardRule =>
        "Partial when the id of a confidence gate, fallback or boundary interface, or a fallback's name, appears in the text of an element or relationship; "
        + "none otherwise. Regions and confidence ranges are tags and properties, which standard documents do not show.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
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

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
    {
        foreach (var gate in ai.Boundary.Gates) yield return (gate.Id, null);
        foreach (var fallback in ai.Boundary.Fallbacks)
        {
            yield return (fallback.Id, null);
            yield return (fallback.Name, null);
        }
        foreach (var boundaryInterface in ai.Boundary.Interfaces) yield return (boundaryInterface.Id, null);
    }

    protected override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Boundary.Members(Region.NonDeterministic).Concat(ai.BoundaryDelineation.Components.Select(c => c.Component.Element));
}
