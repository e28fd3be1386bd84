using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>Workflow triggers and the chains they form (E3).</summary>
internal sealed class WorkflowTriggersConcern : GapConcern
{
    public override string Id => "workflow-triggers";

    public override string Title => "DAG dependencies and event-triggered chaining";

    public override string StandardRule =>
        "None: a runtime view shows calls between elements, not workflows that start when another finishes.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var triggers = ai.Pipelines.Triggers;
        var workflows = triggers.SelectMany(t => new[] { t.Upstream, t.Downstream }).Distinct(StringComparer.Ordinal).Count();
        yield return Check("workflow triggers", RadAiExtension.E3, triggers.Count,
            () => $"{Count(triggers.Count, "trigger")} between {Count(workflows, "workflow")}");
        var chain = LongestChain(triggers);
        yield return Check("trigger chains", RadAiExtension.E3, chain.Count >= 3 ? 1 : 0,
            () => $"a chain of {Count(chain.Count - 1, "step")}: {string.Join(" → ", chain)}");
    }

    // The triggers form a DAG (the register refuses cycles), so the longest chain is found by memoised depth-first
    // search. The memo keeps each workflow's chain length and next step, not a copy of the chain: copying would make a
    // long chain quadratic.
    private static List<string> LongestChain(IReadOnlyList<WorkflowTrigger> triggers)
    {
        var next = triggers.ToLookup(t => t.Upstream, t => t.Downstream, StringComparer.Ordinal);
        var memo = new Dictionary<string, (int Length, string? Next)>(StringComparer.Ordinal);
        int From(string workflow)
        {
            if (memo.TryGetValue(workflow, out var known)) return known.Length;
            var best = (Length: 1, Next: (string?)null);
            foreach (var downstream in next[workflow])
            {
                var length = From(downstream) + 1;
                if (length > best.Length) best = (length, downstream);
            }
            memo[workflow] = best;
            return best.Length;
        }
        string? start = null;
        var longest = 0;
        foreach (var trigger in triggers)
            if (From(trigger.Upstream) is var length && length > longest) (start, longest) = (trigger.Upstream, length);
        var chain = new List<string>(longest);
        for (var at = start; at is not null; at = memo[at].Next) chain.Add(at);
        return chain;
    }
}
