using RadAi.Dsl;

namespace RadAi.Dsl.Tests.C4;

public class ViewBuildingTests
{
    [Theory]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    [InlineData("")]
    [InlineData("ümlaut")]
    public void Bad_view_keys_are_rejected(string key)
    {
        var views = new Workspace("W").Views;
        var e = Assert.Throws<ModelException>(() => views.CreateSystemLandscapeView(key));
        Assert.Contains("not a valid view key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void View_keys_are_unique_across_all_views_and_orders_are_assigned_in_turn()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var landscape = workspace.Views.CreateSystemLandscapeView("Key-1_a");
        var context = workspace.Views.CreateSystemContextView(system, "Context");
        Assert.Throws<ModelException>(() => workspace.Views.CreateContainerView(system, "Key-1_a"));
        Assert.Equal([1, 2], new[] { landscape.Order, context.Order });
        Assert.Same(context, workspace.Views.GetView("Context"));
    }

    [Fact]
    public void A_view_read_without_an_order_after_one_with_the_highest_int_gets_order_1_as_structurizr_java_gives_it()
    {
        // structurizr-java: the next order is the highest plus one, which wraps past int.MaxValue, and View.setOrder
        // raises anything below 1 to 1.
        const string json = """
            {"name":"W","views":{"systemLandscapeViews":[{"key":"Max","order":2147483647},{"key":"Next"}]}}
            """;

        var workspace = RadAi.Dsl.WorkspaceJson.Deserialize(json);

        Assert.Equal(2147483647, workspace.Views.All.Single(v => v.Key == "Max").Order);
        Assert.Equal(1, workspace.Views.All.Single(v => v.Key == "Next").Order);
        var written = RadAi.Dsl.WorkspaceJson.Serialize(workspace);
        Assert.Contains("\"order\":1", written, StringComparison.Ordinal);
        Assert.DoesNotContain("-2147483648", written, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_order_wraps_new_views_take_the_lowest_free_orders_so_orders_stay_unique()
    {
        const string json = """
            {"name":"W","views":{"systemLandscapeViews":[{"key":"One","order":1},{"key":"Max","order":2147483647}]}}
            """;
        var workspace = RadAi.Dsl.WorkspaceJson.Deserialize(json);

        var a = workspace.Views.CreateSystemLandscapeView("A");
        var b = workspace.Views.CreateSystemLandscapeView("B");

        Assert.Equal([2, 3], new[] { a.Order, b.Order });
    }

    [Fact]
    public void Adding_an_element_adds_relationships_with_elements_already_on_the_view()
    {
        var workspace = new Workspace("W");
        var a = workspace.Model.AddPerson("A");
        var b = workspace.Model.AddSoftwareSystem("B");
        var c = workspace.Model.AddSoftwareSystem("C");
        var ab = a.Uses(b, "Uses");
        var cb = c.Uses(b, "Calls");
        var view = workspace.Views.CreateSystemLandscapeView("L");
        view.Add(a).Add(b);
        Assert.True(view.Contains(ab));
        Assert.False(view.Contains(cb));
        view.Add(c);
        Assert.True(view.Contains(cb));
        view.Remove(b);
        Assert.Empty(view.Relationships);
    }

    [Fact]
    public void Views_refuse_elements_they_cannot_show()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var container = system.AddContainer("C");
        Assert.Throws<ModelException>(() => workspace.Views.CreateSystemLandscapeView("L").Add(container));
        Assert.Throws<ModelException>(() => workspace.Views.CreateContainerView(system, "Cs").Add(system));
    }

    [Fact]
    public void Dynamic_views_number_steps_and_need_an_existing_relationship()
    {
        var workspace = new Workspace("W");
        var a = workspace.Model.AddPerson("A");
        var b = workspace.Model.AddSoftwareSystem("B");
        var c = workspace.Model.AddSoftwareSystem("C");
        a.Uses(b, "Requests");
        var view = workspace.Views.CreateDynamicView("D");
        var first = view.Add(a, "Asks", b);
        var second = view.Add(b, "Answers", a);
        Assert.Equal(("1", false, "Asks"), (first.Order, first.Response, first.Description));
        Assert.Equal(("2", true), (second.Order, second.Response));
        Assert.Contains("no relationship", Assert.Throws<ModelException>(() => view.Add(a, "x", c)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Animation_steps_collect_new_elements_and_their_relationships()
    {
        var workspace = new Workspace("W");
        var a = workspace.Model.AddPerson("A");
        var b = workspace.Model.AddSoftwareSystem("B");
        var ab = a.Uses(b, "Uses");
        var view = workspace.Views.CreateSystemLandscapeView("L");
        view.AddAllElements();
        var one = view.AddAnimation(b);
        var two = view.AddAnimation(a);
        Assert.Equal([b.Id], one.ElementIds);
        Assert.Empty(one.RelationshipIds);
        Assert.Equal([ab.Id], two.RelationshipIds);
    }

    [Fact]
    public void Styles_are_matched_by_tag_and_duplicates_are_refused()
    {
        var styles = new Workspace("W").Views.Configuration.Styles;
        var style = styles.AddElementStyle("Database");
        style.Background = "#ABC";
        Assert.Equal("#aabbcc", style.Background);
        Assert.Throws<ArgumentException>(() => style.Color = "blue-ish");
        Assert.Throws<ModelException>(() => styles.AddElementStyle("Database"));
        Assert.Same(style, styles.FindElementStyle(["Element", "Container", "Database"]));
    }
}
