using RadAi.Dsl;

namespace RadAi.Dsl.Tests.C4;

/// <summary>Elements keep their canonical names once built; a rename (the JSON reader's) makes every affected one new.</summary>
public class CanonicalNameCacheTests
{
    [Fact]
    public void A_kept_canonical_name_is_the_one_built_each_time_before()
    {
        var model = new Workspace("W").Model;
        var system = model.AddSoftwareSystem("Sys.tem/A");
        var container = system.AddContainer("Web/App");
        var component = container.AddComponent("Ctrl.1");
        var node = model.AddDeploymentNode("Live", "Node.1");
        var child = node.AddDeploymentNode("Pod/2");
        var instance = child.Add(container);

        Assert.Equal("SoftwareSystem://SystemA", system.CanonicalName);
        Assert.Equal("Container://SystemA.WebApp", container.CanonicalName);
        Assert.Equal("Component://SystemA.WebApp.Ctrl1", component.CanonicalName);
        Assert.Equal("DeploymentNode://Live/Node1/Pod2", child.CanonicalName);
        Assert.Equal("ContainerInstance://Live/Node1/Pod2/SystemA.WebApp[1]", instance.CanonicalName);
        Assert.Same(container.CanonicalName, container.CanonicalName);
    }

    [Fact]
    public void Renaming_an_element_renames_everything_inside_it()
    {
        var model = new Workspace("W").Model;
        var system = model.AddSoftwareSystem("Shop");
        var container = system.AddContainer("Web");
        var component = container.AddComponent("Ctrl");
        var node = model.AddDeploymentNode("Live", "Node");
        var instance = node.Add(container);
        _ = (system.CanonicalName, container.CanonicalName, component.CanonicalName, node.CanonicalName, instance.CanonicalName);

        system.Name = "Store";
        node.Name = "Host";

        Assert.Equal("SoftwareSystem://Store", system.CanonicalName);
        Assert.Equal("Container://Store.Web", container.CanonicalName);
        Assert.Equal("Component://Store.Web.Ctrl", component.CanonicalName);
        Assert.Equal("DeploymentNode://Live/Host", node.CanonicalName);
        Assert.Equal("ContainerInstance://Live/Host/Store.Web[1]", instance.CanonicalName);
    }
}
