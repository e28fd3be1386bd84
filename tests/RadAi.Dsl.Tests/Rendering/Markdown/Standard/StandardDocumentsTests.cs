using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Rendering.Markdown.Standard;

/// <summary>The standard documents show C4 facts only, and each diagram's tables list what its view shows.</summary>
public sealed class StandardDocumentsTests
{
    [Fact]
    public void A_container_diagram_lists_only_the_elements_and_relationships_of_its_view()
    {
        var workspace = new Workspace("Shop");
        var shop = workspace.Model.AddSoftwareSystem("Shop");
        var web = shop.AddContainer("Web", "Pages", "ASP.NET");
        var api = shop.AddContainer("Api", "Orders", "ASP.NET");
        var batch = shop.AddContainer("Nightly Batch", "Reports", "Cron");
        var customer = workspace.Model.AddPerson("Customer");
        var mail = workspace.Model.AddSoftwareSystem("Mail Relay");
        customer.Uses(web, "Browses");
        web.Uses(api, "Calls");
        api.Uses(batch, "Queues reports");
        batch.Uses(mail, "Sends reports");
        var view = workspace.Views.CreateContainerView(shop, "containers", "Web and API");
        view.Add(web);
        view.Add(api);
        view.Add(customer);

        var content = new RadAiDocumentation(workspace).Render().Find("standard/c4/container-diagram.md")!.Content;

        Assert.Contains("| Web | ASP.NET | Pages |", content, StringComparison.Ordinal);
        Assert.Contains("| Api | ASP.NET | Orders |", content, StringComparison.Ordinal);
        Assert.Contains("| Customer | Person |", content, StringComparison.Ordinal);
        Assert.Contains("| Customer | Web | Browses |", content, StringComparison.Ordinal);
        Assert.Contains("| Web | Api | Calls |", content, StringComparison.Ordinal);
        Assert.Contains("The view shows 2 of the 3 containers of Shop.", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Nightly Batch", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Mail Relay", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_gates_and_fallbacks_appear_only_in_the_rad_ai_documents()
    {
        var set = new RadAiDocumentation(NetflixWorkspace.Build()).Render();
        var ai = NetflixWorkspace.Build().RadAi();
        var names = ai.Workspace.Model.Elements.OfType<CustomElement>().Select(e => e.Name).ToList();
        Assert.NotEmpty(names);
        foreach (var document in set.Where(d => d.Path.StartsWith("standard/", StringComparison.Ordinal)))
            Assert.All(names, name => Assert.DoesNotContain(name, document.Content, StringComparison.Ordinal));
        Assert.Contains("CG-1 Recommendations", set.Find("rad-ai/c4-diagrams/non-determinism-boundary.md")!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void No_generated_document_names_a_structurizr_type()
    {
        foreach (var workspace in new[] { NetflixWorkspace.Build(), RichModel.Build() })
            foreach (var document in new RadAiDocumentation(workspace).Render().Where(d => d.Path.EndsWith(".md", StringComparison.Ordinal)))
                Assert.False(document.Content.Contains("CustomElement", StringComparison.Ordinal), $"{document.Path} names the type CustomElement.");
        var boundary = new RadAiDocumentation(NetflixWorkspace.Build()).Render().Find("rad-ai/c4-diagrams/non-determinism-boundary.md")!.Content;
        Assert.Contains("#91;Confidence Gate#93;", boundary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_whose_description_is_already_numbered_is_not_numbered_again()
    {
        var workspace = new Workspace("Shop");
        var shop = workspace.Model.AddSoftwareSystem("Shop");
        var web = shop.AddContainer("Web");
        var customer = workspace.Model.AddPerson("Customer");
        customer.Uses(web, "Browses");
        workspace.Views.CreateDynamicView(shop, "browse", "Scenario 1: a customer browses.").Add(customer, web);
        workspace.Views.CreateDynamicView(shop, "buy", "a customer buys.").Add(customer, web);

        var content = new RadAiDocumentation(workspace).Render().Find("standard/arc42/06-runtime-view.md")!.Content;

        Assert.Contains("## Scenario 1: a customer browses.\n", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Scenario 1: Scenario 1", content, StringComparison.Ordinal);
        Assert.Contains("## Scenario 2: a customer buys.\n", content, StringComparison.Ordinal);
    }
}
