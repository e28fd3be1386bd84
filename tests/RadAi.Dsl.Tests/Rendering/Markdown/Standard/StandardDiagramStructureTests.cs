using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.EmergencyTriage;
using RadAi.Dsl.Samples.Netflix;

namespace RadAi.Dsl.Tests.Rendering.Markdown.Standard;

/// <summary>
/// The standard C4/arc42 diagrams read well (issue 21) and stay standard: grouped by Structurizr group inside the scope's
/// boundary, short labels, split group by group with a sentence when too large, no RAD-AI stereotypes.
/// </summary>
public sealed partial class StandardDiagramStructureTests
{
    private const string Containers = "standard/c4/container-diagram.md";
    private const string Context = "standard/c4/system-context.md";
    private const string ContextScope = "standard/arc42/03-context-scope.md";
    private const string BuildingBlocks = "standard/arc42/05-building-block-view.md";
    private static readonly string[] Paths = [Containers, Context, ContextScope, BuildingBlocks];

    private static readonly Lazy<DocumentSet> Netflix = new(() => new RadAiDocumentation(NetflixWorkspace.Build()).Render());
    private static readonly Lazy<DocumentSet> Triage = new(() => new RadAiDocumentation(TriageWorkspace.Build()).Render());

    private static IReadOnlyList<string> Blocks(DocumentSet set, string path) => CoreDocumentFixtures.MermaidBlocks(set.Find(path)!.Content);

    [GeneratedRegex("""^\s+[A-Za-z_][A-Za-z0-9_]*(\[\(|\(\[|\[|\()"(.*)"(\)\]|\]\)|\]|\))$""", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex("""^\s+[A-Za-z_][A-Za-z0-9_]* (<?-->|<?-\.->)""", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    [GeneratedRegex("""subgraph \S+ \["([^"]*)"\]""")]
    private static partial Regex SubgraphTitle();

    [Fact]
    public void The_container_diagram_and_the_building_blocks_are_grouped_by_the_models_groups_and_drawn_group_by_group()
    {
        foreach (var path in new[] { Containers, BuildingBlocks })
        {
            var content = Netflix.Value.Find(path)!.Content;
            var titles = Blocks(Netflix.Value, path).SelectMany(b => SubgraphTitle().Matches(b).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
            foreach (var group in new[] { "AI Models", "Data Infrastructure", "ML Operations", "Operational AI", "Storage" }) Assert.Contains(group, titles);
            // A container diagram draws the system's boundary between its containers and the people and systems outside;
            // a whitebox holds only its own building blocks, so it draws no boundary around them (it made Mermaid lay the
            // groups side by side, too wide for a page).
            if (path == Containers) Assert.Contains("Netflix ML Platform #91;Software System#93;", titles);
            else Assert.DoesNotContain("Netflix ML Platform #91;Software System#93;", titles);
            Assert.Contains("more than one picture shows readably", content, StringComparison.Ordinal);
            Assert.Contains("drawn group by group", content, StringComparison.Ordinal);
            Assert.Contains("**Data Infrastructure**", content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_standard_diagram_stays_within_the_caps_with_short_plain_labels()
    {
        foreach (var set in new[] { Netflix.Value, Triage.Value })
            foreach (var path in Paths)
                foreach (var block in Blocks(set, path))
                {
                    Assert.InRange(NodeLine().Count(block), 1, LargeDiagrams.MaxNodes);
                    Assert.InRange(EdgeLine().Count(block), 0, LargeDiagrams.MaxEdges);
                    foreach (Match node in NodeLine().Matches(block))
                    {
                        // The name and its kind with technology: no description, no stereotype.
                        var lines = node.Groups[2].Value.Split("<br>");
                        Assert.Equal(2, lines.Length);
                        Assert.StartsWith("#91;", lines[1], StringComparison.Ordinal);
                    }
                    Assert.DoesNotContain("#91;ML#93;", block, StringComparison.Ordinal);
                    Assert.DoesNotContain("classDef st_", block, StringComparison.Ordinal);
                }
    }

    [Fact]
    public void A_context_diagram_draws_one_edge_per_pair_with_the_descriptions_of_both_ways()
    {
        var workspace = new Workspace("Shop");
        var shop = workspace.Model.AddSoftwareSystem("Shop", "Sells.");
        var web = shop.AddContainer("Web", "Pages", "ASP.NET");
        var bank = workspace.Model.AddSoftwareSystem("Bank", "Pays.");
        web.Uses(bank, "Charges cards");
        web.Uses(bank, "Refunds");
        bank.Uses(web, "Confirms payments");

        var block = Assert.Single(CoreDocumentFixtures.MermaidBlocks(new RadAiDocumentation(workspace).Render().Find(ContextScope)!.Content));

        Assert.Equal(1, EdgeLine().Count(block));
        Assert.Contains("<-->|\"Charges cards#59; Refunds#59;<br>back: Confirms payments\"|", block, StringComparison.Ordinal);
        // The table still lists each interaction.
        Assert.Contains("outbound: Charges cards; outbound: Refunds; inbound: Confirms payments", new RadAiDocumentation(workspace).Render().Find(ContextScope)!.Content, StringComparison.Ordinal);
    }
}
