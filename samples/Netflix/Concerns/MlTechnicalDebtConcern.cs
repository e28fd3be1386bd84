using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>The AI debt register with its categories and interactions (E7).</summary>
internal sealed class MlTechnicalDebtConcern : GapConcern
{
    public override string Id => "ml-technical-debt";

    public override string Title => "ML-specific technical debt";

    public override string StandardRule =>
        "Partial whenever the register holds items: arc42 section 11 can list them as generic technical debt; none when the register is empty. The ML categories and interactions have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var summary = ai.Debt.Summary;
        var categories = summary.Rows.Count(r => r.Total > 0);
        yield return Check("ML debt items by category", RadAiExtension.E7, ai.Debt.Items.Count,
            () => $"{Count(summary.Totals.Total, "debt item")} in {Count(categories, "category")} ({summary.Totals.Open} open, {summary.Totals.Mitigated} mitigated, {summary.Totals.Accepted} accepted)")
            with { StandardHome = ai.Debt.Items.Count > 0 ? "in arc42 section 11 the items fit only as generic technical debt, without their ML categories" : null };
        var interactions = ai.Debt.Interactions;
        yield return Check("debt interactions", RadAiExtension.E7, interactions.Count,
            () => $"{Count(interactions.Count, "interaction")} between items ({Names(interactions.Select(i => i.From + " → " + i.To))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Debt.Items.SelectMany(i => i.Affects).Select(a => a.Element);
}
