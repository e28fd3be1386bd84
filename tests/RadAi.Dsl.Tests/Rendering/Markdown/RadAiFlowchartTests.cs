using RadAi.Dsl.Rendering.Markdown.Diagrams;

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
}
