using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// The model of ../shared/structurizr/README.md ("The generated golden workspace"), built through the public
/// API in the same order. Where the README is silent, workspace-compact.json decided: component and view
/// descriptions, which elements each view holds (default elements), and the element style order
/// (Java keeps styles in insertion order and the golden file lists "Database" before "Person").
/// </summary>
internal static class GoldenWorkspace
{
    public static Workspace Build()
    {
        var workspace = new Workspace("Golden", "A small workspace built with structurizr-java 5.0.3");
        var model = workspace.Model;

        var user = model.AddPerson("User", "A user of the system.");
        user.Tags.Add("External");
        user.Properties.Set("owner", "team-a");
        user.Url = "https://example.com/user";

        var shop = model.AddSoftwareSystem("Shop", "Sells things.");
        shop.Group = "Retail";
        shop.AddPerspective("Security", "Handles card data", "high");

        var payments = model.AddSoftwareSystem("Payments", "Takes payments.");
        payments.Tags.Add("Existing System");

        var webApp = shop.AddContainer("Web App", "Serves pages.", "ASP.NET Core");
        var database = shop.AddContainer("Database", "Stores orders.", "PostgreSQL");
        database.Tags.Add("Database");

        var controller = webApp.AddComponent("Order Controller", "Handles orders.", "C# class");
        var repository = webApp.AddComponent("Order Repository", "Reads and writes orders.", "C# class");

        user.Uses(controller, "Places orders using", "HTTPS");
        controller.Uses(repository, "Uses");
        repository.Uses(database, "Reads from and writes to", "SQL/TCP");
        webApp.Uses(payments, "Requests payment from", "HTTPS", InteractionStyle.Asynchronous)
            .Properties.Set("sla", "99.9");

        var server = model.AddDeploymentNode("Live", "Server", "A VM.", "Ubuntu 24.04", 2);
        var runtime = server.AddDeploymentNode("Runtime", null, ".NET 8");
        var webAppInstance = runtime.Add(webApp);
        var dbServer = model.AddDeploymentNode("Live", "DB Server", null, "PostgreSQL 16");
        dbServer.Add(database);
        var loadBalancer = server.AddInfrastructureNode("Load Balancer", "Routes traffic.", "nginx");
        loadBalancer.Uses(webAppInstance, "Forwards requests to", "HTTPS");
        var paymentProvider = model.AddDeploymentNode("Live", "Payment Provider");
        paymentProvider.Add(payments);

        var views = workspace.Views;
        var landscape = views.CreateSystemLandscapeView("Landscape", "Everything.");
        landscape.AddAllElements();
        var context = views.CreateSystemContextView(shop, "Context", "The shop in context.");
        context.AddDefaultElements();
        context.EnableAutomaticLayout(RankDirection.TopBottom, 300, 300);
        views.CreateContainerView(shop, "Containers", "Containers of the shop.").AddDefaultElements();
        views.CreateComponentView(webApp, "Components", "Components of the web app.").AddDefaultElements();
        var dynamic = views.CreateDynamicView(webApp, "PlaceOrder", "Placing an order.");
        dynamic.Add(user, "Submits order to", controller);
        dynamic.Add(controller, "Saves order via", repository);
        views.CreateDeploymentView(shop, "Live", "LiveDeployment", "Live deployment.").AddAllDeploymentNodes();
        views.CreateFilteredView(landscape, "LandscapeNoExternal", "Landscape without external", FilterMode.Exclude, "External");

        var styles = views.Configuration.Styles;
        styles.AddElementStyle("Database").Shape = Shape.Cylinder;
        var person = styles.AddElementStyle(Tags.Person);
        person.Shape = Shape.Person;
        person.Background = "#08427b";
        person.Color = "#ffffff";
        styles.AddRelationshipStyle(Tags.Asynchronous).Dashed = true;
        views.Configuration.AddThemes("https://static.structurizr.com/themes/default/theme.json");

        workspace.Documentation.AddSection("## Context\n\nSome text.");
        shop.Documentation.AddDecision("1", "Record architecture decisions", new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero),
            "Accepted", "# 1. Record architecture decisions\n\nWe will use ADRs.");
        return workspace;
    }
}
