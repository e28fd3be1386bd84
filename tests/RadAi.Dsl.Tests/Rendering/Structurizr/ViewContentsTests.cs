using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// What a diagram of a view draws. A view read from JSON may list a relationship whose other end is not on the view
/// (the reader, the inspector and structurizr-java accept it); structurizr-java leaves such a relationship out of what it
/// draws, and so does every diagram here.
/// </summary>
public sealed class ViewContentsTests
{
    // Descriptions of the relationships whose other end the crafted views leave out: none may be drawn or listed.
    private const string ToBank = "Pays with the bank";
    private const string ToDatabase = "Reads orders from the database";

    /// <summary>
    /// A shop with a context, a container and a dynamic view, written to JSON, then edited as a hand-made workspace
    /// would be: the bank is taken off the context view and the database off the container and dynamic views, while
    /// the relationships to them stay listed.
    /// </summary>
    private static string WorkspaceWithRelationshipsToElementsOffTheView()
    {
        var workspace = new Workspace("Shop", "A shop");
        var model = workspace.Model;
        var user = model.AddPerson("Customer", "Buys things");
        var shop = model.AddSoftwareSystem("Shop", "Sells things");
        var bank = model.AddSoftwareSystem("Bank", "Moves money");
        var web = shop.AddContainer("Web App", "Takes orders", "ASP.NET");
        var database = shop.AddContainer("Database", "Keeps orders", "PostgreSQL");
        user.Uses(shop, "Orders from");
        shop.Uses(bank, ToBank);
        user.Uses(web, "Visits");
        web.Uses(database, ToDatabase);
        var context = workspace.Views.CreateSystemContextView(shop, "context", "Context");
        context.AddAllElements();
        var containers = workspace.Views.CreateContainerView(shop, "containers", "Containers");
        containers.Add(user);
        containers.Add(web);
        containers.Add(database);
        var dynamic = workspace.Views.CreateDynamicView(shop, "order", "Placing an order");
        dynamic.Add(user, web);
        dynamic.Add(web, database);

        var json = JsonNode.Parse(WorkspaceJson.Serialize(workspace))!;
        var views = json["views"]!;
        RemoveElement(views["systemContextViews"]![0]!, bank.Id);
        RemoveElement(views["containerViews"]![0]!, database.Id);
        RemoveElement(views["dynamicViews"]![0]!, database.Id);
        return json.ToJsonString();
    }

    private static void RemoveElement(JsonNode view, string elementId)
    {
        var elements = view["elements"]!.AsArray();
        elements.Remove(elements.Single(e => (string?)e!["id"] == elementId));
    }

    [Fact]
    public void The_crafted_workspace_is_accepted_by_the_reader_and_the_inspector()
    {
        var json = WorkspaceWithRelationshipsToElementsOffTheView();
        var workspace = WorkspaceJson.Deserialize(json);
        Assert.Contains(workspace.Views.SystemContextViews.Single().Relationships, r => r.Relationship.Description == ToBank);
        Assert.DoesNotContain(workspace.Views.SystemContextViews.Single().Elements, e => e.Element.Name == "Bank");
        var report = Inspector.RunJson(json);
        Assert.True(report.IsComplete, report.IncompleteReason);
        Assert.Equal(0, report.Count(InspectionSeverity.Error));
    }

    [Theory]
    [InlineData("mermaid", "-->")]
    [InlineData("plantuml", "Rel(")]
    public void The_export_leaves_out_a_relationship_whose_other_end_is_not_on_the_view(string format, string edge)
    {
        var workspace = WorkspaceJson.Deserialize(WorkspaceWithRelationshipsToElementsOffTheView());
        var diagrams = format == "mermaid" ? MermaidExporter.Export(workspace) : PlantUmlExporter.Export(workspace);
        DiagramCheckOutput.Keep("off-the-view-" + format, format == "mermaid" ? ".mmd" : ".puml", diagrams);
        Assert.Equal(3, diagrams.Count);
        foreach (var diagram in diagrams)
        {
            Assert.DoesNotContain(ToBank, diagram.Definition, StringComparison.Ordinal);
            Assert.DoesNotContain(ToDatabase, diagram.Definition, StringComparison.Ordinal);
            // the relationship with both ends on the view is still drawn
            Assert.Single(diagram.Definition.Split('\n'), l => l.Contains(edge, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_documentation_leaves_out_a_relationship_whose_other_end_is_not_on_the_view_from_diagrams_and_step_tables()
    {
        var workspace = WorkspaceJson.Deserialize(WorkspaceWithRelationshipsToElementsOffTheView());
        var documents = new RadAiDocumentation(workspace).Render();
        foreach (var document in documents) DiagramCheckOutput.Keep("off-the-view-documents", document.Path, document.Content);

        var context = documents.Find("standard/c4/system-context.md")!.Content;
        Assert.Contains("Drawn from the view `context`", context, StringComparison.Ordinal);
        Assert.DoesNotContain(ToBank, Mermaid(context), StringComparison.Ordinal);
        var containers = documents.Find("standard/c4/container-diagram.md")!.Content;
        Assert.Contains("Drawn from the view `containers`", containers, StringComparison.Ordinal);
        Assert.DoesNotContain(ToDatabase, Mermaid(containers), StringComparison.Ordinal);
        var runtime = documents.Find("standard/arc42/06-runtime-view.md")!.Content;
        Assert.Contains("Visits", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain(ToDatabase, runtime, StringComparison.Ordinal);
    }

    // The text of the document's Mermaid blocks (the relationship tables list the model's relationships, not the view's).
    private static string Mermaid(string markdown)
    {
        var blocks = new List<string>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```mermaid") continue;
            for (i++; i < lines.Length && lines[i] != "```"; i++) blocks.Add(lines[i]);
        }
        Assert.NotEmpty(blocks);
        return string.Join('\n', blocks);
    }

    [Fact]
    public void A_diagram_does_not_depend_on_the_order_elements_and_relationships_were_added_to_the_view()
    {
        static Workspace Build(bool reversed)
        {
            var workspace = new Workspace("W");
            var model = workspace.Model;
            var user = model.AddPerson("User");
            var shop = model.AddSoftwareSystem("Shop");
            var bank = model.AddSoftwareSystem("Bank");
            user.Uses(shop, "Buys");
            shop.Uses(bank, "Pays");
            // each element brings its relationships with the elements already on the view, so both orders differ
            var view = workspace.Views.CreateSystemLandscapeView("landscape");
            if (reversed) view.Add(bank, shop, user);
            else view.Add(user, shop, bank);
            return workspace;
        }

        Assert.Equal(MermaidExporter.Export(Build(false)).Single().Definition, MermaidExporter.Export(Build(true)).Single().Definition);
        Assert.Equal(PlantUmlExporter.Export(Build(false)).Single().Definition, PlantUmlExporter.Export(Build(true)).Single().Definition);
    }
}
