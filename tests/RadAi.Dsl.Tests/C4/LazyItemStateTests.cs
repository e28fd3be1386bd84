using RadAi.Dsl;

namespace RadAi.Dsl.Tests.C4;

/// <summary>
/// Tags and the canonical-name index are created on first use (a large model read from JSON and written back never
/// needs them); what users see must be exactly what eager creation gave.
/// </summary>
public class LazyItemStateTests
{
    [Fact]
    public void The_canonical_name_index_answers_the_same_whether_built_before_or_after_elements_are_added()
    {
        var model = new Workspace("W").Model;
        var first = model.AddSoftwareSystem("Shop.com");
        // Built now, then kept up to date: the later "Shopcom" shares the canonical name and must not replace the first.
        Assert.Same(first, model.GetElementWithCanonicalName("SoftwareSystem://Shopcom"));
        var second = model.AddSoftwareSystem("Shopcom");
        var web = second.AddContainer("Web/App");
        Assert.Same(first, model.GetElementWithCanonicalName("SoftwareSystem://Shopcom"));
        Assert.Same(web, model.GetElementWithCanonicalName("Container://Shopcom.WebApp"));

        // Built only after everything was added (as after reading JSON): the first still keeps the shared name.
        var again = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(model.Workspace)).Model;
        Assert.Equal(first.Id, again.GetElementWithCanonicalName("SoftwareSystem://Shopcom")!.Id);
        Assert.Equal(web.Id, again.GetElementWithCanonicalName("Container://Shopcom.WebApp")!.Id);
        var added = ((SoftwareSystem)again.GetElement(second.Id)!).AddContainer("Api");
        Assert.Same(added, again.GetElementWithCanonicalName("Container://Shopcom.Api"));
        Assert.Null(again.GetElementWithCanonicalName("Container://Nowhere.Api"));
    }

    [Theory]
    [InlineData("Element,Person,External", new[] { "Element", "Person", "External" }, "Element,Person,External")]
    [InlineData(" Element , Person,,Element,External ", new[] { "Element", "Person", "External" }, "Element,Person,External")]
    [InlineData("", new string[0], "")]
    public void Tags_read_from_json_are_the_same_set_whether_or_not_the_set_was_created_before(string tags, string[] expected, string joined)
    {
        var json = $$$"""{"name":"W","model":{"people":[{"id":"1","name":"P","tags":"{{{tags}}}"}]}}""";
        var person = WorkspaceJson.Deserialize(json).Model.People.Single();
        // Written back first (no set created), then looked at through the set.
        Assert.Contains(joined.Length == 0 ? "\"name\":\"P\"}" : $"\"tags\":\"{joined}\"", WorkspaceJson.Serialize(person.Model.Workspace), StringComparison.Ordinal);
        Assert.Equal(expected, person.Tags);
        Assert.Equal(expected.Length, person.Tags.Count);
        Assert.Equal(joined, person.Tags.ToString());
        Assert.Same(person.Tags, person.Tags);
        person.Tags.Add("Extra");
        Assert.Equal([.. expected, "Extra"], person.Tags);
        Assert.Contains("Extra\"", WorkspaceJson.Serialize(person.Model.Workspace), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_tags_are_there_before_and_after_the_set_is_created()
    {
        var model = new Workspace("W").Model;
        var system = model.AddSoftwareSystem("S");
        var relationship = model.AddPerson("P").Uses(system, "Uses", interactionStyle: InteractionStyle.Asynchronous);
        Assert.Equal("Element,Software System", system.Tags.ToString());
        Assert.True(system.Tags.Contains("Software System"));
        Assert.Equal("Relationship,Asynchronous", relationship.Tags.ToString());
        relationship.InteractionStyle = null;
        Assert.Equal(["Relationship"], relationship.Tags);
    }

    [Fact]
    public void Concurrent_first_uses_of_the_tags_see_one_set()
    {
        var workspace = WorkspaceJson.Deserialize("""{"name":"W","model":{"people":[{"id":"1","name":"P","tags":"Element,Person"}]}}""");
        var person = workspace.Model.People.Single();
        var sets = new TagSet[8];
        Parallel.For(0, sets.Length, i => sets[i] = person.Tags);
        Assert.All(sets, s => Assert.Same(person.Tags, s));
    }
    [Fact]
    public void Whether_a_tag_text_is_canonical_does_not_depend_on_what_was_asked_before()
    {
        string[] texts = ["Element,Person", "Element, Person", "Relationship", "a,,b", "a,b,a", "x", " x", "Element,Container,Database"];
        var expected = texts.ToDictionary(t => t, t => TagSet.IsCanonical(t));
        Assert.Equal([true, false, true, false, false, true, false, true], texts.Select(t => expected[t]));
        var random = new Random(5);
        for (var i = 0; i < 500; i++)
        {
            var text = texts[random.Next(texts.Length)];
            Assert.Equal(expected[text], TagSet.IsCanonical(text));
            // An equal text in another instance gets the same answer.
            Assert.Equal(expected[text], TagSet.IsCanonical(new string(text.AsSpan())));
        }
    }
}
