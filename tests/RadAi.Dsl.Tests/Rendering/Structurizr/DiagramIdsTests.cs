using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// Node ids are unique per diagram: element ids whose slugs are the same (<c>a</c>/<c>A</c>, <c>a-b</c>/<c>a_b</c>) give
/// distinct Mermaid nodes and PlantUML aliases, and every relationship connects the nodes of its own two elements.
/// </summary>
public sealed partial class DiagramIdsTests
{
    // Ids only a hand-written (or another tool's) workspace JSON has: ours are numbers.
    private const string Json = """
        {
          "name": "Ids",
          "model": {
            "softwareSystems": [
              { "id": "a", "name": "Lower a", "relationships": [ { "id": "r1", "sourceId": "a", "destinationId": "A", "description": "a to A" } ] },
              { "id": "A", "name": "Upper A", "relationships": [ { "id": "r2", "sourceId": "A", "destinationId": "a-b", "description": "A to a-b" } ] },
              { "id": "a-b", "name": "Dash", "relationships": [ { "id": "r3", "sourceId": "a-b", "destinationId": "a_b", "description": "a-b to a_b" } ] },
              { "id": "a_b", "name": "Underscore", "relationships": [ { "id": "r4", "sourceId": "a_b", "destinationId": "a", "description": "a_b to a" } ] }
            ],
            "deploymentNodes": [
              { "id": "d", "name": "Lower d", "environment": "Live",
                "infrastructureNodes": [ { "id": "i", "name": "Lower i", "environment": "Live",
                  "relationships": [ { "id": "r5", "sourceId": "i", "destinationId": "I", "description": "i to I" } ] } ] },
              { "id": "D", "name": "Upper D", "environment": "Live",
                "infrastructureNodes": [ { "id": "I", "name": "Upper I", "environment": "Live",
                  "relationships": [ { "id": "r6", "sourceId": "I", "destinationId": "i", "description": "I to i" } ] } ] }
            ]
          },
          "views": {
            "systemLandscapeViews": [ { "key": "landscape", "order": 1,
              "elements": [ { "id": "a" }, { "id": "A" }, { "id": "a-b" }, { "id": "a_b" } ],
              "relationships": [ { "id": "r1" }, { "id": "r2" }, { "id": "r3" }, { "id": "r4" } ] } ],
            "deploymentViews": [ { "key": "live", "order": 2, "environment": "Live",
              "elements": [ { "id": "d" }, { "id": "D" }, { "id": "i" }, { "id": "I" } ],
              "relationships": [ { "id": "r5" }, { "id": "r6" } ] } ]
          }
        }
        """;

    private static readonly (string From, string To, string Label)[] Expected =
    [
        ("Lower a", "Upper A", "a to A"), ("Upper A", "Dash", "A to a-b"), ("Dash", "Underscore", "a-b to a_b"),
        ("Underscore", "Lower a", "a_b to a"), ("Lower i", "Upper I", "i to I"), ("Upper I", "Lower i", "I to i"),
    ];

    [Fact]
    public void Mermaid_nodes_of_ids_with_the_same_slug_are_distinct_and_each_edge_joins_its_own_elements()
    {
        var diagrams = MermaidExporter.Export(WorkspaceJson.Deserialize(Json));
        DiagramCheckOutput.Keep("ids-mermaid", ".mmd", diagrams);
        AssertDistinctAndJoined(diagrams, MermaidNode(), MermaidEdge());
    }

    [Fact]
    public void PlantUml_aliases_of_ids_with_the_same_slug_are_distinct_and_each_relationship_joins_its_own_elements()
    {
        var diagrams = PlantUmlExporter.Export(WorkspaceJson.Deserialize(Json));
        DiagramCheckOutput.Keep("ids-plantuml", ".puml", diagrams);
        AssertDistinctAndJoined(diagrams, PlantUmlElement(), PlantUmlRel());
    }

    // Every element is declared once under its own id, and each edge's ids name the elements of its relationship.
    private static void AssertDistinctAndJoined(IReadOnlyList<ExportedDiagram> diagrams, Regex declaration, Regex edge)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var edges = new List<(string From, string To, string Label)>();
        foreach (var line in diagrams.SelectMany(d => d.Definition.Split('\n')))
        {
            if (declaration.Match(line) is { Success: true } node) Assert.True(names.TryAdd(node.Groups["id"].Value, node.Groups["name"].Value), $"{node.Groups["id"].Value} is declared twice.");
            if (edge.Match(line) is { Success: true } e) edges.Add((e.Groups["from"].Value, e.Groups["to"].Value, e.Groups["label"].Value));
        }
        Assert.Equal(8, names.Count);
        Assert.Equal(Expected.Order(), edges.Select(e => (names[e.From], names[e.To], e.Label)).Order());
    }

    // n1["<b>Name</b>…"] or a deployment node's subgraph bd ["Name<br>…"]
    [GeneratedRegex("""^\s*(?:subgraph )?(?<id>\w+) ?\[\(?"(?:<b>)?(?<name>[^<"]+)""")]
    private static partial Regex MermaidNode();

    [GeneratedRegex("""^\s*(?<from>\w+) -- "(?<label>[^"]*)" --> (?<to>\w+)$""")]
    private static partial Regex MermaidEdge();

    // System(ea, "Name", …), Node(…), Deployment_Node(…) {
    [GeneratedRegex(@"^\s*\w+\((?<id>\w+), ""(?<name>[^""]*)""")]
    private static partial Regex PlantUmlElement();

    [GeneratedRegex(@"^\s*Rel\((?<from>\w+), (?<to>\w+), ""(?<label>[^""]*)""")]
    private static partial Regex PlantUmlRel();
}
