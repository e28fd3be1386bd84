using System.Text.Json.Nodes;
using RadAi.Dsl.Inspections;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Cli;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections.Validation;

/// <summary>
/// Workspaces the JSON reader takes but Structurizr's DSL (and for instances its JSON reader) rejects are errors, so a
/// clean <c>radai validate</c> means Structurizr takes the workspace.
/// </summary>
public sealed class StructurizrModelRulesTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>Each case: how the clean shop's JSON is broken, the rule, the subject and a phrase of the message.</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "child to parent relationship", "RADAI009", "Relationship://Container://Shop.Web App -> SoftwareSystem://Shop (Belongs to)", "its parent or child" },
        { "parent to grandchild relationship", "RADAI009", "Relationship://SoftwareSystem://Shop -> Component://Shop.Web App.Order Controller (Contains)", "its parent or child" },
        { "deployment node on a system context view", "RADAI009", "Context", "cannot be shown on a system context view" },
        { "view key with a slash", "RADAI002", "Containers/All", "a-zA-Z0-9_-" },
        { "instances that are not a number", "RADAI009", "DeploymentNode://Live/Server", "\"lots\"" },
        { "range whose upper bound is below its lower", "RADAI009", "DeploymentNode://Live/Server", "\"3..1\"" },
        { "software system to deployment node relationship", "RADAI009", "Relationship://SoftwareSystem://Shop -> DeploymentNode://Live/Server (Runs on)", "cannot be related" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_inspector_reports_each_as_an_error_on_the_item(string @case, string rule, string subject, string phrase)
    {
        var report = Inspect(Broken(@case));

        var finding = Assert.Single(report.Findings, f => f.Rule.Id == rule && f.Subject.Name == subject);
        Assert.Equal(InspectionSeverity.Error, finding.Severity);
        Assert.Contains(phrase, finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, InspectionExitCode.For(report, InspectionSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Radai_validate_fails_on_each(string @case, string rule, string subject, string phrase)
    {
        _ = subject;
        _ = phrase;
        var run = await RadaiProcess.RunAsync("validate", _files.WriteText("broken.json", Broken(@case).ToJsonString()));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error " + rule, run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clean_shop_its_ranges_and_replicated_instance_relationships_pass()
    {
        var shop = Clean();
        shop.Server.Instances = "2..4";
        shop.Model.AddDeploymentNode("Live", "Pool", "Spare capacity.", "Ubuntu 24.04", "0..N").AddInfrastructureNode("Proxy", "Proxies.", "Envoy");
        var report = Inspector.Run(shop.Workspace);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id is "RADAI009" or "RADAI002");
        Assert.DoesNotContain(Inspect(CleanJson()).Findings, f => f.Rule.Id is "RADAI009" or "RADAI002");
    }

    [Fact]
    public void A_workspace_read_without_the_JSON_checks_still_has_its_view_key_checked()
    {
        var report = Inspector.Run(WorkspaceJson.Deserialize(Broken("view key with a slash").ToJsonString()));

        Assert.Contains(report.Findings, f => f.Rule.Id == "RADAI002" && f.Subject.Name == "Containers/All");
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("12", true)]
    [InlineData("0..N", true)]
    [InlineData("..N", true)]
    [InlineData("1..*", true)]
    [InlineData("2..4", true)]
    [InlineData("3..3", true)]
    [InlineData("1abN", true)] // Java's pattern \\d*..N has unescaped dots
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("lots", false)]
    [InlineData("3..1", false)]
    [InlineData("..5", false)]
    [InlineData("1..N..2", false)]
    [InlineData("99999999999", false)]
    public void Instances_are_read_as_structurizr_java_sets_them(string instances, bool accepted)
        => Assert.Equal(accepted, RadAi.Dsl.Inspections.StructurizrModelRulesValidation.IsInstanceCount(instances));

    private static JsonObject Broken(string @case)
    {
        var json = CleanJson();
        var id = (string name) => Element(json, name)["id"]!.GetValue<string>();
        switch (@case)
        {
            case "child to parent relationship":
                Relate(Element(json, "Web App"), id("Web App"), id("Shop"), "Belongs to");
                break;
            case "parent to grandchild relationship":
                Relate(Element(json, "Shop"), id("Shop"), id("Order Controller"), "Contains");
                break;
            case "deployment node on a system context view":
                View(json, "Context")["elements"]!.AsArray().Add(new JsonObject { ["id"] = id("Server"), ["x"] = 0, ["y"] = 0 });
                break;
            case "view key with a slash":
                View(json, "Containers")["key"] = "Containers/All";
                break;
            case "instances that are not a number":
                Element(json, "Server")["instances"] = "lots";
                break;
            case "range whose upper bound is below its lower":
                Element(json, "Server")["instances"] = "3..1";
                break;
            case "software system to deployment node relationship":
                Relate(Element(json, "Shop"), id("Shop"), id("Server"), "Runs on");
                break;
        }
        return json;
    }

    private static void Relate(JsonObject source, string sourceId, string destinationId, string description)
    {
        if (source["relationships"] is not JsonArray relationships) source["relationships"] = relationships = [];
        relationships.Add(new JsonObject { ["id"] = "9" + sourceId + destinationId, ["sourceId"] = sourceId, ["destinationId"] = destinationId, ["description"] = description, ["tags"] = "Relationship" });
    }
}
