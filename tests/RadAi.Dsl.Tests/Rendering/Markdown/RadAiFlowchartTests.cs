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
        Assert.Equal(4, chart.ToString().Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal) || l.Contains("-.->", StringComparison.Ordinal)));
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
}
