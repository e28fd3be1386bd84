using RadAi.Dsl.Rendering;
using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E7: the AI debt register by category (with id prefixes), the computed summary, the debt dependency map and the review cadence.</summary>
internal sealed class AiDebtRegisterRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/arc42-extensions/11-ai-debt-register.md";

    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => DocumentPath;

    public override string Title => "E7 AI debt register";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var debt = context.Ai.Debt;
        markdown.Paragraph("arc42 §11 extended for AI: machine-learning debt in the seven categories of Sculley et al., "
                           + "each item with an id whose prefix names its category. The summary below is counted from the register.");

        markdown.Heading(2, "Debt by category");
        var summary = debt.Summary;
        foreach (var category in summary.Rows.Select(r => r.Category).ToList())
        {
            var items = debt.FindAll(category);
            var prefix = category.Prefix ?? RadAiText.List(items.Select(i => i.Id.Split('-')[0]).Distinct());
            markdown.Heading(3, prefix is null ? category.Name : category.Name + " (" + prefix + ")");
            if (Meaning(category) is { } meaning) markdown.Paragraph(meaning);
            markdown.Table(["ID", "Description", "Severity", "Affected components", "Mitigation plan", "Effort", "Owner", "Status"],
                items, i => [i.Id, Description(i), Words.Of(i.Severity), Affected(i), i.Mitigation, i.Effort, i.Owner, Status(i)],
                category.Prefix is { } p ? $"No {category.Name.ToLowerInvariant()} items ({p}-…) are recorded." : $"No {category.Name} items are recorded.");
        }

        markdown.Heading(2, "Debt summary");
        if (debt.Items.Count == 0) markdown.Note("The register is empty: no AI debt items are recorded.");
        else
        {
            var totals = summary.Totals;
            markdown.Paragraph(Words.Count(totals.Total, "item") + ": " + totals.Open + " open, " + totals.Mitigated + " mitigated, " + totals.Accepted + " accepted"
                               + (totals.OtherStatus > 0 ? ", " + totals.OtherStatus + " with another status" : string.Empty)
                               + (totals.StatusNotStated > 0 ? ", " + totals.StatusNotStated + " with status " + MarkdownText.NotStated : string.Empty) + ".");
            // Columns for other and unstated statuses show only when an item has one: an unstated status is never counted as open.
            var other = totals.OtherStatus > 0;
            var unstated = totals.StatusNotStated > 0;
            IReadOnlyList<Markup> Counts(DebtSummaryRow r) =>
                [N(r.Open), N(r.Mitigated), N(r.Accepted), .. other ? new Markup[] { N(r.OtherStatus) } : [], .. unstated ? new Markup[] { N(r.StatusNotStated) } : [], N(r.Total)];
            IReadOnlyList<string> Columns(params string[] first) =>
                [.. first, "Open", "Mitigated", "Accepted", .. other ? new[] { "Other status" } : [], .. unstated ? new[] { "Status not stated" } : [], "Total"];
            markdown.Heading(3, "By category and status").Table(Columns("Category", "Prefix"),
                [.. summary.Rows.Select(r => (IReadOnlyList<Markup>)[r.Category.Name, r.Category.Prefix, .. Counts(r)]),
                 [Markup.Strong("Total"), Markup.NotApplicable, .. Counts(totals)]],
                "No items.");
            var severities = Enum.GetValues<Severity>().Reverse().Cast<Severity?>().ToList();
            if (summary.SeverityNotStated > 0) severities.Add(null);
            markdown.Heading(3, "By severity and status").Table(Columns("Severity"),
                [.. severities.Select(s => (IReadOnlyList<Markup>)[Words.Of(s) ?? "Severity " + MarkdownText.NotStated, .. Counts(BySeverity(debt, s))]),
                 [Markup.Strong("Total"), .. Counts(totals)]],
                "No items.");
        }

        markdown.Heading(2, "Debt dependency map");
        if (debt.Interactions.Count == 0) markdown.Note("No interactions between debt items are recorded.");
        else
        {
            markdown.Paragraph("How one item makes another worse. Colour shows severity; mitigated and accepted items have a dashed border.");
            markdown.Mermaid(DependencyMap(debt));
        }

        markdown.Heading(2, "Review cadence");
        var review = debt.Review;
        markdown.Facts(review is null ? [] :
            [("Review frequency", Join(review.Frequency?.ToString(), review.FrequencyNote)), ("Debt owner", review.Owner),
             ("Escalation threshold", review.EscalationThreshold), ("Reporting", review.Reporting)],
            "No review cadence is recorded.");
    }

    // The counts of the items of one severity (or of those whose severity is not stated), by status.
    private static DebtSummaryRow BySeverity(DebtRegister debt, Severity? severity)
        => DebtSummary.Row(default, debt.Items.Where(i => i.Severity == severity).ToList());

    private static RadAiFlowchart DependencyMap(DebtRegister debt)
    {
        var chart = new RadAiFlowchart("TD");
        var involved = debt.Items.Where(i => debt.Interactions.Any(x => x.From == i.Id || x.To == i.Id)).ToList();
        foreach (var item in involved)
            chart.Node("debt " + item.Id, [item.Id, item.Title ?? item.Description, StatedFacts(item)]);
        foreach (var x in debt.Interactions) chart.Edge(chart.Id("debt " + x.From), chart.Id("debt " + x.To), x.Effect);
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            var css = severity switch
            {
                Severity.Critical => "fill:#ef9a9a,stroke:#b71c1c,color:#000000",
                Severity.High => "fill:#ffcc80,stroke:#e65100,color:#000000",
                Severity.Medium => "fill:#fff59d,stroke:#f9a825,color:#000000",
                _ => "fill:#c8e6c9,stroke:#2e7d32,color:#000000",
            };
            chart.Class("severity_" + severity.ToString().ToLowerInvariant(), css,
                involved.Where(i => i.Severity == severity).Select(i => chart.Id("debt " + i.Id)));
        }
        chart.Class("settled", "stroke-dasharray:5 5", involved.Where(i => i.Status is { } status && status != DebtStatus.Open).Select(i => chart.Id("debt " + i.Id)));
        return chart;
    }

    private static string? Meaning(DebtCategory category)
    {
        if (category == DebtCategory.BoundaryErosion) return "The line between ML components and the rest of the system blurs, so changes become risky.";
        if (category == DebtCategory.Entanglement) return "Inputs and behaviour of models depend on each other: changing anything changes everything.";
        if (category == DebtCategory.HiddenFeedbackLoops) return "Model outputs flow back into their own training data and reinforce themselves.";
        if (category == DebtCategory.DataDependency) return "Data dependencies that are unstable, barely used or poorly understood.";
        if (category == DebtCategory.Pipeline) return "Data pipelines, feature engineering and preprocessing that are complex and fragile.";
        if (category == DebtCategory.Configuration) return "Hyperparameters, flags and thresholds spread so widely that they are hard to test and audit.";
        if (category == DebtCategory.ModelStaleness) return "Models left untrained while the data they see moves on.";
        return null;
    }

    // "High, open" in a diagram label: only the facts stated, a well-known status in lower case, one of the user's as written.
    private static string? StatedFacts(DebtItem i)
    {
        var status = i.Status is { } s ? s.IsWellKnown ? s.Name.ToLowerInvariant() : s.Name : null;
        var text = string.Join(", ", new[] { Words.Of(i.Severity), status }.OfType<string>());
        return text.Length == 0 ? null : text;
    }

    private static string Description(DebtItem i) => i.Title is null ? i.Description : i.Title + ": " + i.Description;

    private static string? Affected(DebtItem i) => Join(RadAiText.Names(i.Affects), i.AffectsNote);

    private static string? Status(DebtItem i) => WithNote(i.Status?.Name, i.StatusNote);

    // "Open (ongoing)", the note alone when no status is stated.
    private static string? WithNote(string? status, string? note) => status is null ? note : note is null ? status : status + " (" + note + ")";

    private static string? Join(string? first, string? second)
        => first is null ? second : second is null ? first : first + "; " + second;

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
