using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E3: the feature store topology — its online, offline and other stores, their technology and latency.</summary>
internal static class FeatureStoreTopologySection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<FeatureStoreTier> tiers)
        => markdown.Heading(3, "Feature store topology").Table(
            ["Store", "Feature store", "Kind", "Technology", "Latency", "Freshness", "Serves"],
            tiers.Select(t => (IReadOnlyList<Markup>)[t.Name, StatedText.Of(t.FeatureStore), StatedText.Of(t.Kind), StatedText.Of(t.Technology),
                StatedText.Of(t.Latency), StatedText.Of(t.Freshness), StatedText.Of(t.Serves)]),
            "No feature store topology is recorded.");
}
