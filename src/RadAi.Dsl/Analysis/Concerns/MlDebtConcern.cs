using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>ML-specific technical debt: the AI debt register and the interactions between its items (E7).</summary>
internal sealed class MlDebtConcern : GapConcern
{
    public override string Id => "ml-debt";

    public override string Title => "ML-specific technical debt tracking";

    public override string StandardRule =>
        "Partial whenever the register holds items: arc42 §11 can list them as generic technical debt; none when it is empty. "
        + "The ML categories and the interactions between items have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var items = ai.Debt.Items;
        var categories = items.Select(i => i.Category).Distinct().Count();
        yield return Check("ML debt items by category", RadAiExtension.E7, items.Count,
            () => $"{Count(items.Count, "debt item")} in {Count(categories, "category")}")
            with { StandardHome = items.Count > 0 ? "arc42 §11 lists the items as generic technical debt, without their ML categories" : null };
        var interactions = ai.Debt.Interactions;
        yield return Check("debt interactions", RadAiExtension.E7, interactions.Count,
            () => $"{Count(interactions.Count, "interaction")} between items ({Names(interactions.Select(i => i.From + " → " + i.To))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai) => ai.Debt.Items.SelectMany(i => i.Affects).Select(a => a.Element);
}
