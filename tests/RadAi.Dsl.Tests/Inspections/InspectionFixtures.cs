using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>
/// A workspace that passes every rule, and ways to break it: in C# where our API allows the mistake,
/// in its Structurizr JSON where only JSON can carry it.
/// </summary>
internal static class InspectionFixtures
{
    public sealed class Shop
    {
        public required Workspace Workspace { get; init; }
        public required Person Customer { get; init; }
        public required SoftwareSystem System { get; init; }
        public required Container Web { get; init; }
        public required Container Database { get; init; }
        public required Component Controller { get; init; }
        public required DeploymentNode Server { get; init; }
        public required InfrastructureNode LoadBalancer { get; init; }
        public required Relationship CustomerUsesWeb { get; init; }
        public Model Model => Workspace.Model;
        public ViewSet Views => Workspace.Views;
    }

    /// <summary>The clean workspace; the hooks run at points where our API still allows the change.</summary>
    public static Shop Clean(bool documentation = true, bool decisions = true, Action<Shop>? beforeViews = null)
    {
        var w = new Workspace("Shop", "Sells things.");
        w.Configuration.Scope = WorkspaceScope.SoftwareSystem;
        var customer = w.Model.AddPerson("Customer", "Buys things.");
        var shop = w.Model.AddSoftwareSystem("Shop", "Sells things online.");
        var web = shop.AddContainer("Web App", "Serves pages and takes orders.", "ASP.NET Core");
        var db = shop.AddContainer("Database", "Stores orders.", "PostgreSQL 16");
        var controller = web.AddComponent("Order Controller", "Takes orders.", "C# class");
        var repository = web.AddComponent("Order Repository", "Stores orders.", "C# class");
        var customerUsesWeb = customer.Uses(web, "Places orders using", "HTTPS");
        customer.Uses(shop, "Buys things from", "HTTPS");
        customer.Uses(controller, "Submits orders to", "HTTPS");
        controller.Uses(repository, "Saves orders with", "C# call");
        repository.Uses(db, "Reads from and writes to", "SQL/TCP");
        web.Uses(db, "Reads from and writes to", "SQL/TCP");
        if (documentation) shop.Documentation.AddSection("## Context\n\nThe shop sells things.");
        if (decisions) shop.Documentation.AddDecision("1", "Use PostgreSQL", new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero), "Accepted", "We use PostgreSQL.");

        var server = w.Model.AddDeploymentNode("Live", "Server", "A virtual machine.", "Ubuntu 24.04");
        var lb = server.AddInfrastructureNode("Load Balancer", "Routes traffic.", "nginx");
        var webInstance = server.Add(web);
        var dbServer = w.Model.AddDeploymentNode("Live", "DB Server", "A managed database.", "Amazon RDS");
        dbServer.Add(db);
        lb.Uses(webInstance, "Forwards requests to", "HTTPS");

        var fixture = new Shop
        {
            Workspace = w, Customer = customer, System = shop, Web = web, Database = db, Controller = controller,
            Server = server, LoadBalancer = lb, CustomerUsesWeb = customerUsesWeb,
        };
        beforeViews?.Invoke(fixture);

        w.Views.CreateSystemContextView(shop, "Context", "The shop and its users.").AddAllElements();
        w.Views.CreateContainerView(shop, "Containers").AddAllElements();
        w.Views.CreateComponentView(web, "Components").AddAllElements();
        w.Views.CreateDeploymentView(shop, "Live", "LiveDeployment").AddAllDeploymentNodes();
        return fixture;
    }

    /// <summary>The clean workspace as Structurizr JSON, for mutation.</summary>
    public static JsonObject CleanJson() => JsonNode.Parse(WorkspaceJson.Serialize(Clean().Workspace))!.AsObject();

    public static InspectionReport Inspect(Shop shop, InspectorOptions? options = null) => Inspector.Run(shop.Workspace, options);

    public static InspectionReport Inspect(JsonObject json, InspectorOptions? options = null) => Inspector.RunJson(json.ToJsonString(), options);

    /// <summary>The element object in <c>model</c> (searched recursively) with the name.</summary>
    public static JsonObject Element(JsonObject json, string name) => Find(json["model"]!, o => o["name"]?.GetValue<string>() == name && o["id"] is not null)
        ?? throw new InvalidOperationException($"No element named {name} in the fixture.");

    /// <summary>The view object with the key.</summary>
    public static JsonObject View(JsonObject json, string key) => Find(json["views"]!, o => o["key"]?.GetValue<string>() == key)
        ?? throw new InvalidOperationException($"No view with key {key} in the fixture.");

    private static JsonObject? Find(JsonNode node, Func<JsonObject, bool> match)
    {
        switch (node)
        {
            case JsonObject o:
                if (match(o)) return o;
                foreach (var (_, child) in o)
                    if (child is not null && Find(child, match) is { } found) return found;
                return null;
            case JsonArray a:
                foreach (var child in a)
                    if (child is not null && Find(child, match) is { } found) return found;
                return null;
            default:
                return null;
        }
    }
}
