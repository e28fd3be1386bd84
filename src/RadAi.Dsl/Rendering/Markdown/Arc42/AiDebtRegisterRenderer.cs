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

    public override string Title => "AI debt register";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var debt = context.Ai.Debt;
        markdown.Paragraph("arc42 §11 extended for AI: machine-learning debt in the seven categories of Sculley et al., "
                           + "each item with an id whose prefix names its category. The summary below is counted from the register.");

        markdown.Heading(2, "Debt by category");
        foreach (var category in Enum.GetValues<DebtCategory>())
        {
            markdown.Heading(3, category.DisplayName() + " (" + category.Prefix() + ")");
            markdown.Paragraph(Meaning(category));
            markdown.Table(["ID", "Description", "Severity", "Affected components", "Mitigation plan", "Effort", "Owner", "Status"],
                debt.Of(category), i => [i.Id, Description(i), Words.Of(i.Severity), Affected(i), i.Mitigation, i.Effort, i.Owner, Status(i)],
                $"No {category.DisplayName().ToLowerInvariant()} items ({category.Prefix()}-…) are recorded.");
        }

        var summary = debt.Summary;
        markdown.Heading(2, "Debt summary");
        if (debt.Items.Count == 0) markdown.Note("The register is empty: no AI debt items are recorded.");
        else
        {
            markdown.Paragraph(Words.Count(summary.Totals.Total, "item") + ": " + summary.Totals.Open + " open, "
                               + summary.Totals.Mitigated + " mitigated, " + summary.Totals.Accepted + " accepted.");
            markdown.Heading(3, "By category and status").Table(["Category", "Prefix", "Open", "Mitigated", "Accepted", "Total"],
                [.. summary.Rows.Select(r => (IReadOnlyList<Markup>)[r.Category.DisplayName(), r.Category.Prefix(), N(r.Open), N(r.Mitigated), N(r.Accepted), N(r.Total)]),
                 [Markup.Strong("Total"), null, N(summary.Totals.Open), N(summary.Totals.Mitigated), N(summary.Totals.Accepted), N(summary.Totals.Total)]],
                "No items.");
            var severities = Enum.GetValues<Severity>().Reverse().ToList();
            markdown.Heading(3, "By severity and status").Table(["Severity", "Open", "Mitigated", "Accepted", "Total"],
                [.. severities.Select(s => (IReadOnlyList<Markup>)[Words.Of(s),
                        N(debt.Items.Count(i => i.Severity == s && i.Status == DebtStatus.Open)),
                        N(debt.Items.Count(i => i.Severity == s && i.Status == DebtStatus.Mitigated)),
                        N(debt.Items.Count(i => i.Severity == s && i.Status == DebtStatus.Accepted)),
                        N(summary.BySeverity[s])]),
                 [Markup.Strong("Total"), N(summary.Totals.Open), N(summary.Totals.Mitigated), N(summary.Totals.Accepted), N(summary.Totals.Total)]],
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

    private static RadAiFlowchart DependencyMap(DebtRegister debt)
    {
        var chart = new RadAiFlowchart("TD");
        var involved = debt.Items.Where(i => debt.Interactions.Any(x => x.From == i.Id || x.To == i.Id)).ToList();
        foreach (var item in involved)
            chart.Node("debt " + item.Id, [item.Id, item.Title ?? item.Description, Words.Of(item.Severity) + ", " + Words.Of(item.Status).ToLowerInvariant()]);
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
        chart.Class("settled", "stroke-dasharray:5 5", involved.Where(i => i.Status != DebtStatus.Open).Select(i => chart.Id("debt " + i.Id)));
        return chart;
    }

    private static string Meaning(DebtCategory category) => category switch
    {
        DebtCategory.BoundaryErosion => "The line between ML components and the rest of the system blurs, so changes become risky.",
        DebtCategory.Entanglement => "Inputs and behaviour of models depend on each other: changing anything changes everything.",
        DebtCategory.HiddenFeedbackLoops => "Model outputs flow back into their own training data and reinforce themselves.",
        DebtCategory.DataDependency => "Data dependencies that are unstable, barely used or poorly understood.",
        DebtCategory.Pipeline => "Data pipelines, feature engineering and preprocessing that are complex and fragile.",
        DebtCategory.Configuration => "Hyperparameters, flags and thresholds spread so widely that they are hard to test and audit.",
        _ => "Models left untrained while the data they see moves on.",
    };

    private static string Description(DebtItem i) => i.Title is null ? i.Description : i.Title + ": " + i.Description;

    private static string? Affected(DebtItem i) => Join(RadAiText.Names(i.Affects), i.AffectsNote);

    private static string Status(DebtItem i) => Words.Of(i.Status) + (i.StatusNote is null ? string.Empty : " (" + i.StatusNote + ")");

    private static string? Join(string? first, string? second)
        => first is null ? second : second is null ? first : first + "; " + second;

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
