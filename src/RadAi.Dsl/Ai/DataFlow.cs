using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Upstream and downstream of an element, computed from relationships (never stored). An asynchronous or unstyled
/// relationship carries data from source to destination; a synchronous one is a call whose caller consumes the
/// callee's output (so <c>gateway.Uses(model, …, InteractionStyle.Synchronous)</c> makes the gateway downstream).
/// </summary>
public static class DataFlow
{
    /// <summary>Elements whose data flows into <paramref name="element"/>, in relationship order, without repeats.</summary>
    public static IReadOnlyList<Element> UpstreamOf(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var result = new List<Element>();
        var seen = new HashSet<Element>();
        foreach (var r in element.Model.GetIncomingRelationships(element))
            if (!IsCall(r) && seen.Add(r.Source)) result.Add(r.Source);
        foreach (var r in element.Relationships)
            if (IsCall(r) && seen.Add(r.Destination)) result.Add(r.Destination);
        return result;
    }

    /// <summary>Elements that consume <paramref name="element"/>'s output, in relationship order, without repeats.</summary>
    public static IReadOnlyList<Element> DownstreamOf(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var result = new List<Element>();
        var seen = new HashSet<Element>();
        foreach (var r in element.Relationships)
            if (!IsCall(r) && seen.Add(r.Destination)) result.Add(r.Destination);
        foreach (var r in element.Model.GetIncomingRelationships(element))
            if (IsCall(r) && seen.Add(r.Source)) result.Add(r.Source);
        return result;
    }

    private static bool IsCall(Relationship r) => r.InteractionStyle == InteractionStyle.Synchronous;
}
