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
            () => $"{Count(groups.Count, "feature group")}{FeatureCounts(groups)}, refresh rates and consumers");
    }

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
    {
        foreach (var group in ai.Pipelines.FeatureGroups) yield return (group.Name, null);
        foreach (var store in ai.Stereotypes.FeatureStores) yield return (Stereotype.FeatureStore.Name, store.Element);
    }

    protected override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Stereotypes.FeatureStores.Select(s => s.Element)
            .Concat(ai.Pipelines.FeatureGroups.Where(g => g.Store is not null).Select(g => g.Store!.Value.Element));

    // Only stated counts are summed; a group without one is named as such rather than counted as 0.
    private static string FeatureCounts(IReadOnlyList<FeatureGroup> groups)
    {
        var counted = groups.Where(g => g.FeatureCount is not null).ToList();
        var sum = counted.Count == 0 ? string.Empty : $" with {Count(counted.Sum(g => g.FeatureCount!.Value), "feature")}";
        var unstated = groups.Count - counted.Count;
        return unstated == 0 ? sum : sum + $" ({Count(unstated, "group")} with a feature count {MarkdownText.NotStated})";
    }
}
