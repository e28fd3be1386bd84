using RadAi.Dsl;

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

    [Fact]
    public void Duplicate_names_in_one_scope_are_rejected_naming_the_scope()
    {
        var model = new Workspace("W").Model;
        var shop = model.AddSoftwareSystem("Shop");
        model.AddPerson("Alice");
        Assert.Contains("'Shop'", Assert.Throws<ModelException>(() => model.AddSoftwareSystem("Shop")).Message, StringComparison.Ordinal);
        Assert.Contains("person named 'Alice'", Assert.Throws<ModelException>(() => model.AddSoftwareSystem("Alice")).Message, StringComparison.Ordinal);
        var web = shop.AddContainer("Web");
        Assert.Contains("container named 'Web'", Assert.Throws<ModelException>(() => shop.AddContainer("Web")).Message, StringComparison.Ordinal);
        web.AddComponent("C");
        Assert.Contains("component named 'C'", Assert.Throws<ModelException>(() => web.AddComponent("C")).Message, StringComparison.Ordinal);
        var node = model.AddDeploymentNode("Live", "Server");
        Assert.Throws<ModelException>(() => model.AddDeploymentNode("Live", "Server"));
        model.AddDeploymentNode("Test", "Server"); // same name, other environment: fine
        node.AddDeploymentNode("Child");
        Assert.Throws<ModelException>(() => node.AddDeploymentNode("Child"));
        node.AddInfrastructureNode("LB");
        Assert.Throws<ModelException>(() => node.AddInfrastructureNode("LB"));
        // Same container name in another system is fine.
        model.AddSoftwareSystem("Other").AddContainer("Web");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_names_are_rejected(string name)
    {
        var model = new Workspace("W").Model;
        Assert.Throws<ArgumentException>(() => model.AddPerson(name));
        Assert.Throws<ArgumentException>(() => model.AddSoftwareSystem(name));
        Assert.Throws<ArgumentException>(() => model.AddSoftwareSystem("S").AddContainer(name));
        Assert.Throws<ArgumentException>(() => new Workspace(name));
    }

    [Fact]
    public void A_relationship_between_a_parent_and_its_child_is_rejected_naming_both()
    {
        var model = new Workspace("W").Model;
        var shop = model.AddSoftwareSystem("Shop");
        var web = shop.AddContainer("Web");
        var controller = web.AddComponent("Controller");
        var e = Assert.Throws<ModelException>(() => shop.Uses(web, "Uses"));
        Assert.Contains("SoftwareSystem://Shop", e.Message, StringComparison.Ordinal);
        Assert.Contains("Container://Shop.Web", e.Message, StringComparison.Ordinal);
        Assert.Throws<ModelException>(() => controller.Uses(shop, "Uses"));
    }

    [Fact]
    public void A_duplicate_relationship_description_is_rejected()
    {
        var model = new Workspace("W").Model;
        var a = model.AddPerson("A");
        var b = model.AddSoftwareSystem("B");
        a.Uses(b, "Uses");
        a.Uses(b, "Also uses");
        Assert.Contains("already exists", Assert.Throws<ModelException>(() => a.Uses(b, "Uses")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_from_another_workspace_are_rejected_naming_them()
    {
        var one = new Workspace("One");
        var two = new Workspace("Two");
        var a = one.Model.AddPerson("A");
        var b = two.Model.AddSoftwareSystem("B");
        var e = Assert.Throws<ModelException>(() => a.Uses(b, "Uses"));
        Assert.Contains("SoftwareSystem://B", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Two'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ModelException>(() => one.Views.CreateSystemContextView(b, "Ctx"));
        Assert.Throws<ModelException>(() => one.Views.CreateSystemLandscapeView("L").Add(b));
        var node = one.Model.AddDeploymentNode("Live", "N");
        Assert.Throws<ModelException>(() => node.Add(two.Model.AddSoftwareSystem("C").AddContainer("X")));
    }

    [Fact]
    public void Tags_are_ordered_deduplicated_and_trimmed_with_defaults_first()
    {
        var person = new Workspace("W").Model.AddPerson("P");
        person.Tags.Add(" External ", "External,Customer", "");
        Assert.Equal("Element,Person,External,Customer", person.Tags.ToString());
        Assert.True(person.Tags.Remove("External"));
        Assert.False(person.Tags.Remove("Nope"));
    }

    [Fact]
    public void Interaction_style_sets_its_default_tag()
    {
        var model = new Workspace("W").Model;
        var r = model.AddPerson("A").Uses(model.AddSoftwareSystem("B"), "Uses", "HTTPS", InteractionStyle.Asynchronous);
        Assert.Equal("Relationship,Asynchronous", r.Tags.ToString());
        r.InteractionStyle = InteractionStyle.Synchronous;
        Assert.Equal("Relationship,Synchronous", r.Tags.ToString());
    }

    [Fact]
    public void Container_instances_replicate_relationships_within_their_environment_and_group()
    {
        var model = new Workspace("W").Model;
        var system = model.AddSoftwareSystem("S");
        var api = system.AddContainer("API");
        var db = system.AddContainer("DB");
        var uses = api.Uses(db, "Reads from", "SQL");
        var live = model.AddDeploymentNode("Live", "Server");
        var apiLive = live.Add(api);
        var dbLive = live.Add(db);
        var test = model.AddDeploymentNode("Test", "Server");
        var apiTest = test.Add(api);
        var dbOtherGroup = test.Add(db, "Blue");

        var replicated = Assert.Single(apiLive.Relationships);
        Assert.Same(dbLive, replicated.Destination);
        Assert.Equal(uses.Id, replicated.LinkedRelationshipId);
        Assert.Empty(replicated.Tags);
        Assert.Empty(apiTest.Relationships); // other environment has an instance only in another deployment group
        Assert.Empty(model.GetIncomingRelationships(dbOtherGroup));
        Assert.Equal(1, apiLive.InstanceId);
        Assert.Equal(1, apiTest.InstanceId);
        Assert.Equal(2, live.Add(api).InstanceId);
    }

    [Fact]
    public void No_implied_relationships_by_default_and_the_dsl_strategy_is_an_opt_in()
    {
        var workspace = new Workspace("W");
        var model = workspace.Model;
        var user = model.AddPerson("User");
        var shop = model.AddSoftwareSystem("Shop");
        var web = shop.AddContainer("Web");
        user.Uses(web, "Uses", "HTTPS");
        Assert.False(user.HasRelationshipTo(shop));

        model.ImpliedRelationshipsStrategy = new CreateImpliedRelationshipsUnlessAnyRelationshipExistsStrategy();
        var api = web.AddComponent("API");
        user.Uses(api, "Calls", "HTTPS");
        var implied = Assert.Single(model.GetRelationships(user, shop));
        Assert.Equal("Calls", implied.Description);
        Assert.Single(model.GetRelationships(user, web)); // one already existed, none added
    }

    [Fact]
    public void Lookups_by_id_and_canonical_name()
    {
        var model = new Workspace("W").Model;
        var shop = model.AddSoftwareSystem("Shop.com");
        var web = shop.AddContainer("Web/App");
        var node = model.AddDeploymentNode("Live", "Server");
        var child = node.AddDeploymentNode("Runtime");
        var instance = child.Add(web);
        var infra = node.AddInfrastructureNode("LB");
        Assert.Same(web, model.GetElement(web.Id));
        Assert.Equal("Container://Shopcom.WebApp", web.CanonicalName);
        Assert.Same(web, model.GetElementWithCanonicalName("Container://Shopcom.WebApp"));
        Assert.Equal("DeploymentNode://Live/Server/Runtime", child.CanonicalName);
        Assert.Equal("InfrastructureNode://Live/Server/LB", infra.CanonicalName);
        Assert.Equal("ContainerInstance://Live/Server/Runtime/Shopcom.WebApp[1]", instance.CanonicalName);
        Assert.Null(model.GetElement("999"));
    }

    [Fact]
    public void An_id_never_changes_once_the_item_is_part_of_the_model()
    {
        var model = new Workspace("W").Model;
        var shop = model.AddSoftwareSystem("Shop");
        var user = model.AddPerson("User");
        var uses = user.Uses(shop, "buys");
        Assert.Throws<InvalidOperationException>(() => shop.SetIdBeforeAttach("99"));
        Assert.Throws<InvalidOperationException>(() => uses.SetIdBeforeAttach("98"));
        Assert.Same(shop, model.GetElement(shop.Id));
        Assert.Same(uses, model.GetRelationship(uses.Id));
    }
}
