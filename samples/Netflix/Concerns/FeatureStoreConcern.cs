using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>[FS] elements (C4-E1) and the feature groups they serve (E3): RAD-AI's feature store concern, as the example words it.</summary>
internal sealed class FeatureStoreConcern : GapConcern
{
    public override string Id => "feature-store";

    public override string Title => "Feature store as an architectural element";

    public override string StandardRule =>
        "None: without the stereotype a feature store is one more container, like a database; feature groups have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai) => RadAiConcerns.FeatureStore.Evidence(ai);

    public override IEnumerable<Element> Elements(RadAiModel ai) => RadAiConcerns.FeatureStore.Elements(ai);
}
