using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E3: the feature store topology — its online, offline and other stores, their technology and latency.</summary>
internal static class FeatureStoreTopologySection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<FeatureStoreTier> tiers)
        => markdown.Heading(3, "Feature store topology").Table(
            ["Store", "Feature store", "Kind", "Technology", "Latency", "Freshness", "Serves"],
            tiers.Select(t => (IReadOnlyList<Markup>)[t.Name, StatedWords.Of(t.FeatureStore), StatedWords.Of(t.Kind), StatedWords.Of(t.Technology),
                StatedWords.Of(t.Latency), StatedWords.Of(t.Freshness), StatedWords.Of(t.Serves)]),
            "No feature store topology is recorded.");
}
