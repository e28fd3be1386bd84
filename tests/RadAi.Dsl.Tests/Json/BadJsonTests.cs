using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

public class BadJsonTests
{
    [Theory]
    [InlineData("{\"name\":\"W\",\"model\":{", "Malformed JSON at line 1")]
    [InlineData("", "The JSON is empty")]
    [InlineData("[1,2]", "$: expected an object but found an array")]
    [InlineData("{\"description\":\"no name\"}", "$.name: is missing or empty")]
    [InlineData("{\"name\":\"W\",\"id\":\"abc\"}", "$.id: expected an integer but found a string")]
    [InlineData("{\"name\":\"W\",\"model\":[]}", "$.model: expected an object but found an array")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":{}}}", "$.model.people: expected an array but found an object")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":{}}]}}", "$.model.people[0].name: expected a string but found an object")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"properties\":{\"k\":[1]}}]}}", "$.model.people[0].properties.k: expected a string but found an array")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"relationships\":[{\"id\":\"2\",\"sourceId\":\"1\",\"destinationId\":\"9\"}]}]}}",
        "$.model.people[0].relationships[0].destinationId: names element id '9', which does not exist.")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\"},{\"id\":\"1\",\"name\":\"V\"}]}}", "$.model.people[1].id: id '1' is used twice")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\"},{\"id\":\"2\",\"name\":\"U\"}]}}", "$.model.people[1].name: A person named 'U' already exists")]
    [InlineData("{\"name\":\"W\",\"views\":{\"systemLandscapeViews\":[{\"key\":\"L\",\"elements\":[{\"id\":\"7\"}]}]}}", "$.views.systemLandscapeViews[0].elements[0].id: names element id '7', which does not exist.")]
    [InlineData("{\"name\":\"W\",\"views\":{\"systemLandscapeViews\":[{\"key\":\"L\",\"relationships\":[{\"id\":\"7\"}]}]}}", "$.views.systemLandscapeViews[0].relationships[0].id: names relationship id '7'")]
    [InlineData("{\"name\":\"W\",\"views\":{\"systemLandscapeViews\":[{\"key\":\"L\",\"order\":1},{\"key\":\"L\",\"order\":2}]}}", "$.views.systemLandscapeViews[1].key: A view with key 'L' already exists")]
    [InlineData("{\"name\":\"W\",\"views\":{\"filteredViews\":[{\"key\":\"F\",\"baseViewKey\":\"Nope\"}]}}", "$.views.filteredViews[0].baseViewKey: names view 'Nope'")]
    [InlineData("{\"name\":\"W\",\"views\":{\"systemContextViews\":[{\"key\":\"C\",\"softwareSystemId\":\"3\"}]}}", "$.views.systemContextViews[0].softwareSystemId: names element id '3', which does not exist.")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"url\":\"not a url\"}]}}", "$.model.people[0].url: 'not a url' is not an absolute URL.")]
    [InlineData("{\"name\":\"W\",\"model\":{\"softwareSystems\":[{\"id\":\"1\",\"name\":\"S\"}],\"deploymentNodes\":[{\"id\":\"2\",\"name\":\"N\",\"containerInstances\":[{\"id\":\"3\",\"containerId\":\"1\"}]}]}}",
        "$.model.deploymentNodes[0].containerInstances[0].containerId: names 'SoftwareSystem://S', which is not a container.")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"perspectives\":[{\"description\":\"d\"}]}]}}", "$.model.people[0].perspectives[0].name: a perspective needs a name.")]
    [InlineData("{\"name\":\"W\",\"model\":{\"softwareSystems\":[{\"documentation\":{\"decisions\":[{\"id\":\"1\"}]},\"id\":\"1\",\"name\":\"S\"}]}}", "$.model.softwareSystems[0].documentation.decisions[0].title: is missing or empty.")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"relationships\":[{\"id\":\"2\",\"destinationId\":\"1\",\"url\":\"nope\"}]}]}}", "$.model.people[0].relationships[0].url: 'nope' is not an absolute URL.")]
    [InlineData("{\"name\":\"W\",\"lastModifiedDate\":[]}", "$.lastModifiedDate: expected a date such as")]
    [InlineData("{\"name\":\"W\",\"model\":{\"deploymentNodes\":[{\"id\":\"1\"}]}}", "$.model.deploymentNodes[0].name: is missing or empty.")]
    public void Bad_input_gives_our_exception_naming_the_json_path(string json, string expected)
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"W\",\"name\":\"V\"}", "$.name: is given twice in one object")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":\"U\",\"id\":\"2\"}]}}", "$.model.people[0].id: is given twice in one object")]
    [InlineData("{\"name\":\"W\",\"model\":{\"people\":[],\"peopl\\u0065\":[]}}", "$.model.people: is given twice in one object")]
    public void A_field_given_twice_in_one_object_is_an_error_naming_it(string json, string expected)
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(json));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_JSON_is_reported_even_after_a_field_that_cannot_be_read()
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize("{\"name\":\"W\",\"id\":\"abc\",\"x\":[1,}"));
        Assert.StartsWith("Malformed JSON at line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void People_after_software_systems_read_as_before_them()
    {
        var workspace = WorkspaceJson.Deserialize("{\"name\":\"W\",\"model\":{\"softwareSystems\":[{\"id\":\"2\",\"name\":\"S\"}],\"people\":[{\"id\":\"1\",\"name\":\"U\",\"relationships\":[{\"id\":\"3\",\"destinationId\":\"2\"}]}]}}");
        Assert.Equal(["1", "2"], workspace.Model.Elements.Select(e => e.Id));
        Assert.Equal("1", workspace.Model.Relationships.Single().Source.Id);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.ReadFile("/nowhere/workspace.json"));
        Assert.Contains("/nowhere/workspace.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_path_is_available_as_a_property()
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize("{\"name\":\"W\",\"id\":true}"));
        Assert.Equal("$.id", e.JsonPath);
    }
}
