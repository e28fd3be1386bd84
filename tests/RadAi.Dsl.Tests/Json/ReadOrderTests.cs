using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// A workspace read back from its JSON lists its elements, relationships and views in the order the model had them,
/// although the JSON nests elements under their parents, relationships under their sources and groups views by type:
/// whatever follows the model's order (documents, diagrams, DSL) then gives the same output from C# and from JSON.
/// </summary>
public sealed class ReadOrderTests
{
    private static Workspace Built()
    {
        var workspace = new Workspace("W");
        var model = workspace.Model;
        var shop = model.AddSoftwareSystem("Shop");
        var web = shop.AddContainer("Web");
        var user = model.AddPerson("User");
        var bank = model.AddSoftwareSystem("Bank");
        var api = shop.AddContainer("Api");
        bank.Uses(user, "Notifies");
        web.Uses(api, "Calls");
        user.Uses(web, "Visits");
        api.Uses(bank, "Pays");
        user.Uses(shop, "Buys");
        var first = model.AddDeploymentNode("Live", "First");
        var second = model.AddDeploymentNode("Live", "Second");
        // the instance in the second node is made first; the JSON nests each under its node
        second.Add(web);
        first.Add(web);
        workspace.Views.CreateContainerView(shop, "containers").AddAllElements();
        workspace.Views.CreateSystemLandscapeView("landscape").AddAllElements();
        workspace.Views.CreateSystemContextView(shop, "context").AddAllElements();
        return workspace;
    }

    [Fact]
    public void Elements_relationships_and_views_read_from_JSON_are_in_the_order_the_model_had_them()
    {
        var built = Built();
        var bytes = WorkspaceJson.SerializeToUtf8Bytes(built);

        var read = WorkspaceJson.Deserialize(bytes);

        Assert.Equal(built.Model.Elements.Select(e => e.Id), read.Model.Elements.Select(e => e.Id));
        Assert.Equal(built.Model.Relationships.Select(r => r.Id), read.Model.Relationships.Select(r => r.Id));
        Assert.Equal(built.Views.All.Select(v => v.Key), read.Views.All.Select(v => v.Key));
        var web = (StaticStructureElement)built.Model.GetElement("2")!;
        Assert.Equal(built.Model.GetInstances(web, "Live").Select(i => i.Id), read.Model.GetInstances((StaticStructureElement)read.Model.GetElement("2")!, "Live").Select(i => i.Id));
        // each element's own relationships follow the same order
        foreach (var element in built.Model.Elements)
            Assert.Equal(element.Relationships.Select(r => r.Id), read.Model.GetElement(element.Id)!.Relationships.Select(r => r.Id));
    }
}
