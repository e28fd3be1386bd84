using System.Globalization;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes a flowchart that may be too large for one readable picture: small enough, as it is; otherwise one diagram
/// per subgraph (a group, a region, a stage), each with the nodes its members share an edge with, and a sentence that
/// says so. A part still too large is cut, and the sentence above it says how much was left out: never silently.
/// </summary>
internal static class LargeDiagrams
{
    /// <summary>The most nodes one diagram draws.</summary>
    public const int MaxNodes = 15;

    /// <summary>The most edges one diagram draws.</summary>
    public const int MaxEdges = 16;

    /// <summary>Writes <paramref name="chart"/> whole, or split by its subgraphs (<paramref name="partNoun"/>: "group", "region", …).</summary>
    public static void Write(MarkdownWriter markdown, RadAiFlowchart chart, string partNoun)
    {
        if (chart.NodeCount <= MaxNodes && chart.EdgeCount <= MaxEdges)
        {
            markdown.Mermaid(chart);
            return;
        }
        var parts = chart.NodeGroups.Select(g => (Title: g.HasSubgraphs ? g.Title + ", in no " + partNoun : g.Title, Members: Members(chart, g.Id))).ToList();
        var ungrouped = chart.Ungrouped;
        markdown.Paragraph(Words.Count(chart.NodeCount, "element") + " and " + Words.Count(chart.EdgeCount, "relationship")
                           + " are more than one picture shows readably (" + MaxNodes.ToString(CultureInfo.InvariantCulture) + " elements, "
                           + MaxEdges.ToString(CultureInfo.InvariantCulture) + " relationships): the diagram is drawn " + partNoun + " by " + partNoun
                           + ", each with the elements related to it.");
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (title, members) in parts) Part(markdown, chart, title, members, drawn);
        // Elements in no subgraph that no part reached (they relate only to each other) get a part of their own.
        var left = ungrouped.Where(id => !drawn.Contains(id)).ToList();
        if (left.Count > 0) Part(markdown, chart, "Elements in no " + partNoun, left, drawn);
    }

    private static void Part(MarkdownWriter markdown, RadAiFlowchart chart, string title, IReadOnlyList<string> members, HashSet<string> drawn)
    {
        var part = chart.Part(members, MaxNodes, MaxEdges, out var wantedNodes, out var wantedEdges);
        drawn.UnionWith(part.NodeIds);
        var cut = new List<string>();
        if (part.NodeCount < wantedNodes) cut.Add(part.NodeCount.ToString(CultureInfo.InvariantCulture) + " of its " + Words.Count(wantedNodes, "element"));
        if (part.EdgeCount < wantedEdges) cut.Add(part.EdgeCount.ToString(CultureInfo.InvariantCulture) + " of its " + Words.Count(wantedEdges, "relationship"));
        if (cut.Count == 0) markdown.Paragraph(Markup.Strong(title));
        else markdown.Paragraph($"{Markup.Strong(title)}: {string.Join(" and ", cut)} are drawn; the others are left out of this picture.");
        markdown.Mermaid(part);
    }

    private static List<string> Members(RadAiFlowchart chart, string subgraphId) => [.. chart.MembersOf(subgraphId)];
}
