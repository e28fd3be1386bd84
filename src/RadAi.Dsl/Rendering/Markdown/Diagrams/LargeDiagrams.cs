using System.Globalization;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes a flowchart that may be too large for one readable picture: small enough, as it is; otherwise one diagram
/// per subgraph (a group, a region, a stage), each with the nodes its members share an edge with, and a sentence that
/// says so. A part whose longest chain is more than <see cref="MaxChain"/> elements (a picture that long is wider or
/// taller than a page) is drawn in pictures around halves of its members, a sentence naming what each holds and what
/// follows. A part still too large is cut, and the sentence above it says how much was left out: never silently.
/// </summary>
internal static class LargeDiagrams
{
    /// <summary>The most nodes one diagram draws.</summary>
    public const int MaxNodes = 15;

    /// <summary>The most edges one diagram draws.</summary>
    public const int MaxEdges = 16;

    /// <summary>The most elements one chain of a part may pass through (Mermaid lays each out a rank further).</summary>
    public const int MaxChain = 6;

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
        foreach (var (title, members) in parts) Pieces(markdown, chart, title, members, drawn);
        // Elements in no subgraph that no part reached (they relate only to each other) get a part of their own.
        var left = ungrouped.Where(id => !drawn.Contains(id)).ToList();
        if (left.Count > 0) Part(markdown, chart, "Elements in no " + partNoun, left, drawn);
    }

    // A part drawn whole, or, when its longest chain is too long, in pictures around halves of its members.
    private static void Pieces(MarkdownWriter markdown, RadAiFlowchart chart, string title, IReadOnlyList<string> members, HashSet<string> drawn)
    {
        var pieces = new List<IReadOnlyList<string>>();
        Halve(chart, members, pieces);
        if (pieces.Count == 1)
        {
            Part(markdown, chart, title, members, drawn);
            return;
        }
        markdown.Paragraph($"{Markup.Strong(title)}: a chain of its relationships passes more than {MaxChain.ToString(CultureInfo.InvariantCulture)} elements, "
                           + $"longer than one picture shows readably; it is drawn in {pieces.Count.ToString(CultureInfo.InvariantCulture)} pictures, each around some of its elements.");
        for (var i = 0; i < pieces.Count; i++)
        {
            var around = "around " + AiTerms.List([.. pieces[i].Select(chart.NameOf)]);
            var rest = i + 1 < pieces.Count ? "; " + AiTerms.List([.. pieces[i + 1].Select(chart.NameOf)]) + (pieces[i + 1].Count == 1 ? " follows" : " follow") + " in the next picture" : string.Empty;
            Part(markdown, chart, title + ", picture " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of " + pieces.Count.ToString(CultureInfo.InvariantCulture),
                char.ToUpperInvariant(around[0]) + around[1..] + rest + ".", pieces[i], drawn);
        }
    }

    // The members as they are when their part's chain is short enough (or one member is left), else each half in turn.
    private static void Halve(RadAiFlowchart chart, IReadOnlyList<string> members, List<IReadOnlyList<string>> pieces)
    {
        if (members.Count < 2 || chart.Part(members, MaxNodes, MaxEdges, out _, out _).LongestChain() <= MaxChain)
        {
            pieces.Add(members);
            return;
        }
        var half = (members.Count + 1) / 2;
        Halve(chart, [.. members.Take(half)], pieces);
        Halve(chart, [.. members.Skip(half)], pieces);
    }

    private static void Part(MarkdownWriter markdown, RadAiFlowchart chart, string title, IReadOnlyList<string> members, HashSet<string> drawn)
        => Part(markdown, chart, title, null, members, drawn);

    // The part's heading in bold, then what it holds (when it is one of several pictures) and what was left out.
    private static void Part(MarkdownWriter markdown, RadAiFlowchart chart, string title, string? holds, IReadOnlyList<string> members, HashSet<string> drawn)
    {
        var part = chart.Part(members, MaxNodes, MaxEdges, out var wantedNodes, out var wantedEdges);
        drawn.UnionWith(part.NodeIds);
        var cut = new List<string>();
        if (part.NodeCount < wantedNodes) cut.Add(part.NodeCount.ToString(CultureInfo.InvariantCulture) + " of its " + Words.Count(wantedNodes, "element"));
        if (part.EdgeCount < wantedEdges) cut.Add(part.EdgeCount.ToString(CultureInfo.InvariantCulture) + " of its " + Words.Count(wantedEdges, "relationship"));
        var left = cut.Count == 0 ? string.Empty : string.Join(" and ", cut) + " are drawn; the others are left out of this picture.";
        if (holds is null && cut.Count == 0) markdown.Paragraph(Markup.Strong(title));
        else if (holds is null) markdown.Paragraph($"{Markup.Strong(title)}: {left}");
        else markdown.Paragraph($"{Markup.Strong(title)}: {holds}{(cut.Count == 0 ? string.Empty : " " + left)}");
        markdown.Mermaid(part);
    }

    private static List<string> Members(RadAiFlowchart chart, string subgraphId) => [.. chart.MembersOf(subgraphId)];
}
