using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 8: the AI debt register with its categories and interactions (E7).</summary>
internal sealed class MlTechnicalDebtRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.MlTechnicalDebt;

    public override string StandardRule =>
        "Partial whenever the register holds items: arc42 section 11 can list them as generic technical debt (also when a debt id appears in an "
        + "element or relationship text); none when the register is empty. The ML categories and interactions have no standard place.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var summary = ai.Debt.Summary;
        var categories = summary.Rows.Count(r => r.Total > 0);
        yield return Check("ML debt items by category", RadAiExtension.E7, ai.Debt.Items.Count,
            () => $"{Count(summary.Totals.Total, "debt item")} in {Count(categories, "category")} ({summary.Totals.Open} open, {summary.Totals.Mitigated} mitigated, {summary.Totals.Accepted} accepted)");
        var interactions = ai.Debt.Interactions;
        yield return Check("debt interactions", RadAiExtension.E7, interactions.Count,
            () => $"{Count(interactions.Count, "interaction")} between items ({Names(interactions.Select(i => i.From + " → " + i.To))})");
    }

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
        => ai.Debt.Items.Select(i => (i.Id, (Element?)null));

    protected override string? StandardHome(RadAiModel ai)
        => ai.Debt.Items.Count > 0 ? "in arc42 section 11 the items fit only as generic technical debt, without their ML categories" : null;

    protected override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Debt.Items.SelectMany(i => i.Affects).Select(a => a.Element);
}
