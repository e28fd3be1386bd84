using RadAi.Dsl;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client.LayoutMerge;

public class WorkspaceLayoutMergeTests
{
    /// <summary>A workspace as code builds it: user -> shop -> payments, a landscape view with no layout.</summary>
    private static (Workspace W, Person User, SoftwareSystem Shop, SoftwareSystem Payments, SystemLandscapeView View) Build(
        string shopName = "Shop", string shopDescription = "Sells things.", string viewKey = "Landscape")
    {
        var w = new Workspace("W");
        var user = w.Model.AddPerson("User", "A customer.");
        var shop = w.Model.AddSoftwareSystem(shopName, shopDescription);
        var payments = w.Model.AddSoftwareSystem("Payments", "Takes payments.");
        user.Uses(shop, "Buys from");
        shop.Uses(payments, "Charges cards using");
        var view = w.Views.CreateSystemLandscapeView(viewKey, "Everything");
        view.AddAllElements();
        return (w, user, shop, payments, view);
    }

    /// <summary>The same workspace arranged by hand on the server.</summary>
    private static Workspace Arranged(string shopName = "Shop", string shopDescription = "Sells things.", string viewKey = "Landscape")
    {
        var (w, user, shop, payments, view) = Build(shopName, shopDescription, viewKey);
        Place(view, user, 10, 20);
        Place(view, shop, 300, 400);
        Place(view, payments, 700, 800);
        var rv = view.Relationships.Single(r => r.Relationship.Destination == payments);
        rv.SetVertices([new Vertex(500, 600)]);
        rv.Routing = Routing.Orthogonal;
        rv.Position = 40;
        view.PaperSize = PaperSize.A3_Landscape;
        view.Dimensions = new Dimensions(2000, 1500);
        w.Views.Configuration.LastSavedView = view.Key;
        return w;
    }

    private static void Place(ModelView view, Element e, int x, int y)
    {
        var ev = view.GetElementView(e)!;
        ev.X = x;
        ev.Y = y;
    }

    private static (int X, int Y) At(ModelView view, Element e) => (view.GetElementView(e)!.X, view.GetElementView(e)!.Y);

    [Fact]
    public void Positions_vertices_routing_paper_size_and_last_saved_view_are_copied()
    {
        var (local, user, shop, payments, view) = Build();

        var summary = WorkspaceLayoutMerge.CopyLayout(local, Arranged());

        Assert.Equal((10, 20), At(view, user));
        Assert.Equal((300, 400), At(view, shop));
        Assert.Equal((700, 800), At(view, payments));
        var rv = view.Relationships.Single(r => r.Relationship.Destination == payments);
        Assert.Equal([new Vertex(500, 600)], rv.Vertices);
        Assert.Equal(Routing.Orthogonal, rv.Routing);
        Assert.Equal(40, rv.Position);
        Assert.Equal(PaperSize.A3_Landscape, view.PaperSize);
        Assert.Equal(new Dimensions(2000, 1500), view.Dimensions);
        Assert.Equal("Landscape", local.Views.Configuration.LastSavedView);
        Assert.Equal(new LayoutMergeSummary(1, 3, 2, 0), summary);
    }

    [Fact]
    public void Local_paper_size_and_dimensions_win()
    {
        var (local, _, _, _, view) = Build();
        view.PaperSize = PaperSize.A4_Portrait;
        view.Dimensions = new Dimensions(1, 2);
        WorkspaceLayoutMerge.CopyLayout(local, Arranged());
        Assert.Equal(PaperSize.A4_Portrait, view.PaperSize);
        Assert.Equal(new Dimensions(1, 2), view.Dimensions);
    }

    [Fact]
    public void A_renamed_element_is_matched_by_description_and_type()
    {
        var (local, _, shop, _, view) = Build(shopName: "Web Shop");
        WorkspaceLayoutMerge.CopyLayout(local, Arranged());
        Assert.Equal((300, 400), At(view, shop));
        // the relationship's ends map through the matched elements, so its vertices come along
        Assert.Equal([new Vertex(500, 600)], view.Relationships.Single(r => r.Relationship.Source == shop && r.Relationship.Destination.Name == "Payments").Vertices);
    }

    [Fact]
    public void A_renamed_and_redescribed_element_is_matched_by_id_and_type()
    {
        var (local, _, shop, _, view) = Build(shopName: "Web Shop", shopDescription: "Now sells more.");
        WorkspaceLayoutMerge.CopyLayout(local, Arranged());
        Assert.Equal((300, 400), At(view, shop));
    }

    [Fact]
    public void An_element_with_another_parent_is_matched_by_name_and_type()
    {
        Workspace Make(string systemName, bool padding, string description, int x)
        {
            var w = new Workspace("W");
            var system = w.Model.AddSoftwareSystem(systemName);
            if (padding) system.AddContainer("Padding"); // shifts ids
            var web = system.AddContainer("Web App", description, "ASP.NET");
            var view = w.Views.CreateContainerView(system, "Containers");
            view.Add(web);
            view.GetElementView(web)!.X = x;
            return w;
        }
        // canonical names, ids and descriptions differ: only name and type match
        var local = Make("Shop", false, "Serves pages.", 0);
        var remote = Make("Store", true, "Served pages.", 123);
        WorkspaceLayoutMerge.CopyLayout(local, remote);
        Assert.Equal(123, ((ModelView)local.Views.GetView("Containers")!).Elements.Single().X);
    }

    [Fact]
    public void A_view_with_another_key_is_matched_by_name_and_description()
    {
        var (local, user, _, _, view) = Build(viewKey: "SystemLandscape-001");
        WorkspaceLayoutMerge.CopyLayout(local, Arranged());
        Assert.Equal((10, 20), At(view, user));
    }

    [Fact]
    public void Views_with_automatic_layout_or_merge_turned_off_are_left_alone()
    {
        var (local, user, _, _, view) = Build();
        view.EnableAutomaticLayout();
        Assert.Equal(0, WorkspaceLayoutMerge.CopyLayout(local, Arranged()).ViewsMatched);
        Assert.Equal((0, 0), At(view, user));

        var (local2, user2, _, _, view2) = Build();
        view2.MergeLayoutFromRemote = false;
        WorkspaceLayoutMerge.CopyLayout(local2, Arranged());
        Assert.Equal((0, 0), At(view2, user2));
    }

    [Fact]
    public void Dynamic_views_match_relationships_by_order_too()
    {
        Workspace Make(bool arrange)
        {
            var w = new Workspace("W");
            var a = w.Model.AddSoftwareSystem("A");
            var b = w.Model.AddSoftwareSystem("B");
            a.Uses(b, "Calls");
            var view = w.Views.CreateDynamicView("Flow");
            var first = view.Add(a, "asks", b);
            var second = view.Add(a, "asks again", b);
            if (arrange)
            {
                first.SetVertices([new Vertex(1, 1)]);
                second.SetVertices([new Vertex(2, 2)]);
            }
            return w;
        }
        var local = Make(false);
        WorkspaceLayoutMerge.CopyLayout(local, Make(true));
        var steps = ((ModelView)local.Views.GetView("Flow")!).Relationships;
        Assert.Equal([new Vertex(1, 1)], steps[0].Vertices);
        Assert.Equal([new Vertex(2, 2)], steps[1].Vertices);
    }

    [Fact]
    public async Task Pushing_code_keeps_the_layout_arranged_on_the_server()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.CreateWorkspace(1, WorkspaceJson.Serialize(Arranged()));
        var (local, user, shop, _, _) = Build();

        var result = await f.Client().PutWorkspaceAsync(local);

        var stored = WorkspaceJson.Deserialize(f.Server.Revisions(1)[^1]);
        var view = (ModelView)stored.Views.GetView("Landscape")!;
        Assert.Equal(300, view.Elements.Single(e => e.Element.Name == shop.Name).X);
        Assert.Equal(20, view.Elements.Single(e => e.Element.Name == user.Name).Y);
        Assert.NotNull(result.RemoteArchivedTo);
        Assert.Equal(WorkspaceJson.Serialize(Arranged()), File.ReadAllText(result.RemoteArchivedTo!));
    }

    [Fact]
    public async Task Merge_can_be_turned_off()
    {
        await using var f = await ClientFixture.StartAsync();
        f.Server.CreateWorkspace(1, WorkspaceJson.Serialize(Arranged()));
        var options = f.Options();
        options.MergeLayoutFromRemote = false;
        var (local, _, shop, _, _) = Build();

        var result = await f.Client(options).PutWorkspaceAsync(local);

        var view = (ModelView)WorkspaceJson.Deserialize(f.Server.Revisions(1)[^1]).Views.GetView("Landscape")!;
        Assert.Equal(0, view.Elements.Single(e => e.Element.Name == shop.Name).X);
        Assert.Null(result.RemoteArchivedTo);
        Assert.Single(f.Server.Requests);
    }

    [Fact]
    public async Task A_new_branch_has_nothing_to_merge_from()
    {
        await using var f = await ClientFixture.StartAsync(RadAi.Dsl.Tests.Client.Server.FakeServerKind.ApiKey);
        var result = await f.ApiKeyClient().PutWorkspaceAsync(Build().W, "new-branch");
        Assert.Null(result.RemoteArchivedTo);
        Assert.Single(f.Server.Revisions(1, "new-branch"));
    }
}
