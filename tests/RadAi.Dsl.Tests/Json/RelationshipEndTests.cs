using System.Text;
using System.Text.Json.Nodes;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// The reader resolves relationship ends once every element is known: forward and backward references, a source other
/// than the owner, custom elements (read after people and systems), non-ASCII, long, escaped and numeric ids all name
/// the element the JSON says; an end that names nothing, or nothing at all, is an error naming its JSON path.
/// </summary>
public class RelationshipEndTests
{
    [Theory]
    [InlineData("forward and backward references", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"3","id":"4","sourceId":"1"}]}],"softwareSystems":[{"id":"2","name":"S","relationships":[{"destinationId":"1","id":"5","sourceId":"2"}]},{"id":"3","name":"T"}]}}""")]
    [InlineData("a source other than the owner", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"3","id":"4","sourceId":"2"}]}],"softwareSystems":[{"id":"2","name":"S"},{"id":"3","name":"T"}]}}""")]
    [InlineData("a null source is the owner", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"4","sourceId":null}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("no source is the owner", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("custom elements, read after people and systems", """{"name":"W","model":{"customElements":[{"id":"10","name":"C","relationships":[{"destinationId":"2","id":"11","sourceId":"10"}]},{"id":"12","name":"D","relationships":[{"destinationId":"10","id":"13","sourceId":"12"}]}],"people":[{"id":"1","name":"P","relationships":[{"destinationId":"12","id":"4","sourceId":"1"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("non-ASCII ids", """{"name":"W","model":{"people":[{"id":"prüfer-ß","name":"P","relationships":[{"destinationId":"système-😀","id":"rel-ü","sourceId":"prüfer-ß"}]}],"softwareSystems":[{"id":"système-😀","name":"S"}]}}""")]
    [InlineData("nested elements as ends", """{"name":"W","model":{"softwareSystems":[{"containers":[{"components":[{"id":"3","name":"K","relationships":[{"destinationId":"5","id":"6","sourceId":"3"}]}],"id":"2","name":"C"}],"id":"1","name":"S"},{"containers":[{"id":"5","name":"D","relationships":[{"destinationId":"3","id":"7","sourceId":"5"}]}],"id":"4","name":"T"}]}}""")]
    public void Relationship_ends_are_the_elements_the_JSON_names(string what, string json)
    {
        var read = WorkspaceJson.Deserialize(json);
        Assert.True(read.Model.Relationships.Count > 0, what);
        Assert.Equal(ExpectedEnds(json), read.Model.Relationships.Select(Ends).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_id_longer_than_the_stack_buffer_is_resolved_too()
    {
        var id = new string('x', 300) + "é";
        var json = $$$"""{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"{{{id}}}","id":"4"}]}],"softwareSystems":[{"id":"{{{id}}}","name":"S"}]}}""";
        var read = WorkspaceJson.Deserialize(Encoding.UTF8.GetBytes(json));
        Assert.Equal(id, read.Model.Relationships.Single().Destination.Id);
    }

    [Theory]
    [InlineData("an escaped destination id", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"\u0032","id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("an escaped source id", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"4","sourceId":"\u0031"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("a destination id as a number", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":2,"id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("an escaped field name", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationI\u0064":"2","id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    public void Escaped_and_numeric_ids_name_the_element_their_text_names(string what, string json)
    {
        var read = WorkspaceJson.Deserialize(json);
        var relationship = Assert.Single(read.Model.Relationships);
        Assert.True(relationship.Source.Id == "1" && relationship.Destination.Id == "2", what);
    }

    [Theory]
    [InlineData("""{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"9","id":"4"}]}]}}""", "$.model.people[0].relationships[0].destinationId: names element id '9', which does not exist.")]
    [InlineData("""{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"id":"4"}]}]}}""", "$.model.people[0].relationships[0].destinationId: is missing or empty.")]
    [InlineData("""{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"1","id":"4","sourceId":""}]}]}}""", "$.model.people[0].relationships[0].sourceId: is missing or empty.")]
    [InlineData("""{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"2"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""", "$.model.people[0].relationships[0].id: id '2' is used twice")]
    [InlineData("""{"name":"W","model":{"people":[{"id":"1","name":"P"}],"softwareSystems":[{"id":"1","name":"S"}]}}""", "$.model.softwareSystems[0].id: id '1' is used twice")]
    [InlineData("""{"name":"W","model":{"softwareSystems":[{"containers":[{"id":"1","name":"C"}],"id":"1","name":"S"}]}}""", "$.model.softwareSystems[0].containers[0].id: id '1' is used twice")]
    [InlineData("""{"name":"W","model":{"customElements":[{"id":"5","name":"X","relationships":[{"destinationId":"7","id":"6"}]}]}}""", "$.model.customElements[0].relationships[0].destinationId: names element id '7'")]
    [InlineData("""{"name":"W","model":{"softwareSystems":[{"id":"1","name":"S","relationships":[{"destinationId":{},"id":"4"}]}]}}""", "$.model.softwareSystems[0].relationships[0].destinationId: expected a string but found an object.")]
    public void An_end_or_id_the_model_cannot_take_is_an_error_naming_its_JSON_path(string json, string expected)
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(json));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_finds_an_element_by_its_id_as_characters()
    {
        var workspace = new Workspace("W");
        var person = workspace.Model.AddPerson("P");
        var system = workspace.Model.AddSoftwareSystem("S");
        Assert.Same(person, workspace.Model.GetElement(person.Id.AsSpan()));
        Assert.Same(system, workspace.Model.GetElement("x2".AsSpan(1)));
        Assert.Null(workspace.Model.GetElement("99".AsSpan()));
        Assert.Null(workspace.Model.GetElement(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void A_relationship_in_the_model_keeps_its_ends()
    {
        var workspace = new Workspace("W");
        var person = workspace.Model.AddPerson("P");
        var system = workspace.Model.AddSoftwareSystem("S");
        var relationship = person.Uses(system, "Uses");
        Assert.Throws<InvalidOperationException>(() => relationship.SetEndsBeforeRegister(system, person));
        Assert.Same(person, relationship.Source);
        Assert.Same(system, relationship.Destination);
    }

    private static string Ends(Relationship r) => $"{r.Id}: {r.Source.Id} -> {r.Destination.Id}";

    // The ends as the JSON states them: the owner when the source is left out or null.
    private static IEnumerable<string> ExpectedEnds(string json)
    {
        var ends = new List<string>();
        void Visit(JsonNode? node)
        {
            if (node is JsonArray array)
            {
                foreach (var item in array) Visit(item);
                return;
            }
            if (node is not JsonObject element) return;
            foreach (var r in element["relationships"]?.AsArray() ?? [])
                ends.Add($"{r!["id"]}: {r["sourceId"]?.GetValue<string>() ?? element["id"]!.GetValue<string>()} -> {r["destinationId"]}");
            foreach (var (_, child) in element) Visit(child);
        }
        Visit(JsonNode.Parse(json)!["model"]);
        return ends.Order(StringComparer.Ordinal);
    }
}
