using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Analysis.Concerns;

/// <summary>Concern 4: workflow triggers and the chains they form (E3).</summary>
internal sealed class WorkflowTriggersRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.WorkflowTriggers;

    public override string StandardRule =>
        "Partial when the name of a triggering or triggered workflow appears in the text of an element or relationship; none otherwise. "
        + "A runtime view shows calls between elements, not workflows that start when another finishes.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var triggers = ai.Pipelines.Triggers;
        var workflows = triggers.SelectMany(t => new[] { t.Upstream, t.Downstream }).Distinct(StringComparer.Ordinal).Count();
        yield return Check("workflow triggers", RadAiExtension.E3, triggers.Count,
            () => $"{Count(triggers.Count, "trigger")} between {Count(workflows, "workflow")}");
        var chain = LongestChain(triggers);
        yield return Check("trigger chains", RadAiExtension.E3, chain.Count >= 3 ? 1 : 0,
            () => $"a chain of {Count(chain.Count - 1, "step")}: {string.Join(" → ", chain)}");
    }

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
        => ai.Pipelines.Triggers.SelectMany(t => new[] { t.Upstream, t.Downstream }).Select(w => (w, (Element?)null));

    protected override IEnumerable<Element> Elements(RadAiModel ai) => [];

    // The triggers form a DAG (the register refuses cycles), so the longest chain is found by memoised depth-first search.
    private static List<string> LongestChain(IReadOnlyList<WorkflowTrigger> triggers)
    {
        var next = triggers.ToLookup(t => t.Upstream, t => t.Downstream, StringComparer.Ordinal);
        var memo = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> From(string workflow)
        {
            if (memo.TryGetValue(workflow, out var known)) return known;
            var best = new List<string> { workflow };
            foreach (var downstream in next[workflow])
            {
                var tail = From(downstream);
                if (tail.Count + 1 > best.Count) best = [workflow, .. tail];
            }
            memo[workflow] = best;
            return best;
        }
        var longest = new List<string>();
        foreach (var trigger in triggers)
            if (From(trigger.Upstream) is { } chain && chain.Count > longest.Count) longest = chain;
        return longest;
    }
}
