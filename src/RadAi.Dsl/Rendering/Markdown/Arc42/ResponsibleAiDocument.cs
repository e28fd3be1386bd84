using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E4 responsible AI concepts (extends arc42 §8): the concern matrix and the fairness, explainability, oversight, transparency, privacy and safety sections.</summary>
internal sealed class ResponsibleAiDocument : MarkdownDocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => ExtensionPaths.ResponsibleAi;

    public override string Title => "E4 Responsible AI concepts";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var ai = context.Ai;
        var e4 = ai.ResponsibleAi;
        var matrix = e4.Matrix;
        var components = matrix.Select(m => m.Component).Distinct().ToList();
        var concerns = Enum.GetValues<Concern>();
        markdown.Paragraph(Markup.Of($"> **Extends:** arc42 §8 Cross-cutting concepts."));
        markdown.Paragraph($"Fairness, explainability, human oversight, transparency, privacy and safety cut across every AI component. "
                           + $"The concern matrix covers {Words.Count(components.Count, "component")} with {Words.Count(matrix.Count, "concern entry")}; "
                           + $"the sections below give the detail. Failure behaviour is in the "
                           + $"{Markup.Link("AI boundary delineation", DocumentContext.Link(Path, ExtensionPaths.BoundaryDelineation))}.");

        markdown.Heading(2, "Concern matrix");
        markdown.Paragraph("One row per component, one column per concern; a cell gives the metric, its threshold, how often it is measured and who owns it.");
        markdown.Table(["Component", .. concerns.Select(c => c.DisplayName())],
            components.Select(c => (IReadOnlyList<Markup>)[AiNames.Of(ai, c), .. concerns.Select(concern => Cell(matrix.FirstOrDefault(m => m.Component == c && m.Concern == concern)))]),
            "No concern matrix entries are recorded.");

        markdown.Heading(2, "Fairness");
        ConcernEntries(markdown, ai, matrix, Concern.Fairness);
        markdown.Heading(3, "Fairness metrics");
        markdown.Table(["Model", "Protected attributes", "Metric", "Target", "Current", "Measurement frequency"],
            e4.FairnessMetrics, f => [AiNames.Of(ai, f.Component), string.Join(", ", f.ProtectedAttributes), f.Metric, f.Target.ToString(), f.Current is { } v ? Words.Number(v) : null, FreshnessWords.Of(f.Frequency)],
            "No fairness metrics are recorded.");
        markdown.Heading(3, "Fairness dimensions");
        markdown.Table(["Dimension", "Description", "Affected models", "Measurement approach"],
            e4.FairnessDimensions, d => [d.Name, d.Description, string.Join(", ", d.AffectedModels.Select(m => AiNames.IdOf(ai, m))), d.MeasurementApproach],
            "No fairness dimensions are recorded.");
        markdown.Heading(3, "Bias detection architecture");
        markdown.Table(["Lifecycle stage", "Practice"],
            Enum.GetValues<LifecycleStage>().SelectMany(stage => e4.BiasDetection.Where(b => b.Stage == stage)), b => [Stage(b.Stage), b.Practice],
            "No bias detection practices are recorded.");
        var missing = Enum.GetValues<LifecycleStage>().Where(s => e4.BiasDetection.All(b => b.Stage != s)).Select(s => Stage(s).ToLowerInvariant()).ToList();
        if (e4.BiasDetection.Count > 0 && missing.Count > 0) markdown.Paragraph("No practice is recorded for: " + string.Join(", ", missing) + ".");

        markdown.Heading(2, "Explainability");
        ConcernEntries(markdown, ai, matrix, Concern.Explainability);
        markdown.Heading(3, "Explainability requirements");
        markdown.Table(["Model", "Explanation scope", "Method", "Audience", "Trigger"],
            e4.ExplainabilityRequirements, r => [AiNames.Of(ai, r.Component), Words.Of(r.Scope), r.Method, r.Audience, r.Trigger],
            "No explainability requirements are recorded.");
        markdown.Heading(3, "Explainability integration points");
        markdown.Table(["Component", "Explainability service", "API surface", "Latency budget"],
            e4.ExplainabilityIntegrations, i => [AiNames.Of(ai, i.Component), i.Service, i.ApiSurface, StatedWords.Under(i.LatencyBudget)],
            "No explainability integration points are recorded.");

        markdown.Heading(2, "Human oversight");
        ConcernEntries(markdown, ai, matrix, Concern.HumanOversight);
        markdown.Heading(3, "Oversight mechanisms");
        markdown.Table(["Mechanism", "Scope", "Trigger", "Authority", "Response SLA", "Frequency", "Element"],
            e4.OversightMechanisms, o => [o.Mechanism, o.Scope, o.Trigger, o.Authority, StatedWords.Within(o.ResponseSla), FreshnessWords.Of(o.Frequency), o.Element?.Name],
            "No human oversight mechanisms are recorded.");
        markdown.Heading(3, "Override and escalation");
        markdown.Facts(
        [
            ("Override mechanism", e4.Override?.OverrideMechanism), ("Override logging", e4.Override?.OverrideLogging), ("Escalation path", e4.Override?.EscalationPath),
        ], "No override or escalation policy is recorded.");
        markdown.Heading(3, "User controls");
        markdown.Table(["Control", "Effect on outputs", "Mechanism"],
            e4.UserControls, u => [u.Control, u.Effect, u.Mechanism],
            "No end-user controls are recorded.");

        markdown.Heading(2, "Transparency");
        ConcernEntries(markdown, ai, matrix, Concern.Transparency);
        markdown.Heading(3, "Disclosure requirements");
        markdown.Table(["Context", "Disclosure", "Format", "Regulation"],
            e4.Disclosures, d => [d.Context, d.Text, d.Format, d.Regulation],
            "No disclosures are recorded.");

        markdown.Heading(2, "Privacy");
        ConcernEntries(markdown, ai, matrix, Concern.Privacy);
        markdown.Heading(3, "Data protection");
        markdown.Table(["Data category", "Classification", "Usage in ML", "Handling", "Retention", "Legal basis"],
            e4.DataProtection, p => [p.Category, p.Classification, p.UsageInMl, p.Handling, p.Retention, p.LegalBasis],
            "No data protection measures are recorded.");
        PrivacyByDesignSection.Write(markdown, e4);

        markdown.Heading(2, "Safety");
        ConcernEntries(markdown, ai, matrix, Concern.Safety);
        markdown.Paragraph($"Safety-relevant failure modes and fallbacks are listed in the {Markup.Link("AI boundary delineation", DocumentContext.Link(Path, ExtensionPaths.BoundaryDelineation))}.");
    }

    private static void ConcernEntries(MarkdownWriter markdown, RadAiModel ai, IReadOnlyList<ConcernEntry> matrix, Concern concern)
        => markdown.Table(["Component", "Metric", "Threshold", "Frequency", "Owner"],
            matrix.Where(m => m.Concern == concern), m =>
                [AiNames.Of(ai, m.Component), m.Metric, m.Threshold?.ToString(), FreshnessWords.Of(m.Frequency), m.Owner],
            $"No component has a {concern.DisplayName().ToLowerInvariant()} entry in the concern matrix.");

    private static string Stage(LifecycleStage stage) => stage switch
    {
        LifecycleStage.PreTraining => "Pre-training",
        LifecycleStage.InTraining => "In training",
        LifecycleStage.PostTraining => "Post-training",
        _ => "In production",
    };

    private static string? Cell(ConcernEntry? entry)
    {
        if (entry is null) return null;
        var parts = new[] { entry.Metric, entry.Threshold?.ToString(), FreshnessWords.Of(entry.Frequency), entry.Owner }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join("; ", parts);
    }
}
