using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E8: serving groups — which models are served together, and their latency and availability commitments.</summary>
internal static class ServingGroupsSection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<ServingGroup> groups)
        => markdown.Heading(2, "Serving").Table(
            ["Serving group", "Models", "Mode", "Infrastructure", "Latency SLA", "Availability SLA", "Throughput", "Scaling"],
            groups.Select(g => (IReadOnlyList<Markup>)[g.Name, StatedWords.Names(g.Models), StatedWords.Of(g.Mode), StatedWords.Of(g.Infrastructure),
                StatedWords.Of(g.LatencySla), StatedWords.Of(g.AvailabilitySla), StatedWords.Of(g.Throughput), StatedWords.Of(g.Scaling)]),
            "No serving groups are recorded.");
}
