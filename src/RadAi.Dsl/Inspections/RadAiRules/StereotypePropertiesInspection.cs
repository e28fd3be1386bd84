using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Stereotypes;

namespace RadAi.Dsl.Inspections.RadAiRules;

/// <summary>
/// RADAI101: every stereotyped element (the five built in and custom ones) carries each property its stereotype requires,
/// in a form that can be read. Monitors' metrics and thresholds are left to RADAI107, which checks them in more detail.
/// </summary>
internal sealed class StereotypePropertiesInspection : IInspection
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["ML.version"] = ".WithVersion(\"2.3\")",
        ["ML.primaryMetric"] = ".WithPrimaryMetric(\"NDCG\", \"0.41\")",
        ["ML.confidence"] = ".WithConfidence(0.60, 0.98)",
        ["ML.latency"] = ".WithLatency(TimeSpan.FromMilliseconds(250), 95)",
        ["DP.schedule"] = ".WithSchedule(Freshness.Daily)",
        ["DP.sla"] = ".WithSla(Freshness.Under(TimeSpan.FromHours(1)))",
        ["DP.qualityGates"] = ".WithQualityGates(\"schema check\")",
        ["FS.featureCount"] = ".WithFeatureCount(120)",
        ["FS.refresh"] = ".WithRefresh(Freshness.Hourly)",
        ["HITL.trigger"] = ".WithTrigger(\"confidence < 0.7\")",
        ["HITL.responseSla"] = ".WithResponseSla(TimeSpan.FromHours(4))",
    };

    public void Run(InspectionContext context)
    {
        if (context.Ai is not { } ai) return;
        // Whether a stored value reads depends only on the stereotype, the key and the text, and a large model repeats
        // the same few texts ("P95 < 250 ms") thousands of times: each is parsed once per run.
        var problems = new Dictionary<(string Stereotype, string Key, string Value), string?>();
        foreach (var element in context.Model.Elements)
        {
            if (ai.Stereotypes.Of(element) is not { } handle) continue;
            var stereotype = handle.Stereotype;
            if (stereotype == Stereotype.Monitor) continue;
            var missing = new List<StereotypeProperty>();
            var unreadable = new List<string>();
            foreach (var property in stereotype.RequiredProperties)
            {
                var value = handle.Get(property.Key);
                if (string.IsNullOrWhiteSpace(value)) missing.Add(property);
                else if (ProblemOnce(problems, handle, property.Key, value) is { } problem)
                    unreadable.Add($"{stereotype.PropertyKey(property.Key)} = \"{value}\" cannot be read ({problem.TrimEnd('.')})");
            }
            if (missing.Count == 0 && unreadable.Count == 0) continue;
            var parts = new List<string>();
            if (missing.Count > 0)
            {
                var what = AiTerms.List(missing.Select(p => $"{p.Key} ({p.Description.ToLowerInvariant()})").ToList());
                var how = AiTerms.List(missing.Select(p => Examples.GetValueOrDefault(stereotype.Label + "." + p.Key)
                    ?? $".Set(\"{p.Key}\", …)").ToList());
                var keys = AiTerms.List(missing.Select(p => stereotype.PropertyKey(p.Key)).ToList());
                parts.Add($"lacks {what}. Set {(missing.Count == 1 ? "it" : "them")} with {how}, or the propert{(missing.Count == 1 ? "y" : "ies")} {keys}");
            }
            if (unreadable.Count > 0)
                parts.Add($"{(missing.Count > 0 ? "also, " : string.Empty)}{AiTerms.List(unreadable)}; write {(unreadable.Count == 1 ? "it" : "them")} in the form the typed setter produces");
            context.Report(InspectionRules.StereotypeProperties, element,
                $"{AiTerms.Subject(context, element)} {string.Join(". ", parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))}.");
        }
    }

    private static string? ProblemOnce(Dictionary<(string, string, string), string?> problems, StereotypedElement handle, string key, string value)
    {
        var id = (handle.Stereotype.Name, key, value);
        if (!problems.TryGetValue(id, out var problem)) problems[id] = problem = Problem(handle, key);
        return problem;
    }

    /// <summary>Why a present value cannot be read, or null when it reads.</summary>
    private static string? Problem(StereotypedElement handle, string key)
    {
        try
        {
            object? _ = (handle, key) switch
            {
                (MlModel m, "primaryMetric") => m.PrimaryMetric,
                (MlModel m, "confidence") => m.Confidence,
                (MlModel m, "latency") => m.Latency,
                (DataPipeline d, "schedule") => d.Schedule,
                (DataPipeline d, "sla") => d.Sla,
                (FeatureStore f, "featureCount") => f.FeatureCount,
                (FeatureStore f, "refresh") => f.Refresh,
                (HumanInTheLoop h, "responseSla") => h.ResponseSla,
                _ => null,
            };
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return e.Message;
        }
    }
}
