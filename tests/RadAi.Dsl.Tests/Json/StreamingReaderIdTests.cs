using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// The streaming reader resolves relationship ends from the ids' UTF-8 bytes (no string per id) once every element
/// is known: forward and backward references, a source other than the owner, custom elements (read from a slice of
/// the input), non-ASCII and long ids all read as the full reader reads them; ids it cannot take as bytes (escaped)
/// or cannot find are left to the full reader.
/// </summary>
public class StreamingReaderIdTests
{
    [Theory]
    [InlineData("forward and backward references", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"3","id":"4","sourceId":"1"}]}],"softwareSystems":[{"id":"2","name":"S","relationships":[{"destinationId":"1","id":"5","sourceId":"2"}]},{"id":"3","name":"T"}]}}""")]
    [InlineData("a source other than the owner", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"3","id":"4","sourceId":"2"}]}],"softwareSystems":[{"id":"2","name":"S"},{"id":"3","name":"T"}]}}""")]
    [InlineData("a null source is the owner", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"4","sourceId":null}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("no source is the owner", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("custom elements, read after people and systems", """{"name":"W","model":{"customElements":[{"id":"10","name":"C","relationships":[{"destinationId":"2","id":"11","sourceId":"10"}]},{"id":"12","name":"D","relationships":[{"destinationId":"10","id":"13","sourceId":"12"}]}],"people":[{"id":"1","name":"P","relationships":[{"destinationId":"12","id":"4","sourceId":"1"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""")]
    [InlineData("non-ASCII ids", """{"name":"W","model":{"people":[{"id":"prüfer-ß","name":"P","relationships":[{"destinationId":"système-😀","id":"rel-ü","sourceId":"prüfer-ß"}]}],"softwareSystems":[{"id":"système-😀","name":"S"}]}}""")]
    [InlineData("nested elements as ends", """{"name":"W","model":{"softwareSystems":[{"containers":[{"components":[{"id":"3","name":"K","relationships":[{"destinationId":"5","id":"6","sourceId":"3"}]}],"id":"2","name":"C"}],"id":"1","name":"S"},{"containers":[{"id":"5","name":"D","relationships":[{"destinationId":"3","id":"7","sourceId":"5"}]}],"id":"4","name":"T"}]}}""")]
    public void Relationship_ends_are_resolved_from_their_bytes_as_the_full_reader_resolves_them(string what, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var streamed = WorkspaceJsonStreamReader.TryRead(bytes);
        Assert.True(streamed is not null, what);
        var full = WorkspaceJson.ReadWithDocument(bytes);
        Assert.Equal(WorkspaceJson.Serialize(full), WorkspaceJson.Serialize(streamed));
        Assert.Equal(full.Model.Relationships.Select(Ends), streamed.Model.Relationships.Select(Ends));
        Assert.NotEmpty(streamed.Model.Relationships);
    }

    [Fact]
    public void An_id_longer_than_the_stack_buffer_is_resolved_too()
    {
        var id = new string('x', 300) + "é";
        var json = $$$"""{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"{{{id}}}","id":"4"}]}],"softwareSystems":[{"id":"{{{id}}}","name":"S"}]}}""";
        var streamed = WorkspaceJsonStreamReader.TryRead(Encoding.UTF8.GetBytes(json));
        Assert.NotNull(streamed);
        Assert.Equal(id, streamed.Model.Relationships.Single().Destination.Id);
    }

    [Theory]
    [InlineData("an escaped destination id", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"\u0032","id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""", null)]
    [InlineData("an escaped source id", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"4","sourceId":"\u0031"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""", null)]
    [InlineData("a destination id as a number", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":2,"id":"4"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""", null)]
    [InlineData("an unknown destination", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"9","id":"4"}]}]}}""", "destinationId")]
    [InlineData("no destination", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"id":"4"}]}]}}""", "destinationId")]
    [InlineData("an empty source id", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"1","id":"4","sourceId":""}]}]}}""", "sourceId")]
    [InlineData("a relationship id taken by an element", """{"name":"W","model":{"people":[{"id":"1","name":"P","relationships":[{"destinationId":"2","id":"2"}]}],"softwareSystems":[{"id":"2","name":"S"}]}}""", "id")]
    [InlineData("an element id taken by another element", """{"name":"W","model":{"people":[{"id":"1","name":"P"}],"softwareSystems":[{"id":"1","name":"S"}]}}""", "id")]
    public void Ids_the_streaming_reader_cannot_take_are_left_to_the_full_reader(string what, string json, string? errorField)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.True(WorkspaceJsonStreamReader.TryRead(bytes) is null, what);
        if (errorField is null)
        {
            // Valid for the full reader: the public entry point gives its result.
            var full = WorkspaceJson.ReadWithDocument(bytes);
            Assert.Equal(WorkspaceJson.Serialize(full), WorkspaceJson.Serialize(WorkspaceJson.Deserialize(bytes)));
            Assert.Single(full.Model.Relationships);
        }
        else
        {
            var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(bytes));
            Assert.Contains(errorField, e.JsonPath ?? e.Message, StringComparison.Ordinal);
        }
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
}
