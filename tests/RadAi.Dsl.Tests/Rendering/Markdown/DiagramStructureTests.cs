using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.EmergencyTriage;
using RadAi.Dsl.Samples.EmergencyTriage.Concerns;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Samples.Netflix.Concerns;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>
/// The diagrams read well (issue 21): one view per diagram, grouped in subgraphs, short labels, split when too large
/// with a sentence saying so, legends naming what is drawn, one palette for regions and stereotypes.
/// </summary>
public partial class DiagramStructureTests
{
    private const string Containers = "rad-ai/c4-diagrams/container-diagram.md";
    private const string Boundary = "rad-ai/c4-diagrams/non-determinism-boundary.md";
    private const string Lineage = "rad-ai/c4-diagrams/data-lineage-overlay.md";
    private const string E1 = "rad-ai/arc42-extensions/03-ai-boundary-delineation.md";
    private const string E2 = "rad-ai/arc42-extensions/05-model-registry-view.md";
    private const string E3 = "rad-ai/arc42-extensions/06-data-pipeline-view.md";

    private static readonly Lazy<DocumentSet> Netflix = new(() => new RadAiDocumentation(NetflixWorkspace.Build()) { Concerns = NetflixConcerns.All }.Render());
    private static readonly Lazy<DocumentSet> Triage = new(() => new RadAiDocumentation(TriageWorkspace.Build()) { Concerns = TriageConcerns.All }.Render());

    private static string Content(DocumentSet set, string path) => set.Find(path)?.Content ?? throw new InvalidOperationException(path + " was not generated");

    private static IReadOnlyList<string> Blocks(DocumentSet set, string path) => CoreDocumentFixtures.MermaidBlocks(Content(set, path));

    // A node declaration: an id followed by a shape's opening bracket and a quoted label.
    [GeneratedRegex("""^\s+[A-Za-z_][A-Za-z0-9_]*(\[\[|\[\(|\(\[|\(\(|\{\{|\[|\(|\{)"(.*)"(\]\]|\)\]|\]\)|\)\)|\}\}|\]|\)|\})$""", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex("""^\s+[A-Za-z_][A-Za-z0-9_]* (-->|-\.->)""", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    [GeneratedRegex("""subgraph \S+ \["([^"]*)"\]""")]
    private static partial Regex SubgraphTitle();

    [GeneratedRegex("""classDef (\S+) (\S+)""")]
    private static partial Regex ClassDef();

    [Fact]
    public void The_container_diagram_draws_the_container_view_grouped_by_the_models_groups_without_gates_or_fallbacks()
    {
        var content = Content(Netflix.Value, Containers);
        var blocks = Blocks(Netflix.Value, Containers);

        Assert.Contains("Drawn from the view `containers`", content, StringComparison.Ordinal);
        // The boundary's base view is the boundary diagram's, not a container diagram.
        Assert.DoesNotContain("`non-determinism-boundary`", content, StringComparison.Ordinal);
        var titles = blocks.SelectMany(b => SubgraphTitle().Matches(b).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in new[] { "AI Models", "Data Infrastructure", "ML Operations", "Operational AI", "Storage" }) Assert.Contains(group, titles);
        foreach (var block in blocks)
        {
            Assert.DoesNotContain("Confidence Gate", block, StringComparison.Ordinal);
            Assert.DoesNotContain("Deterministic Fallback", block, StringComparison.Ordinal);
            Assert.DoesNotContain("CustomElement", block, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_container_node_shows_its_name_its_stereotype_and_at_most_one_short_fact()
    {
        foreach (var block in Blocks(Netflix.Value, Containers).Concat(Blocks(Triage.Value, Containers)))
            foreach (Match node in NodeLine().Matches(block))
            {
                var lines = node.Groups[2].Value.Split("<br>");
                Assert.InRange(lines.Length, 1, 3);
                if (lines.Length == 3) Assert.InRange(lines[2].Length, 1, StereotypeAnnotations.KeyFactLength + 10); // escapes lengthen it a little
            }
        // The monitor's many metrics are a count on its node; the list lives in the tables.
        Assert.Contains(Blocks(Netflix.Value, Containers), b => b.Contains("ML Observability<br>#91;MON#93;<br>5 metrics", StringComparison.Ordinal));
    }

    [Fact]
    public void A_view_too_large_for_one_picture_is_drawn_group_by_group_and_the_text_says_so()
    {
        var content = Content(Netflix.Value, Containers);
        Assert.Contains("more than one picture shows readably", content, StringComparison.Ordinal);
        Assert.Contains("drawn group by group", content, StringComparison.Ordinal);
        foreach (var path in new[] { Containers, Boundary, Lineage, E1, E3 })
            foreach (var set in new[] { Netflix.Value, Triage.Value })
                foreach (var block in Blocks(set, path).Where(b => b.StartsWith("flowchart", StringComparison.Ordinal)))
                {
                    // E3's workflow chains are drawn whole: only the overview goes through the split.
                    if (path == E3 && block.Contains("signal:", StringComparison.Ordinal)) continue;
                    Assert.InRange(NodeLine().Count(block), 1, LargeDiagrams.MaxNodes);
                    Assert.InRange(EdgeLine().Count(block), 0, LargeDiagrams.MaxEdges);
                }
    }

    [Fact]
    public void A_system_with_more_containers_than_one_picture_holds_is_drawn_in_pictures_with_sentences_saying_what_each_holds()
    {
        var workspace = new Workspace("Wide", "One system with many containers and no groups.");
        var system = workspace.Model.AddSoftwareSystem("Wide System", "Has many containers.");
        system.AddMlModel("Ranker", "ranks", "PyTorch"); // the RAD-AI documents are written for a model with AI elements
        Container? previous = null;
        for (var i = 1; i <= 40; i++)
        {
            var container = system.AddContainer("Service " + i, "Does part " + i + ".", "Java");
            previous?.Uses(container, "calls");
            previous = container;
        }
        var content = new RadAiDocumentation(workspace).Render().Find(Containers)!.Content;
        var blocks = CoreDocumentFixtures.MermaidBlocks(content);

        Assert.Contains("No container view shows Wide System", content, StringComparison.Ordinal);
        Assert.Contains("41 elements and 39 relationships are more than one picture shows readably", content, StringComparison.Ordinal);
        Assert.Contains("drawn stereotype by stereotype", content, StringComparison.Ordinal);
        // The 40 services form one chain: drawn in pictures around a few of them each, every service in one.
        Assert.Contains("**Wide System, in no stereotype**: a chain of its relationships passes more than", content, StringComparison.Ordinal);
        Assert.Contains("**Wide System, in no stereotype, picture 1 of ", content, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains(blocks, b => b.Contains("Service " + i + "<br>", StringComparison.Ordinal)));
        Assert.All(blocks, b => Assert.InRange(NodeLine().Count(b), 1, LargeDiagrams.MaxNodes));
    }

    // A chain of relationships as long as a group's is drawn rank after rank: wider than a page (issue 21). The group is
    // drawn in pictures around halves of its members, each picture saying what it holds and what follows.
    [Fact]
    public void A_group_with_a_long_chain_is_drawn_in_pictures_around_halves_of_its_members_with_sentences()
    {
        var workspace = new Workspace("Long", "One system with a long chain in one group.");
        var system = workspace.Model.AddSoftwareSystem("Long System", "Has a long chain.");
        var model = system.AddMlModel("Ranker", "ranks", "PyTorch");
        model.Group = "Serving";
        Container? previous = null;
        for (var i = 1; i <= 8; i++)
        {
            var step = system.AddContainer("Step " + i, "Does step " + i + ".", "Java");
            step.Group = "Chain";
            previous?.Uses(step, "passes on");
            previous = step;
        }
        for (var i = 1; i <= 8; i++) // more elements than one picture holds: drawn group by group
        {
            var other = system.AddContainer("Other " + i, "Sits elsewhere.", "Java");
            other.Group = "Elsewhere";
            other.Uses(model, "asks");
        }
        var content = new RadAiDocumentation(workspace).Render().Find(Containers)!.Content;

        Assert.Contains($"**Chain**: a chain of its relationships passes more than {LargeDiagrams.MaxChain} elements", content, StringComparison.Ordinal);
        Assert.Contains("**Chain, picture 1 of 2**: Around Step 1, Step 2, Step 3 and Step 4; Step 5, Step 6, Step 7 and Step 8 follow in the next picture.", content, StringComparison.Ordinal);
        Assert.Contains("**Chain, picture 2 of 2**: Around Step 5, Step 6, Step 7 and Step 8.", content, StringComparison.Ordinal);
        var blocks = CoreDocumentFixtures.MermaidBlocks(content);
        // Every step is drawn, each picture's chain is short enough.
        Assert.All(Enumerable.Range(1, 8), i => Assert.Contains(blocks, b => b.Contains("Step " + i + "<br>", StringComparison.Ordinal)));
        Assert.All(blocks.Where(b => b.Contains("Step", StringComparison.Ordinal)), b => Assert.InRange(Regex.Count(b, "passes on"), 0, LargeDiagrams.MaxChain - 1));
    }

    [Fact]
    public void The_lifecycle_draws_one_row_per_model_in_the_order_of_its_table()
    {
        var content = Content(Netflix.Value, E2);
        var table = content.Split('\n').SkipWhile(l => !l.StartsWith("## Model inventory", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| MDL-", StringComparison.Ordinal)).Select(l => l.Split(" | ")[0].TrimStart('|', ' ')).ToList();
        var block = Blocks(Netflix.Value, E2).First(b => b.Contains("subgraph", StringComparison.Ordinal));
        var rows = SubgraphTitle().Matches(block).Select(m => m.Groups[1].Value.Split(' ')[0]).ToList();

        Assert.NotEmpty(table);
        // Mermaid stacks unconnected subgraphs bottom-up in declaration order: declared in reverse, they read in the table's order.
        Assert.Equal(table, Enumerable.Reverse(rows));
        Assert.Equal(rows.Count, Regex.Count(block, "direction LR"));
    }

    [Fact]
    public void Regions_and_stereotypes_have_the_same_colours_in_every_diagram()
    {
        foreach (var set in new[] { Netflix.Value, Triage.Value })
        {
            var blocks = set.Select(d => d.Path).Where(p => p.EndsWith(".md", StringComparison.Ordinal)).SelectMany(p => Blocks(set, p)).ToList();
            // One style per stereotype class across every diagram.
            var classes = blocks.SelectMany(b => ClassDef().Matches(b)).Where(m => m.Groups[1].Value.StartsWith("st_", StringComparison.Ordinal))
                .GroupBy(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(classes);
            Assert.All(classes, g => Assert.Single(g.Select(m => m.Groups[2].Value).Distinct()));
            // Every region drawn in E1 and in the boundary diagram has the palette's colours.
            foreach (var region in new[] { Region.Deterministic, Region.NonDeterministic, Region.Boundary, Region.Fallback })
            {
                var style = DiagramPalette.RegionStyle(region);
                foreach (var path in new[] { E1, Boundary })
                    foreach (var block in Blocks(set, path))
                        foreach (Match styleLine in Regex.Matches(block, @"style (sg_\S+|s\d+) (\S+)"))
                            Assert.DoesNotContain(styleLine.Groups[2].Value, WrongRegionStyles);
                Assert.Contains(Blocks(set, Boundary).Concat(Blocks(set, E1)), b => b.Contains(style, StringComparison.Ordinal));
            }
            Assert.Contains(Blocks(set, E1), b => b.Contains(DiagramPalette.RegionStyle(Region.NonDeterministic), StringComparison.Ordinal));
        }
    }

    // Styles that are no region's: a region subgraph never has Mermaid's default look or another palette's colours.
    private static readonly string[] WrongRegionStyles = ["fill:#ffffde", "fill:#fff3e0,stroke:#e65100"];

    [Fact]
    public void The_stereotype_legend_names_the_shape_Mermaid_draws()
    {
        var content = Content(Netflix.Value, Containers);
        var legend = content.Split('\n').SkipWhile(l => !l.StartsWith("## Stereotypes", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("## Container", StringComparison.Ordinal)).ToList();
        Assert.Contains(legend, l => l.Contains("Drawn as", StringComparison.Ordinal));
        var drawable = Enum.GetValues<FlowchartShape>().Select(DiagramPalette.ShapeName).ToHashSet(StringComparer.Ordinal);
        foreach (var row in legend.Where(l => l.StartsWith("| &lt;&lt;", StringComparison.Ordinal) || l.StartsWith("| <<", StringComparison.Ordinal) || l.StartsWith("| \\<\\<", StringComparison.Ordinal)))
        {
            var drawnAs = row.TrimEnd('|', ' ').Split(" | ")[^1];
            Assert.Contains(drawnAs.Split(", ")[0], drawable);
        }
        Assert.DoesNotContain("| Pipe,", content, StringComparison.Ordinal);
        Assert.DoesNotContain("| Ellipse,", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Structurizr_shapes_map_to_shapes_Mermaid_draws_and_names()
    {
        Assert.Equal(FlowchartShape.Subroutine, DiagramPalette.ShapeOf(Shape.Pipe));
        Assert.Equal(FlowchartShape.Stadium, DiagramPalette.ShapeOf(Shape.Ellipse));
        Assert.Equal("box with side bars", DiagramPalette.ShapeName(DiagramPalette.ShapeOf(Shape.Pipe)));
        Assert.Equal("pill", DiagramPalette.ShapeName(DiagramPalette.ShapeOf(Shape.Ellipse)));
        Assert.Equal(Enum.GetValues<FlowchartShape>().Length, Enum.GetValues<FlowchartShape>().Select(DiagramPalette.ShapeName).Distinct().Count());
    }
}
