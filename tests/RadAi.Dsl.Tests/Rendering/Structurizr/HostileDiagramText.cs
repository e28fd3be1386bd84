using System.Text.Json.Nodes;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// A workspace whose every text (names, descriptions, technologies, groups, tags, view titles and, in its JSON, view keys)
/// carries each kind of line break and control character followed by a Mermaid directive, YAML front matter and
/// PlantUML commands: what an attacker would write to take over a diagram exported from it.
/// </summary>
internal static class HostileDiagramText
{
    public const string Directive = "%%{init: {\"theme\": \"forest\"}}%%";

    // Line breaks of every convention, the other control characters, and Unicode's line and paragraph separators.
    private static readonly string[] Breaks = ["\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\v", "\f", "\u0007", "\u001b]0;x\u0007", "\0", "\t"];

    /// <summary><paramref name="what"/>, then after each break: a directive, YAML front matter, @enduml, an !include and a comment.</summary>
    public static string Text(string what)
        => what + string.Concat(Breaks.Select(b => b + Directive + b + "---" + b + "title: x" + b + "@enduml" + b + "!include /etc/passwd" + b + "' c" + b + "%% c" + b + "end"));

    /// <summary>True for the characters that would start a new line, or be read as one, in some parser.</summary>
    public static bool BreaksALine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    public static Workspace Build()
    {
        var workspace = new Workspace(Text("W"), Text("D"));
        var model = workspace.Model;
        var tag = Text("Tag");
        var user = model.AddPerson(Text("Person"), Text("description"));
        user.Group = Text("Group");
        user.Tags.Add(tag);
        var system = model.AddSoftwareSystem(Text("System"), Text("description"));
        var web = system.AddContainer(Text("Web"), Text("description"), Text("technology"));
        web.Group = Text("Container group");
        var api = system.AddContainer(Text("Api"), Text("description"), Text("technology"));
        var controller = api.AddComponent(Text("Controller"), Text("description"), Text("technology"));
        var custom = model.AddCustomElement(Text("Custom"), Text("metadata"), Text("description"));
        user.Uses(web, Text("uses"), Text("technology")).Tags.Add(tag);
        web.Uses(api, Text("calls"), Text("technology"));
        api.Uses(custom, Text("tells"));
        controller.Uses(custom, Text("reports"));
        var node = model.AddDeploymentNode(Text("Environment"), Text("Node"), Text("description"), Text("technology"), 2);
        var inner = node.AddDeploymentNode(Text("Inner"), Text("description"), Text("technology"));
        inner.Add(web);
        inner.Add(api);
        workspace.Views.Configuration.Styles.AddElementStyle(tag).Background = "#ff0000";
        workspace.Views.Configuration.Styles.AddRelationshipStyle(tag).Color = "#00ff00";

        var landscape = workspace.Views.CreateSystemLandscapeView("landscape", Text("description"));
        landscape.AddAllElements();
        landscape.Title = Text("Title");
        workspace.Views.CreateSystemContextView(system, "context").AddAllElements();
        workspace.Views.CreateContainerView(system, "containers").AddAllElements();
        workspace.Views.CreateComponentView(api, "components").AddAllElements();
        var dynamic = workspace.Views.CreateDynamicView(system, "dynamic");
        dynamic.Add(user, Text("step"), web);
        dynamic.Add(web, api);
        dynamic.Title = Text("Dynamic title");
        var deployment = workspace.Views.CreateDeploymentView(system, node.Environment, "deployment");
        deployment.AddAllDeploymentNodes();
        var customView = workspace.Views.CreateCustomView("custom", Text("Custom title"));
        customView.Add(custom);
        workspace.Views.CreateFilteredView(landscape, "filtered", Text("description"), FilterMode.Exclude, "nothing");
        return workspace;
    }

    /// <summary>The workspace's JSON with every view key replaced by a hostile one (the JSON reader takes any key, as Java's does).</summary>
    public static string JsonWithHostileKeys()
    {
        var json = JsonNode.Parse(WorkspaceJson.Serialize(Build()))!;
        var views = json["views"]!.AsObject();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, list) in views.Where(p => p.Value is JsonArray).ToList())
            foreach (var view in list!.AsArray())
            {
                var key = (string)view!["key"]!;
                view["key"] = keys[key] = Text("key " + key);
            }
        foreach (var view in views["filteredViews"]!.AsArray()) view!["baseViewKey"] = keys[(string)view["baseViewKey"]!];
        return json.ToJsonString();
    }
}
