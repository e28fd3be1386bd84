using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class MermaidFlowchartTests
{
    // The edge with a technology writes its label in parts; it must be the label made as one text and escaped.
    [Fact]
    public void An_edge_with_a_technology_is_labelled_as_its_description_and_bracketed_technology()
    {
        var random = new Random(8);
        const string alphabet = "ab \r\n\t[]#;|\"é";
        string? Text() => random.Next(6) switch
        {
            0 => null,
            1 => string.Empty,
            _ => new string([.. Enumerable.Range(0, random.Next(1, 7)).Select(_ => alphabet[random.Next(alphabet.Length)])]),
        };
        var inParts = new MermaidFlowchart("TB");
        var asOne = new MermaidFlowchart("TB");
        foreach (var chart in new[] { inParts, asOne })
        {
            chart.Node("a", NodeShape.Box, "A");
            chart.Node("b", NodeShape.Box, "B");
        }
        for (var i = 0; i < 5000; i++)
        {
            var (description, technology) = (Text(), Text());
            inParts.Edge("a", "b", description, technology);
            asOne.Edge("a", "b", string.IsNullOrWhiteSpace(technology) ? description : description + "\n[" + technology + "]");
        }
        inParts.Edge("a", "b", "calls\r", "gRPC");
        asOne.Edge("a", "b", "calls\r" + "\n[gRPC]");

        Assert.Equal(asOne.ToString(), inParts.ToString());
    }

    [Fact]
    public void A_cleared_chart_draws_as_a_new_one()
    {
        static void Draw(MermaidFlowchart chart, string name)
        {
            chart.Node("p", NodeShape.Person, name);
            chart.Subgraph("System", () => chart.Node("c", NodeShape.Box, "C", MermaidLine.Kind("Container", "Java")));
            chart.Edge("p", "c", "uses", "HTTPS");
            chart.Style("c", "scope", "stroke-width:3px");
        }
        var reused = new MermaidFlowchart("TB");
        Draw(reused, "first");
        reused.Clear();
        Assert.True(reused.IsEmpty);
        Draw(reused, "second");
        var fresh = new MermaidFlowchart("TB");
        Draw(fresh, "second");

        Assert.Equal(fresh.ToString(), reused.ToString());
        Assert.Contains("#91;Container: Java#93;", reused.ToString(), StringComparison.Ordinal);
    }
}
