namespace RadAi.Dsl.Diff;

/// <summary>
/// The RAD-AI part of a diff, read through the typed registers of both workspaces: entries paired by their id (or,
/// for entries about one element, by the element's canonical name), then compared fact by fact. A change no listed
/// fact explains is reported as "other facts changed", so nothing that differs goes unmentioned.
/// </summary>
internal static class RegisterComparison
{
    public static void Compare(RadAiModel before, RadAiModel after, List<ArchitectureChange> changes)
    {
        Compare(changes, DiffArea.ModelRegistry, "model", before.Registry.Models, after.Registry.Models, m => m.Id,
            "registered", "removed from the registry",
            [
                new("name", m => m.Name),
                new("status", m => m.Status?.ToString(), (_, a) => a.Status == ModelStatus.Retired ? "retired" : null),
                new("serving mode", m => m.ServingMode),
                new("framework", m => m.Framework),
                new("owner", m => m.Owner),
                new("element", m => m.Element.CanonicalName),
            ],
            // the version history grows with every promotion; the promotion itself is reported from the element's version
            m => m with { Versions = [] });

        Compare(changes, DiffArea.NonDeterminismBoundary, "confidence gate", before.Boundary.Gates, after.Boundary.Gates, g => g.Id,
            null, null,
            [
                new("threshold", g => g.Threshold is { } t ? RadAiText.Confidence(t) : null),
                new("thresholds", g => g.Thresholds.Count == 0 ? null : string.Join("; ", g.Thresholds)),
                new("rule", g => g.Rule),
                new("below threshold", g => g.ActionBelow),
                new("at or above", g => g.ActionAbove),
                new("fallback", g => g.Fallback?.Name),
                new("model", g => g.Component.Name),
                new("metric", g => g.Metric),
            ]);
        Compare(changes, DiffArea.NonDeterminismBoundary, "fallback", before.Boundary.Fallbacks, after.Boundary.Fallbacks, f => f.Id,
            null, null, [new("name", f => f.Name), new("for", f => f.For.Name), new("trigger", f => f.Trigger)]);

        IfDifferent(changes, DiffArea.Compliance, "AI system", "risk class",
            before.Compliance.Profile?.RiskClassification?.ToString(), after.Compliance.Profile?.RiskClassification?.ToString());
        Compare(changes, DiffArea.BoundaryDelineation, "AI component", before.BoundaryDelineation.Components, after.BoundaryDelineation.Components,
            c => c.Component.CanonicalName, null, null,
            [
                new("risk class", c => c.RiskClassification?.ToString(), Area: DiffArea.Compliance),
                new("type", c => c.Type?.ToString()),
                new("criticality", c => c.Criticality?.ToString()),
                new("fallback strategy", c => c.FallbackStrategy),
                new("confidence", c => c.Confidence?.ToString()),
            ],
            subject: c => c.Component.Name);

        Compare(changes, DiffArea.DataPipelines, "pipeline", before.Pipelines.Pipelines, after.Pipelines.Pipelines, p => p.Id,
            null, null,
            [
                new("mode", p => Words.Of(p.Mode)),
                new("freshness SLA", p => p.FreshnessSla.ToString()),
                new("schedule", p => p.Schedule?.ToString()),
                new("owner", p => p.Owner),
                new("engine", p => p.Engine),
            ]);

        Compare(changes, DiffArea.Operations, "drift detection of", before.Operations.DriftDetection, after.Operations.DriftDetection,
            d => d.Component.CanonicalName + "\n" + d.Type, null, null,
            [
                new("threshold", d => d.Threshold.ToString()),
                new("check frequency", d => d.CheckFrequency.ToString()),
                new("method", d => Words.Of(d.Method)),
                new("action", d => d.Action),
            ],
            subject: d => d.Component.Name + (d.Type is { } type ? $" ({Words.Of(type).ToLowerInvariant()} drift)" : string.Empty));

        Compare(changes, DiffArea.Debt, "debt item", before.Debt.Items, after.Debt.Items, d => d.Id,
            "opened", "removed from the register",
            [
                new("severity", d => Words.Of(d.Severity)),
                new("status", d => d.Status?.ToString(), (b, a) => a.Status == DebtStatus.Mitigated && b.Status != DebtStatus.Mitigated ? "resolved" : null),
                new("mitigation", d => d.Mitigation),
                new("owner", d => d.Owner),
                new("description", d => d.Description),
            ]);

        Compare(changes, DiffArea.QualityScenarios, "quality scenario", before.QualityScenarios.Scenarios, after.QualityScenarios.Scenarios, q => q.Id,
            null, null,
            [
                new("attribute", q => q.Attribute.ToString()),
                new("stimulus", q => q.Stimulus),
                new("response", q => q.Response),
                new("response measure", q => q.ResponseMeasure),
                new("priority", q => q.Priority?.ToString()),
            ]);

        Compare(changes, DiffArea.Decisions, "AI-ADR", before.Decisions.All, after.Decisions.All, d => d.Id,
            null, null,
            [
                new("title", d => d.Title),
                new("status", d => Words.Of(d.Status), (_, a) => a.Status == DecisionStatus.Superseded ? "superseded" : null),
                new("superseded by", d => d.SupersededBy),
                new("outcome", d => d.Outcome),
            ]);
    }

    private static void Compare<T>(List<ArchitectureChange> changes, DiffArea area, string noun, IReadOnlyList<T> before, IReadOnlyList<T> after,
        Func<T, string> key, string? addedMeaning, string? removedMeaning, IReadOnlyList<RegisterFact<T>> facts,
        Func<T, T>? comparable = null, Func<T, string>? subject = null)
        where T : notnull
    {
        string Subject(T entry) => noun + " " + (subject ?? key)(entry);
        ModelComparison.Pair(before, after, key,
            removed: e => changes.Add(ModelComparison.Whole(area, ChangeKind.Removed, Subject(e), removedMeaning)),
            added: e => changes.Add(ModelComparison.Whole(area, ChangeKind.Added, Subject(e), addedMeaning)),
            both: (b, a) =>
            {
                var found = changes.Count;
                foreach (var fact in facts)
                    ModelComparison.IfDifferent(changes, fact.Area ?? area, Subject(a), fact.Field, fact.Value(b), fact.Value(a),
                        meaning: fact.Meaning?.Invoke(b, a));
                var same = comparable is null ? Equals(b, a) : Equals(comparable(b), comparable(a));
                if (changes.Count == found && !same)
                    changes.Add(new ArchitectureChange { Area = area, Kind = ChangeKind.Changed, Subject = Subject(a) });
            });
    }

    private static void IfDifferent(List<ArchitectureChange> changes, DiffArea area, string subject, string field, string? before, string? after)
        => ModelComparison.IfDifferent(changes, area, subject, field, before, after);
}
