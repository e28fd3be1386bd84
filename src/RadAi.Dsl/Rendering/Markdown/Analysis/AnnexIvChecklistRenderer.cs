using System.Globalization;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// compliance/annex-iv-checklist.md: the EU AI Act Annex IV checklist as <see cref="AnnexIvChecklist"/> computes it
/// from the model — one row per item saying whether it is documented and by which parts of the model, or what to add.
/// </summary>
internal sealed class AnnexIvChecklistRenderer : MarkdownDocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.Analysis;

    public const string DocumentPath = "compliance/annex-iv-checklist.md";

    public override string Path => DocumentPath;

    public override string Title => "EU AI Act Annex IV checklist";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var checklist = context.Analyses.Checklist;
        var profile = checklist.Profile;
        markdown.Paragraph(
            $"Computed from the architecture model: an item counts as documented when at least one part of the model holds it. " +
            $"{checklist.DocumentedCount} of {checklist.Items.Count} items are documented. Review the result with your compliance team; " +
            "the checklist shows where the evidence is, not whether it is sufficient.");
        markdown.Facts(
            [
                ("System", checklist.SystemName),
                ("Version", profile?.Version),
                ("Risk classification", RadAiText.Risk(checklist.RiskClassification) ?? MarkdownText.NotStated),
                ("Risk rationale", profile?.RiskRationale),
                ("Intended purpose", profile?.IntendedPurpose ?? MarkdownText.NotStated),
                ("Assessor", profile?.Assessor),
                ("Assessment date", profile?.AssessmentDate?.Text),
            ], "No system facts are recorded.");

        // One system can hold components of different risk classes: each stated class is listed with its component.
        if (checklist.ComponentRisks.Count > 0)
            markdown.Heading(2, "Risk classification per component").Table(["Component", "Risk classification", "Rationale"],
                checklist.ComponentRisks.Select(c => (IReadOnlyList<Markup>)[c.Component.Name, RadAiText.Risk(c.RiskClassification), c.RiskRationale]), "");

        markdown.Heading(2, "Checklist");
        markdown.Table(["Item", "Requirement", "Status", "Documented by", "RAD-AI section"],
            checklist.Items.Select(item => (IReadOnlyList<Markup>)
            [
                item.Id,
                item.Requirement,
                item.IsDocumented ? "documented" : Markup.Strong("missing"),
                item.IsDocumented
                    ? string.Join("; ", item.Evidence.GroupBy(e => e.Part).Select(g => g.Key + ": " + string.Join(", ", g.Select(e => e.Detail))))
                    : "To document: " + item.HowToDocument,
                item.RadAiSections,
            ]), "The checklist has no items.");

        markdown.Heading(2, "Summary");
        var rows = Enum.GetValues<AnnexIvSection>().Select(section =>
        {
            var items = checklist.ItemsOf(section);
            return Row($"{(int)section}. {section.Title()}", items.Count, items.Count(i => i.IsDocumented));
        }).ToList();
        rows.Add(Row(Markup.Strong("Total"), checklist.Items.Count, checklist.DocumentedCount));
        markdown.Table(["Section", "Items", "Documented", "Coverage"], rows, "No sections.");
    }

    private static IReadOnlyList<Markup> Row(Markup section, int items, int documented)
        => [section, items.ToString(CultureInfo.InvariantCulture), documented.ToString(CultureInfo.InvariantCulture),
            (items == 0 ? 0 : (int)Math.Round(100.0 * documented / items, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + " %"];
}
