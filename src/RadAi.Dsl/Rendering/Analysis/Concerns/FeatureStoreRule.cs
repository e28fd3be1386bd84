using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 6: [FS] elements (C4-E1) and the feature groups they serve (E3).</summary>
internal sealed class FeatureStoreRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.FeatureStore;

    public override string StandardRule =>
        "Partial when a feature group's name appears in the text of an element or relationship, or a [FS] element's own text calls it a feature store; "
        + "none otherwise. Without the stereotype a feature store is one more container, like a database.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var stores = ai.Stereotypes.FeatureStores;
        yield return Check("[FS] stereotyped elements", RadAiExtension.C4E1, stores.Count,
            () => $"{Count(stores.Count, "feature store")} ({Names(stores.Select(s => s.Name))})");
        var groups = ai.Pipelines.FeatureGroups;
        yield return Check("feature groups", RadAiExtension.E3, groups.Count,
            () => $"{Count(groups.Count, "feature group")} with {Features(groups)}, refresh rates and consumers");
    }

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
    {
        foreach (var group in ai.Pipelines.FeatureGroups) yield return (group.Name, null);
        foreach (var store in ai.Stereotypes.FeatureStores) yield return (Stereotype.FeatureStore.Name, store.Element);
    }

    protected override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Stereotypes.FeatureStores.Select(s => s.Element)
            .Concat(ai.Pipelines.FeatureGroups.Where(g => g.Store is not null).Select(g => g.Store!.Value.Element));

    // The typed counts summed; groups whose count is words or unstated are named as such, never counted as zero.
    private static string Features(IReadOnlyList<FeatureGroup> groups)
    {
        var typed = groups.Select(g => g.FeatureCount).OfType<Quantity>().ToList();
        var text = Count((int)typed.Sum(q => q.Value), "feature");
        var rest = groups.Count - typed.Count;
        return rest == 0 ? text : text + $" (the count of {Count(rest, "group")} is not stated as a number)";
    }
}
