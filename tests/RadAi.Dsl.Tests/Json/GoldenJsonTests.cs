using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Json;

public class GoldenJsonTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public void Golden_model_built_through_the_API_is_byte_identical_to_structurizr_java(string culture)
    {
        using var _ = new CultureScope(culture);
        var expected = File.ReadAllText(RepoPaths.Golden("workspace-compact.json"));
        Assert.Equal(expected, WorkspaceJson.Serialize(GoldenWorkspace.Build()));
    }

    [Fact]
    public void Indented_output_equals_the_pretty_golden_file_as_json()
    {
        var expected = JsonNode.Parse(File.ReadAllText(RepoPaths.Golden("workspace-pretty.json")));
        var actual = WorkspaceJson.Serialize(GoldenWorkspace.Build(), indented: true);
        Assert.Contains("\n  \"configuration\"", actual, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual)));
    }

    [Fact]
    public void Escaping_matches_jackson_byte_for_byte()
    {
        var path = RepoPaths.Golden("escaping-compact.json");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        // The strings come from the golden file itself; the workspace is built through the API.
        using var doc = JsonDocument.Parse(expected);
        var root = doc.RootElement;
        var personJson = root.GetProperty("model").GetProperty("people")[0];
        var systemJson = root.GetProperty("model").GetProperty("softwareSystems")[0];
        var relationshipJson = personJson.GetProperty("relationships")[0];

        var workspace = new Workspace(root.GetProperty("name").GetString()!, root.GetProperty("description").GetString());
        var person = workspace.Model.AddPerson(personJson.GetProperty("name").GetString()!, personJson.GetProperty("description").GetString());
        foreach (var p in personJson.GetProperty("properties").EnumerateObject()) person.Properties.Set(p.Name, p.Value.GetString());
        var system = workspace.Model.AddSoftwareSystem(systemJson.GetProperty("name").GetString()!, systemJson.GetProperty("description").GetString());
        person.Uses(system, relationshipJson.GetProperty("description").GetString(), relationshipJson.GetProperty("technology").GetString());

        Assert.Equal(expected, WorkspaceJson.Serialize(workspace));
        Assert.Contains("\\u0000", expected, StringComparison.Ordinal);
        Assert.Contains("\u2028", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("workspace-compact.json")]
    [InlineData("escaping-compact.json")]
    [InlineData("big-bank-plc.rewritten-compact.json")]
    [InlineData("amazon-web-services.rewritten-compact.json")]
    public void Reading_then_writing_is_byte_identical(string file)
    {
        var bytes = File.ReadAllBytes(RepoPaths.Golden(file));
        var workspace = WorkspaceJson.Deserialize(bytes);
        Assert.Equal(Encoding.UTF8.GetString(bytes), WorkspaceJson.Serialize(workspace));
    }

    [Theory]
    [InlineData("big-bank-plc")]
    [InlineData("amazon-web-services")]
    public void Original_examples_are_rewritten_as_java_rewrites_them(string name)
    {
        var original = WorkspaceJson.ReadFile(RepoPaths.Structurizr("examples", name + ".json"));
        var expected = JsonNode.Parse(File.ReadAllText(RepoPaths.Golden(name + ".rewritten-compact.json")));
        var actual = JsonNode.Parse(WorkspaceJson.Serialize(original));
        Assert.True(JsonNode.DeepEquals(expected, actual), JsonDiff.First(expected, actual));
    }

    [Fact]
    public void The_empty_workspace_matches_the_api_test_vector()
    {
        const string expected = "{\"configuration\":{},\"description\":\"Description\",\"documentation\":{},\"id\":0,\"model\":{},\"name\":\"Name\",\"views\":{\"configuration\":{\"branding\":{},\"styles\":{},\"terminology\":{}}}}";
        Assert.Equal(expected, WorkspaceJson.Serialize(new Workspace("Name", "Description")));
    }

    [Fact]
    public void New_ids_continue_after_the_highest_id_read()
    {
        var workspace = WorkspaceJson.ReadFile(RepoPaths.Golden("big-bank-plc.rewritten-compact.json"));
        var maxId = workspace.Model.Elements.Select(e => int.Parse(e.Id, CultureInfo.InvariantCulture))
            .Concat(workspace.Model.Relationships.Select(r => int.Parse(r.Id, CultureInfo.InvariantCulture))).Max();
        var added = workspace.Model.AddPerson("Auditor");
        Assert.Equal((maxId + 1).ToString(CultureInfo.InvariantCulture), added.Id);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var json = "{\"name\":\"W\",\"futureField\":{\"x\":[1,2]},\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"location\":\"External\",\"shoeSize\":44}]}}";
        var workspace = WorkspaceJson.Deserialize(json);
        Assert.Equal("U", Assert.Single(workspace.Model.People).Name);
    }
}
