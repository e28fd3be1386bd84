using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI114: every stereotype fact that is read as a typed value (an ML model's primary metric, confidence range and
/// latency; a pipeline's schedule and SLA; a feature store's feature count and refresh; a human's response SLA) is
/// stored in a form that reads. One finding per element and property, quoting the stored text.
/// </summary>
internal sealed class StereotypeValuesInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        // Whether a stored text reads depends only on the stereotype, the key and the text, and a large model repeats
        // the same few texts ("P95 < 250 ms") thousands of times: each is parsed once per run.
        var problems = new Dictionary<(string Stereotype, string Key, string Stored), string?>();
        foreach (var element in context.Model.Elements)
        {
            if (ai.Stereotypes.FindElement(element) is not { } handle) continue;
            foreach (var (key, stored) in handle.TypedFactTexts)
            {
                var id = (handle.Stereotype.Name, key, stored);
                if (!problems.TryGetValue(id, out var problem)) problems[id] = problem = handle.Problem(key, stored);
                if (problem is null) continue;
                var how = StereotypePropertiesInspection.Example(handle.Stereotype, key) is { } example ? $"as {example} writes it" : "in the form its typed setter writes";
                context.Report(InspectionRules.StereotypeValues, element,
                    $"{AiTerms.Subject(context, element)} has {handle.Stereotype.PropertyKey(key)} = \"{StereotypedElement.Quoted(stored)}\", "
                    + $"which cannot be read ({problem.TrimEnd('.')}). Documents show the text as written; write it {how}.");
            }
        }
    }
}
