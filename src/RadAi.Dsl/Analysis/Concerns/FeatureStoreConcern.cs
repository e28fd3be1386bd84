using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Feature store architecture and sharing: [FS] elements (C4-E1) and the feature groups they serve (E3).</summary>
internal sealed class FeatureStoreConcern : GapConcern
{
    public override string Id => "feature-store";

    public override string Title => "Feature store architecture and sharing";

    public override string StandardRule =>
        "None: without its stereotype a feature store is one more container, like a database; feature groups and who shares them have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var stores = ai.Stereotypes.FeatureStores;
        yield return Check("[FS] stereotyped elements", RadAiExtension.C4E1, stores.Count,
            () => $"{Count(stores.Count, "feature store")} ({Names(stores.Select(s => s.Name))})");
        var groups = ai.Pipelines.FeatureGroups;
        yield return Check("feature groups", RadAiExtension.E3, groups.Count,
            () => $"{Count(groups.Count, "feature group")} ({Names(groups.Select(g => g.Name))}) with {Count(groups.Sum(g => g.Consumers.Count), "consumer")}");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Stereotypes.FeatureStores.Select(s => s.Element)
            .Concat(ai.Pipelines.FeatureGroups.Where(g => g.Store is not null).Select(g => g.Store!.Value.Element));
}
