using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using static RadAi.Dsl.Tests.Inspections.AiInspectionFixtures;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>Every rule has a fixture that trips it and one that passes it (a near miss where one exists).</summary>
public class RuleFixtureTests
{
    private sealed record RuleCase(Func<InspectionReport> Trip, Func<InspectionReport> Pass, string Subject);

    private static readonly DateTimeOffset Date = new(2024, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, RuleCase> Cases = new()
    {
        // ---------------------------------------------------------------- validation (JSON-only mistakes use JSON fixtures)
        ["RADAI001"] = new(
            () => Json(j => Element(j, "Database")["id"] = Element(j, "Web App")["id"]!.GetValue<string>()),
            () => Json(j => Element(j, "Database")["id"] = "900"),
            "Container://Shop.Database"),
        ["RADAI002"] = new(
            () => Json(j => View(j, "Containers")["key"] = "Context"),
            () => Json(j => View(j, "Containers")["key"] = "ContainersRenamed"),
            "Context"),
        ["RADAI003"] = new(
            () => Json(j => View(j, "Containers")["order"] = View(j, "Context")["order"]!.GetValue<int>()),
            () => Json(j => View(j, "Containers")["order"] = 42),
            "Containers"),
        ["RADAI004"] = new(
            () => Json(j => Element(j, "Database")["name"] = "Web App"),
            () => Json(j => Element(j, "Order Controller")["name"] = "Web App"), // same name, different scope (a component)
            "Container://Shop.Web App"),
        ["RADAI005"] = new(
            () => Json(DuplicateRelationship),
            () => Json(j => { DuplicateRelationship(j); LastRelationship(j)["description"] = "Also places orders using"; }),
            "Relationship://Person://Customer -> Container://Shop.Web App (Places orders using)"),
        ["RADAI006"] = new(
            () => Json(j => View(j, "Containers")["elements"]!.AsArray().Add(new JsonObject { ["id"] = "999", ["x"] = 0, ["y"] = 0 })),
            () => Json(j => View(j, "Containers")["elements"]!.AsArray().Add(new JsonObject { ["id"] = Element(j, "Order Controller")["id"]!.GetValue<string>(), ["x"] = 0, ["y"] = 0 })),
            "Containers"),
        ["RADAI007"] = new(
            () => Run(s => s.Model.AddSoftwareSystem("Billing", "Bills customers.").AddContainer("Billing API", "Bills.", "Go")),
            () => Run(s => { s.Workspace.Configuration.Scope = null; s.Model.AddSoftwareSystem("Billing", "Bills.").AddContainer("Billing API", "Bills.", "Go"); }),
            "Shop"),
        ["RADAI008"] = new(
            () => Run(s => s.Web.Properties.Set("structurizr.inspection.model.container.technology", "warn")),
            () => Run(s => s.Web.Properties.Set("structurizr.inspection.model.container.technology", "Warning")),
            "Container://Shop.Web App"),
        ["RADAI009"] = new(
            () => Json(j => View(j, "Context")["elements"]!.AsArray().Add(new JsonObject { ["id"] = Element(j, "Web App")["id"]!.GetValue<string>(), ["x"] = 0, ["y"] = 0 })),
            () => Json(j => View(j, "Containers")["elements"]!.AsArray().Add(new JsonObject { ["id"] = Element(j, "Customer")["id"]!.GetValue<string>(), ["x"] = 0, ["y"] = 0 })),
            "Context"),

        // ---------------------------------------------------------------- structurizr-java inspections
        ["RADAI010"] = new(() => Run(s => s.Workspace.Configuration.Scope = null), () => Run(s => s.Workspace.Configuration.Scope = WorkspaceScope.Landscape), "Shop"),
        ["RADAI011"] = new(
            () => Run(s => { s.Workspace.Configuration.Scope = null; s.Model.AddSoftwareSystem("Billing", "Bills.").AddContainer("Billing API", "Bills.", "Go"); }),
            () => Run(s => s.Model.AddSoftwareSystem("Billing", "Bills.")), // an external system without inner detail is fine
            "Shop"),
        ["RADAI012"] = new(
            () => Run(s => s.Views.CreateSystemContextView(s.Model.AddSoftwareSystem("Billing", "Bills."), "BillingContext").AddAllElements()),
            () => Run(s => s.Views.CreateSystemContextView(s.System, "SecondContext").AddAllElements()),
            "Shop"),
        ["RADAI013"] = new(
            () => Run(s => s.Views.CreateContainerView(s.Model.AddSoftwareSystem("Billing", "Bills."), "BillingContainers").AddAllElements()),
            () => Run(s => s.Views.CreateContainerView(s.System, "SecondContainers").AddAllElements()),
            "Shop"),
        ["RADAI014"] = new(
            () => Run(s => s.Workspace.LastModifiedAgent = "structurizr-cloud/dsl-editor/2024"),
            () => Run(s => s.Workspace.LastModifiedAgent = "structurizr-cli/2024.12.07"),
            "Shop"),
        ["RADAI015"] = new(() => Inspector.Run(new Workspace("Empty")), () => Run(_ => { }), "Empty"),
        ["RADAI016"] = new(() => Run(s => s.Customer.Description = null), () => Run(s => s.Customer.Description = "Buys."), "Person://Customer"),
        ["RADAI017"] = new(() => Run(s => s.System.Description = " "), () => Run(s => s.System.Description = "Sells."), "SoftwareSystem://Shop"),
        ["RADAI018"] = new(() => Inspect(Clean(documentation: false)), () => Inspect(Clean(decisions: false)), "SoftwareSystem://Shop"),
        ["RADAI019"] = new(() => Inspect(Clean(decisions: false)), () => Inspect(Clean(documentation: false)), "SoftwareSystem://Shop"),
        ["RADAI020"] = new(() => Run(s => s.Web.Description = null), () => Run(s => s.Web.Technology = null), "Container://Shop.Web App"),
        ["RADAI021"] = new(() => Run(s => s.Web.Technology = null), () => Run(s => s.Web.Description = null), "Container://Shop.Web App"),
        ["RADAI022"] = new(() => Run(s => s.Controller.Description = ""), () => Run(s => s.Controller.Technology = null), "Component://Shop.Web App.Order Controller"),
        ["RADAI023"] = new(() => Run(s => s.Controller.Technology = null), () => Run(s => s.Controller.Description = null), "Component://Shop.Web App.Order Controller"),
        ["RADAI024"] = new(() => Run(s => s.Server.Description = null), () => Run(s => s.Server.Technology = null), "DeploymentNode://Live/Server"),
        ["RADAI025"] = new(() => Run(s => s.Server.Technology = null), () => Run(s => s.Server.Description = null), "DeploymentNode://Live/Server"),
        ["RADAI026"] = new(
            () => Inspect(Clean(beforeViews: s => s.Server.AddDeploymentNode("Spare", "Unused capacity.", "Ubuntu 24.04"))),
            () => Inspect(Clean(beforeViews: s => s.Server.AddDeploymentNode("Spare", "Holds a proxy.", "Ubuntu 24.04").AddInfrastructureNode("Proxy", "Proxies.", "Envoy"))),
            "DeploymentNode://Live/Server/Spare"),
        ["RADAI027"] = new(() => Run(s => s.LoadBalancer.Description = null), () => Run(s => s.LoadBalancer.Technology = null), "InfrastructureNode://Live/Server/Load Balancer"),
        ["RADAI028"] = new(() => Run(s => s.LoadBalancer.Technology = null), () => Run(s => s.LoadBalancer.Description = null), "InfrastructureNode://Live/Server/Load Balancer"),
        ["RADAI029"] = new(
            () => Inspect(Clean(beforeViews: s => s.Model.AddPerson("Auditor", "Reads reports."))),
            () => Inspect(Clean(beforeViews: s => s.Model.AddPerson("Auditor", "Reads reports.").Uses(s.System, "Reads reports from", "HTTPS"))),
            "Person://Auditor"),
        ["RADAI030"] = new(
            () => Run(s => s.Customer.Uses(s.Model.AddSoftwareSystem("Payments", "Takes payments."), "Pays with", "HTTPS")),
            () => Inspect(Clean(beforeViews: s => s.Customer.Uses(s.Model.AddSoftwareSystem("Payments", "Takes payments."), "Pays with", "HTTPS"))),
            "SoftwareSystem://Payments"),
        ["RADAI031"] = new(
            () => Inspect(Clean(beforeViews: s => s.Controller.Uses(s.Database, null, "SQL"))),
            () => Inspect(Clean(beforeViews: s => s.Controller.Uses(s.Database, "Reads prices from", null))),
            "Relationship://Component://Shop.Web App.Order Controller -> Container://Shop.Database ()"),
        ["RADAI032"] = new(
            () => Inspect(Clean(beforeViews: s => s.Controller.Uses(s.Database, "Reads prices from", null))),
            () => Inspect(Clean(beforeViews: s => s.Controller.Uses(s.Database, null, "SQL"))),
            "Relationship://Component://Shop.Web App.Order Controller -> Container://Shop.Database (Reads prices from)"),
        ["RADAI033"] = new(
            () => Inspector.Run(WithoutViews()),
            () => Run(_ => { }),
            "Shop"),
        ["RADAI034"] = new(
            () => Run(s => s.Views.CreateSystemLandscapeView("Landscape")),
            () => Run(s => s.Views.CreateSystemLandscapeView("Landscape").AddAllElements()),
            "Landscape"),
        ["RADAI035"] = new(
            () => Run(s => s.Views.GetView("Context")!.GeneratedKey = true),
            () => Run(s => s.Views.GetView("Context")!.GeneratedKey = false),
            "Context"),
        ["RADAI036"] = new(
            () => Run(s => s.Views.GetView("Context")!.GeneratedKey = true),
            () => Run(s => { var v = (ModelView)s.Views.GetView("Context")!; v.GeneratedKey = true; v.EnableAutomaticLayout(); }),
            "Context"),
        ["RADAI037"] = new(
            () => Run(s => s.Views.Configuration.Styles.AddElementStyle("Database").Metadata = false),
            () => Run(s => s.Views.Configuration.Styles.AddElementStyle("Database").Metadata = true),
            "Database"),
        ["RADAI038"] = new(
            () => Run(s => s.Workspace.Documentation.AddSection("## Views\n\n![](embed:Missing)\n")),
            () => Run(s => s.Workspace.Documentation.AddSection("## Views\n\n![](embed:Containers)\n")),
            "Shop"),
        ["RADAI039"] = new(
            () => Run(s => { s.Views.GetView("Context")!.GeneratedKey = true; s.System.Documentation.AddSection("![Context](embed:Context)"); }),
            () => Run(s => { s.Views.GetView("Context")!.GeneratedKey = true; s.System.Documentation.AddSection("![Containers](embed:Containers)"); }),
            "SoftwareSystem://Shop"),

        // ---------------------------------------------------------------- RAD-AI (AiInspectionFixtures: the shop plus a recommender)
        ["RADAI100"] = new(
            () => Run(s => s.Workspace.Properties.Set(RadAiConvention.LineageKey, "{\"sources\": 5}")),
            () => Run(s => s.Workspace.Properties.Set(RadAiConvention.LineageKey, "{\"sources\": []}")),
            "Shop"),
        ["RADAI101"] = new(() => InspectAi(p => p.Latency = false), () => InspectAi(), "Container://Shop.Recommender"),
        ["RADAI102"] = new(() => InspectAi(p => p.Registered = false), () => InspectAi(), "Container://Shop.Recommender"),
        ["RADAI103"] = new(() => InspectAi(p => p.Owner = null), () => InspectAi(), "Container://Shop.Recommender"),
        ["RADAI104"] = new(
            () => InspectAi(p => p.Gate = false),
            () => InspectAi(p => { p.Gate = false; p.InNonDeterministicRegion = false; }), // outside the region no gate is asked for
            "Container://Shop.Recommender"),
        ["RADAI105"] = new(() => InspectAi(p => p.PipelineOwner = " "), () => InspectAi(), "Container://Shop.Click Stream"),
        ["RADAI106"] = new(
            () => InspectAi(p => p.Required = Freshness.Under(TimeSpan.FromSeconds(1))),
            () => InspectAi(p => { p.Required = Freshness.Under(TimeSpan.FromSeconds(1)); p.GapDocumented = true; }),
            "Container://Shop.Recommender"),
        ["RADAI107"] = new(() => InspectAi(p => p.MonitorThreshold = Threshold.AsWritten("significant shift")), () => InspectAi(), "Container://Shop.Drift Monitor"),
        ["RADAI108"] = new(
            () => InspectAi(p => p.Rollback = false),
            () => InspectAi(p => p.RollbackForEveryModel = true), // a platform-wide rollback covers every model
            "Container://Shop.Recommender"),
        ["RADAI109"] = new(() => InspectAi(p => p.Rollout = false), () => InspectAi(), "Operational AI view"),
        ["RADAI110"] = new(() => InspectAi(p => p.Concern = false), () => InspectAi(), "Container://Shop.Recommender"),
        ["RADAI111"] = new(() => InspectAi(p => p.DebtAffects = false), () => InspectAi(), "Debt item EN-001"),
        ["RADAI112"] = new(
            () => Inspect(WithDanglingArtifact("Container://Shop.Gone")),
            () => Inspect(WithDanglingArtifact("Container://Shop.Feature Store")),
            "Quality scenario QS-01"),
        ["RADAI113"] = new(() => InspectAi(p => p.ResponseMeasure = "the model stays fresh"), () => InspectAi(), "Quality scenario QS-01"),
        ["RADAI114"] = new(() => InspectAi(p => p.FeatureCountText = "about a hundred"), () => InspectAi(p => p.FeatureCountText = "120+"), "Container://Shop.Feature Store"),
        ["RADAI115"] = new(
            () => InspectAi(p => p.History = ["2.2"]),
            () => InspectAi(p => p.History = ["v2.2", "v2.3"]), // the element states "2.3": a leading "v" names the same version
            "Container://Shop.Recommender"),
    };

    public static TheoryData<string> RuleIds() => [.. InspectionRules.All.Select(r => r.Id)];

    [Fact]
    public void Every_rule_in_the_catalogue_has_a_trip_and_a_pass_fixture()
        => Assert.Equal(InspectionRules.All.Select(r => r.Id).Order(), Cases.Keys.Order());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_trip_fixture_trips_the_rule_on_the_expected_item(string id)
    {
        var report = Cases[id].Trip();
        var findings = report.Findings.Where(f => f.Rule.Id == id).ToList();
        Assert.True(findings.Count > 0, $"{id} did not fire; findings were: {string.Join(" | ", report.Findings)}");
        var finding = Assert.Single(findings, f => f.Subject.Name == Cases[id].Subject);
        Assert.Equal(finding.Rule.DefaultSeverity, finding.Severity);
        Assert.False(finding.IsSuppressed);
        Assert.EndsWith(".", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal); // no unfilled placeholders
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_pass_fixture_does_not_trip_the_rule(string id)
    {
        var report = Cases[id].Pass();
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == id);
    }

    [Fact]
    public void Validation_rules_found_in_JSON_name_the_JSON_path()
    {
        var report = Cases["RADAI001"].Trip();
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI001");
        Assert.Equal("$.model.softwareSystems[0].containers[1]", finding.Subject.JsonPath);
        Assert.Contains("Container://Shop.Web App", finding.Message, StringComparison.Ordinal);
        Assert.False(report.IsComplete); // the reader cannot load a workspace with a repeated id
        Assert.Null(report.Workspace);
    }

    [Fact]
    public void The_JSON_checks_report_every_problem_not_only_the_first()
    {
        var json = CleanJson();
        Element(json, "Database")["id"] = Element(json, "Web App")["id"]!.GetValue<string>();
        View(json, "Containers")["key"] = "Context";
        View(json, "Components")["elements"]!.AsArray().Add(new JsonObject { ["id"] = "999" });
        var ids = Inspect(json).Findings.Select(f => f.Rule.Id).Distinct().Order().ToList();
        Assert.Equal(["RADAI001", "RADAI002", "RADAI006"], ids);
    }

    [Fact]
    public void A_repeated_relationship_survives_the_reader_and_is_found_by_the_model_rule_too()
    {
        var json = CleanJson();
        DuplicateRelationship(json);
        var workspace = WorkspaceJson.Deserialize(json.ToJsonString());
        var fromModel = Assert.Single(Inspector.Run(workspace).Findings, f => f.Rule.Id == "RADAI005");
        Assert.Null(fromModel.Subject.JsonPath);
        var fromJson = Assert.Single(Inspect(json).Findings, f => f.Rule.Id == "RADAI005"); // not reported twice
        Assert.NotNull(fromJson.Subject.JsonPath);
    }

    [Fact]
    public void Dangling_relationship_instance_and_base_view_references_are_all_found()
    {
        var json = CleanJson();
        var customer = Element(json, "Customer");
        customer["relationships"]!.AsArray()[0]!["destinationId"] = "998";
        Element(json, "DB Server")["containerInstances"]!.AsArray()[0]!["containerId"] = "997";
        json["views"]!["filteredViews"] = new JsonArray(new JsonObject { ["key"] = "Filtered", ["baseViewKey"] = "Nowhere", ["mode"] = "Include", ["tags"] = new JsonArray("Element") });
        var report = Inspect(json);
        var messages = report.Findings.Where(f => f.Rule.Id == "RADAI006").Select(f => f.Message).ToList();
        Assert.Contains(messages, m => m.Contains("\"998\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("\"997\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("\"Nowhere\"", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------- helpers

    private static InspectionReport Run(Action<Shop> change)
    {
        var shop = Clean();
        change(shop);
        return Inspect(shop);
    }

    private static InspectionReport Json(Action<JsonObject> change)
    {
        var json = CleanJson();
        change(json);
        return Inspect(json);
    }

    private static void DuplicateRelationship(JsonObject json)
    {
        var relationships = Element(json, "Customer")["relationships"]!.AsArray();
        var copy = relationships.First(r => r!["description"]!.GetValue<string>() == "Places orders using")!.DeepClone().AsObject();
        copy["id"] = "500";
        relationships.Add(copy);
    }

    private static JsonObject LastRelationship(JsonObject json) => Element(json, "Customer")["relationships"]!.AsArray()[^1]!.AsObject();

    /// <summary>The clean AI workspace's JSON with the quality scenario's artifact renamed (only JSON can hold a dangling one).</summary>
    private static JsonObject WithDanglingArtifact(string artifact)
    {
        var json = CleanAiJson();
        var properties = json["properties"]!.AsObject();
        var quality = properties[RadAiConvention.QualityKey]!.GetValue<string>();
        properties[RadAiConvention.QualityKey] = quality.Replace("\"Container://Shop.Recommender\"", $"\"{artifact}\"", StringComparison.Ordinal);
        return json;
    }

    private static Workspace WithoutViews()
    {
        var w = new Workspace("Shop", "Sells things.");
        w.Model.AddPerson("Customer", "Buys.").Uses(w.Model.AddSoftwareSystem("Shop", "Sells."), "Buys from", "HTTPS");
        return w;
    }
}
