using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E8: serving groups — which models are served together, and their latency and availability commitments.</summary>
internal static class ServingGroupsSection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<ServingGroup> groups)
        => markdown.Heading(2, "Serving").Table(
            ["Serving group", "Models", "Mode", "Infrastructure", "Latency SLA", "Availability SLA", "Throughput", "Scaling"],
            groups.Select(g => (IReadOnlyList<Markup>)[g.Name, StatedText.Names(g.Models), StatedText.Of(g.Mode), StatedText.Of(g.Infrastructure),
                StatedText.Of(g.LatencySla), StatedText.Of(g.AvailabilitySla), StatedText.Of(g.Throughput), StatedText.Of(g.Scaling)]),
            "No serving groups are recorded.");
}
