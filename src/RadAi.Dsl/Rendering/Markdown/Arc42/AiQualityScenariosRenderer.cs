using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E6: AI quality attribute definitions and the quality scenarios, grouped by attribute, with a summary.</summary>
internal sealed class AiQualityScenariosRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/arc42-extensions/10-ai-quality-scenarios.md";

    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => DocumentPath;

    public override string Title => "E6 AI quality scenarios";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var quality = context.Ai.QualityScenarios;
        markdown.Paragraph("arc42 §10 extended for AI: scenarios for qualities that response time and availability do not capture, "
                           + "such as how fresh a model is, how much drift it tolerates, whether it can explain itself and treats groups fairly. "
                           + "Each scenario reads source → stimulus → artifact → environment → response → response measure.");

        markdown.Heading(2, "Quality attribute definitions").Table(["Quality attribute", "Definition", "Why it matters"],
            quality.Definitions, d => [d.Attribute.Name, d.Definition, d.WhyItMatters],
            "No AI quality attributes are defined.");

        markdown.Heading(2, "Quality scenarios");
        var attributes = quality.Definitions.Select(d => d.Attribute).Concat(quality.Scenarios.Select(s => s.Attribute)).Distinct().ToList();
        if (attributes.Count == 0) markdown.Note("No AI quality scenarios are recorded.");
        foreach (var attribute in attributes)
        {
            markdown.Heading(3, attribute.Name);
            markdown.Table(["ID", "Source", "Stimulus", "Artifact(s)", "Environment", "Response", "Response measure", "Priority"],
                quality.FindAll(attribute), s => [Label(s), s.Source, s.Stimulus, Artifacts(s), s.Environment, s.Response, s.ResponseMeasure,
                    s.Priority is { } p ? Words.Of(p) : null],
                $"No scenario covers {attribute.Name} yet.");
        }
        var uncovered = QualityAttribute.Standard.Where(a => quality.FindAll(a).Count == 0).Select(a => a.Name).ToList();
        if (uncovered.Count > 0)
            markdown.Paragraph("Standard AI quality attributes without a scenario: " + string.Join(", ", uncovered) + ".");

        // Without scenarios the section above has said so; a summary would only say it again.
        if (quality.Scenarios.Count > 0)
        {
            markdown.Heading(2, "Scenario summary").Table(["ID", "Attribute", "Title", "Artifact(s)", "Priority", "Provenance"],
                quality.Scenarios, s => [s.Id, s.Attribute.Name, s.Title, Artifacts(s), s.Priority is { } p ? Words.Of(p) : null, s.Provenance],
                "No AI quality scenarios are recorded.");
            var byPriority = quality.Scenarios.Where(s => s.Priority is not null).GroupBy(s => s.Priority!.Value).OrderByDescending(g => g.Key)
                .Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Words.Of(g.Key).ToLowerInvariant());
            markdown.Paragraph(Words.Count(quality.Scenarios.Count, "scenario") + " over " + Words.Count(attributes.Count(a => quality.FindAll(a).Count > 0), "attribute")
                               + (byPriority.Any() ? " (" + string.Join(", ", byPriority) + " priority)" : string.Empty) + ".");
        }
    }

    private static string Label(QualityScenario s) => s.Title is null ? s.Id : s.Id + ": " + s.Title;

    private static string? Artifacts(QualityScenario s)
    {
        var names = RadAiText.Names(s.Artifacts);
        return s.ArtifactNote is null ? names : names + " (" + s.ArtifactNote + ")";
    }
}
