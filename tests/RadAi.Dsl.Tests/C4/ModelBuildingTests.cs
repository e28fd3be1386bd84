using RadAi.Dsl.C4;

namespace RadAi.Dsl.Tests.C4;

public class ModelBuildingTests
{
    [Fact]
    public void Ids_are_shared_by_elements_and_relationships_in_creation_order()
    {
        var workspace = new Workspace("W");
        var user = workspace.Model.AddPerson("User");
        var shop = workspace.Model.AddSoftwareSystem("Shop");
        var r = user.Uses(shop, "Uses");
        var web = shop.AddContainer("Web");
        Assert.Equal(["1", "2", "3", "4"], new[] { user.Id, shop.Id, r.Id, web.Id });
    }
}
