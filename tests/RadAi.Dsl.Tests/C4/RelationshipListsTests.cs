using RadAi.Dsl;

namespace RadAi.Dsl.Tests.C4;

/// <summary>
/// Each element's outgoing and incoming relationships are listed by the model on first use, then kept up to date:
/// whatever the moment of the first question, the lists hold every relationship once, in the order added.
/// </summary>
public class RelationshipListsTests
{
    [Fact]
    public void Lists_asked_for_before_during_and_after_building_hold_every_relationship_in_the_order_added()
    {
        var workspace = new Workspace("W");
        var a = workspace.Model.AddPerson("A");
        var b = workspace.Model.AddSoftwareSystem("B");
        var c = workspace.Model.AddSoftwareSystem("C");
        var ab = a.Uses(b, "first");
        var ac = a.Uses(c, "second");

        Assert.Equal([ab, ac], a.Relationships);
        Assert.Equal([ab], workspace.Model.GetIncomingRelationships(b));

        var cb = c.Uses(b, "third");
        var ab2 = a.Uses(b, "fourth");
        Assert.Equal([ab, ac, ab2], a.Relationships);
        Assert.Equal([ab, cb, ab2], workspace.Model.GetIncomingRelationships(b));
        Assert.Equal([cb], c.Relationships);
        Assert.Empty(b.Relationships);
        Assert.Empty(workspace.Model.GetIncomingRelationships(a));
    }

    [Fact]
    public void A_workspace_read_from_json_lists_the_relationships_of_the_workspace_written()
    {
        var workspace = new Workspace("W");
        var people = Enumerable.Range(0, 5).Select(i => workspace.Model.AddPerson($"P{i}")).ToList();
        var systems = Enumerable.Range(0, 5).Select(i => workspace.Model.AddSoftwareSystem($"S{i}")).ToList();
        var random = new Random(4);
        for (var i = 0; i < 60; i++)
        {
            var destination = systems[random.Next(5)];
            if (random.Next(2) == 0) people[random.Next(5)].Uses(destination, $"r{i}");
            else if (systems[random.Next(5)] is var source && !ReferenceEquals(source, destination)) source.Uses(destination, $"r{i}");
        }

        var read = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace));

        foreach (var element in workspace.Model.Elements)
        {
            var copy = read.Model.GetElement(element.Id)!;
            Assert.Equal(element.Relationships.Select(r => r.Id), copy.Relationships.Select(r => r.Id));
            // Incoming lists follow the model's order of relationships, which for a read model is the order of their owners.
            Assert.Equal(read.Model.Relationships.Where(r => r.Destination == copy), read.Model.GetIncomingRelationships(copy));
            Assert.Equal(workspace.Model.GetIncomingRelationships(element).Select(r => r.Id).Order(), read.Model.GetIncomingRelationships(copy).Select(r => r.Id).Order());
        }
    }

    [Fact]
    public void Many_threads_asking_first_at_once_all_see_complete_lists()
    {
        var workspace = new Workspace("W");
        var hub = workspace.Model.AddSoftwareSystem("Hub");
        var spokes = Enumerable.Range(0, 200).Select(i => workspace.Model.AddPerson($"P{i}")).ToList();
        foreach (var spoke in spokes) spoke.Uses(hub, "uses");
        var json = WorkspaceJson.Serialize(workspace);

        for (var round = 0; round < 20; round++)
        {
            var model = WorkspaceJson.Deserialize(json).Model;
            var readHub = model.GetSoftwareSystemWithName("Hub")!;
            var counts = new int[8];
            Parallel.For(0, counts.Length, i => counts[i] = model.GetIncomingRelationships(readHub).Count + model.Elements.Sum(e => e.Relationships.Count));
            Assert.All(counts, count => Assert.Equal(400, count));
        }
    }

    [Fact]
    public void An_element_of_another_model_has_no_incoming_relationships_here()
    {
        var one = new Workspace("One");
        var two = new Workspace("Two");
        var a = one.Model.AddPerson("A");
        a.Uses(one.Model.AddSoftwareSystem("S"), "uses");
        Assert.Empty(two.Model.GetIncomingRelationships(one.Model.GetSoftwareSystemWithName("S")!));
    }
}
