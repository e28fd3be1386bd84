using System.Text.RegularExpressions;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class RadAiFlowchartTests
{
    [Fact]
    public void Edges_and_reachability_follow_the_edges_drawn_so_far()
    {
        var chart = new RadAiFlowchart();
        var a = chart.Node("a", ["A"]);
        var b = chart.Node("b", ["B"]);
        var c = chart.Node("c", ["C"]);
        var d = chart.Node("d", ["D"]);
        chart.Edge(a, b, "one");
        chart.Edge(a, b, "two");
        chart.Edge(b, c);

        Assert.True(chart.HasEdge(a, b));
        Assert.False(chart.HasEdge(b, a));   // edges have a direction
        Assert.False(chart.HasEdge(a, c));   // reachable is not an edge
        Assert.Equal(new HashSet<string> { b, c }, chart.Reachable(a));
        Assert.Empty(chart.Reachable(d));

        chart.Edge(c, d, dotted: true);
        Assert.Contains(d, chart.Reachable(a));
        // "one" and "two" share the edge a → b.
        Assert.Equal(3, chart.ToString().Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal) || l.Contains("-.->", StringComparison.Ordinal)));
    }

    // Mermaid lays parallel and opposite edges of two nodes side by side, and their labels overlap (issue 21): a pair
    // of nodes gets one edge, its labels joined; both ways, the edge has two heads and the way back is said.
    [Fact]
    public void Two_nodes_get_one_edge_with_every_label()
    {
        var chart = new RadAiFlowchart("LR");
        var a = chart.Node("a", ["A"]);
        var b = chart.Node("b", ["B"]);
        var c = chart.Node("c", ["C"]);
        var d = chart.Node("d", ["D"]);
        chart.Edge(a, b, "≥ 0.60");
        chart.Edge(a, b, "BI-2", dotted: true);
        chart.Edge(b, a, "BI-3");
        chart.Edge(c, d);
        chart.Edge(d, c, "results", dotted: true);
        chart.Edge(a, c, "x", dotted: true);
        chart.Edge(a, c, "y", dotted: true);

        var edges = chart.ToString().Split('\n').Where(l => l.Contains("->", StringComparison.Ordinal)).ToList();
        Assert.Equal(["    a <-->|\"≥ 0.60, BI-2#59; back: BI-3\"| b", "    d <-->|\"results\"| c", "    a -.->|\"x, y\"| c"], edges);
        Assert.Equal(3, chart.EdgeCount);
        Assert.True(chart.HasEdge(b, a));
        Assert.Contains(d, chart.Reachable(c));
        Assert.Contains(c, chart.Reachable(d));
    }

    [Fact]
    public void The_longest_chain_counts_the_nodes_of_the_longest_path_and_does_not_go_round_a_cycle()
    {
        var chart = new RadAiFlowchart();
        var ids = Enumerable.Range(1, 5).Select(i => chart.Node("n" + i, ["N" + i])).ToList();
        Assert.Equal(1, chart.LongestChain());
        for (var i = 0; i < 4; i++) chart.Edge(ids[i], ids[i + 1]);
        chart.Edge(ids[0], ids[2]);
        Assert.Equal(5, chart.LongestChain());
        chart.Edge(ids[4], ids[1]); // a cycle back to the second
        Assert.Equal(5, chart.LongestChain());
    }

    // Keys that are already slugs are taken as they are (DslIdentifiers.Slug returns them): the ids must be what
    // building the slug gives, with and without the number prefix.
    [Fact]
    public void Node_ids_are_the_slugs_of_their_keys()
    {
        var random = new Random(8);
        const string alphabet = "ab_z09 -AZé_";
        var keys = new List<string> { "e_42", "e42", "_e", "e_", "e__4", "e 4", "E_4", "sg e_4", "x", "4", "" };
        for (var i = 0; i < 5000; i++) keys.Add(new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        foreach (var key in keys.Distinct())
        {
            Assert.Equal(DslIdentifiers.Slug(string.Empty, key, numberPrefix: false), new RadAiFlowchart().Id(key));
            foreach (var numberPrefix in new[] { false, true })
            {
                var built = DslIdentifiers.Slug(string.Empty, key, numberPrefix);
                Assert.Equal(DslIdentifiers.IsOwnSlug(key, numberPrefix), built == key);
                Assert.Equal(built, DslIdentifiers.Slug(key, numberPrefix));
            }
        }
    }

    [Fact]
    public void A_cleared_chart_draws_as_a_new_one()
    {
        static void Draw(RadAiFlowchart chart, string name)
        {
            var a = chart.Node("e_1", [name, "[ML]"], FlowchartShape.Cylinder);
            var b = chart.Node("e 2", ["B"]);
            chart.Subgraph("sg", "Group", [a]);
            chart.Edge(a, b, "feeds");
            chart.Class("st_ml", "fill:#fff", [a]);
            Assert.True(chart.HasEdge(a, b));
        }
        var reused = new RadAiFlowchart();
        Draw(reused, "first");
        reused.Clear();
        Assert.True(reused.IsEmpty);
        Draw(reused, "second");
        var fresh = new RadAiFlowchart();
        Draw(fresh, "second");
        Assert.Equal(fresh.ToString(), reused.ToString());
        Assert.DoesNotContain("first", reused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Subgraphs_nest_inside_their_parent_and_an_empty_one_is_not_drawn()
    {
        var chart = new RadAiFlowchart();
        var a = chart.Node("a", ["A"]);
        var b = chart.Node("b", ["B"]);
        var c = chart.Node("c", ["C"]);
        chart.Subgraph("inner", "Inner", [a], "fill:#fafafa", parentKey: "outer");
        Assert.Null(chart.Subgraph("empty", "Empty", [], parentKey: "outer"));
        chart.Subgraph("outer", "Outer", [b]);

        var text = chart.ToString();
        Assert.Contains("    subgraph sg_outer [\"Outer\"]\n        subgraph sg_inner [\"Inner\"]\n            a[\"A\"]\n        end\n", text, StringComparison.Ordinal);
        Assert.Contains("        style sg_inner fill:#fafafa\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Empty", text, StringComparison.Ordinal);
        Assert.Contains("\n    c[\"C\"]\n", text, StringComparison.Ordinal);
        Assert.Equal(new[] { ("sg_inner", "Inner", false), ("sg_outer", "Outer", true) }, chart.NodeGroups.ToArray());
        Assert.Equal(new[] { c }, chart.Ungrouped.ToArray());
    }

    [Fact]
    public void A_part_holds_the_members_and_their_neighbours_within_the_limits_and_counts_what_it_left_out()
    {
        var chart = new RadAiFlowchart("LR");
        var ids = Enumerable.Range(1, 6).Select(i => chart.Node("n" + i, ["N" + i])).ToList();
        chart.Subgraph("g", "G", [ids[0], ids[1]], "fill:#eeeeee");
        chart.Subgraph("h", "H", [ids[2], ids[3], ids[4], ids[5]]);
        for (var i = 2; i < 6; i++) chart.Edge(ids[0], ids[i], "to " + i);
        chart.Edge(ids[2], ids[3], "not touching the members");
        chart.Class("k", "fill:#ff0000", [ids[0], ids[5]]);

        var part = chart.Part([ids[0], ids[1]], maxNodes: 4, maxEdges: 1, out var wantedNodes, out var wantedEdges);

        Assert.Equal(6, wantedNodes);
        Assert.Equal(2, wantedEdges);   // n1→n3, n1→n4 are within the four nodes kept; n3→n4 does not touch a member
        Assert.Equal(4, part.NodeCount);
        Assert.Equal(1, part.EdgeCount);
        var text = part.ToString();
        Assert.StartsWith("flowchart LR\n", text, StringComparison.Ordinal);
        Assert.Contains("subgraph sg_g [\"G\"]", text, StringComparison.Ordinal);
        Assert.Contains("style sg_g fill:#eeeeee", text, StringComparison.Ordinal);
        Assert.DoesNotContain("N5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not touching", text, StringComparison.Ordinal);
        Assert.Contains("class n1 k", text, StringComparison.Ordinal);   // n6, not kept, leaves the class
    }

    [Fact]
    public void A_long_edge_label_breaks_between_words()
    {
        var chart = new RadAiFlowchart();
        var a = chart.Node("a", ["A"]);
        var b = chart.Node("b", ["B"]);
        chart.Edge(a, b, "real-time features (sub-second freshness) for <every> model");
        var c = chart.Node("c", ["C"]);
        chart.Edge(b, c, "short label");

        var text = chart.ToString();
        Assert.Contains("a -->|\"real-time features<br>#40;sub-second freshness#41;<br>for #lt;every#gt; model\"| b", text, StringComparison.Ordinal);
        Assert.Contains("b -->|\"short label\"| c", text, StringComparison.Ordinal);
        foreach (var line in Regex.Match(text, "\\|\"(.*)\"\\| b").Groups[1].Value.Split("<br>"))
            Assert.True(System.Net.WebUtility.HtmlDecode(line.Replace("#40;", "(", StringComparison.Ordinal).Replace("#41;", ")", StringComparison.Ordinal)
                .Replace("#lt;", "<", StringComparison.Ordinal).Replace("#gt;", ">", StringComparison.Ordinal)).Length <= RadAiFlowchart.EdgeLabelLine, line);
    }
}
