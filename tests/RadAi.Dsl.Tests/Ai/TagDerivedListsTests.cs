using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// The stereotype and region lists are kept between calls (they read every element's tags): they must still follow
/// every change of the model that shows in them.
/// </summary>
public class TagDerivedListsTests
{
    [Fact]
    public void Stereotype_lists_follow_new_elements_and_tag_changes()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var ai = workspace.RadAi();
        var first = system.AddMlModel("First");
        Assert.Equal(["First"], ai.Stereotypes.MlModels.Select(m => m.Name));
        Assert.Same(ai.Stereotypes.MlModels, ai.Stereotypes.MlModels);

        system.AddMlModel("Second");
        Assert.Equal(["First", "Second"], ai.Stereotypes.MlModels.Select(m => m.Name));

        first.Tags.Remove(Stereotype.MlModel.Name);
        Assert.Equal(["Second"], ai.Stereotypes.MlModels.Select(m => m.Name));
        Assert.Equal(["Second"], ai.Stereotypes.FindAll(Stereotype.MlModel).Select(m => m.Name));
        Assert.Equal(["Second"], ai.Stereotypes.Elements.Select(m => m.Name));

        first.Tags.Add(Stereotype.Monitor.Name);
        Assert.Equal(["First"], ai.Stereotypes.Monitors.Select(m => m.Name));
        Assert.Equal(["First", "Second"], ai.Stereotypes.Elements.Select(m => m.Name));
    }

    [Fact]
    public void A_custom_stereotype_registered_after_its_tag_was_used_lists_its_elements()
    {
        var workspace = new Workspace("W");
        var tagged = workspace.Model.AddSoftwareSystem("S").AddContainer("Chat");
        tagged.Tags.Add("LLM");
        var ai = workspace.RadAi();
        Assert.Empty(ai.Stereotypes.Elements);

        var llm = ai.Stereotypes.Register(new Stereotype("LLM", "LLM"));
        Assert.Equal(["Chat"], ai.Stereotypes.Elements.Select(e => e.Name));
        Assert.Equal(["Chat"], ai.Stereotypes.FindAll(llm).Select(e => e.Name));
    }

    [Fact]
    public void Region_members_follow_placement_and_tag_changes()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var model = system.AddMlModel("Model");
        var rules = system.AddContainer("Rules");
        var ai = workspace.RadAi();
        Assert.Empty(ai.Boundary.Members(Region.NonDeterministic));

        ai.Boundary.Place(Region.NonDeterministic, model);
        ai.Boundary.Place(Region.Deterministic, rules);
        Assert.Equal(["Model"], ai.Boundary.Members(Region.NonDeterministic).Select(e => e.Name));
        Assert.Equal(["Rules"], ai.Boundary.Members(Region.Deterministic).Select(e => e.Name));

        rules.Tags.Remove(Region.Deterministic.Tag());
        Assert.Empty(ai.Boundary.Members(Region.Deterministic));
    }

    [Fact]
    public void Every_region_lists_its_members_in_model_order_and_regions_of_your_own_follow_the_four_in_first_seen_order()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var ranker = system.AddMlModel("Ranker");
        var rules = system.AddContainer("Rules");
        var review = system.AddContainer("Review");
        var scorer = system.AddMlModel("Scorer");
        var queue = system.AddContainer("Queue");
        var ai = workspace.RadAi();
        var humans = new Region("human in the loop");
        ai.Boundary.Place(Region.NonDeterministic, scorer);
        ai.Boundary.Place(humans, queue, review);
        ai.Boundary.Place(Region.NonDeterministic, ranker);
        ai.Boundary.Place(Region.Deterministic, rules);

        Assert.Equal([.. Region.WellKnown, humans], ai.Boundary.Regions);
        Assert.Equal(["Ranker", "Scorer"], ai.Boundary.Members(Region.NonDeterministic).Select(e => e.Name));
        Assert.Equal(["Review", "Queue"], ai.Boundary.Members(humans).Select(e => e.Name));
        Assert.Equal(["Rules"], ai.Boundary.Members(Region.Deterministic).Select(e => e.Name));
        Assert.Empty(ai.Boundary.Members(Region.Fallback));
        Assert.Empty(ai.Boundary.Members(new Region("elsewhere")));
    }

    [Fact]
    public void Lists_read_back_from_json_are_the_stored_elements_and_cannot_be_changed_by_their_callers()
    {
        var source = new Workspace("W");
        source.Model.AddSoftwareSystem("S").AddMlModel("Rec");
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(source)));
        var models = loaded.Stereotypes.MlModels;
        Assert.Equal(["Rec"], models.Select(m => m.Name));
        Assert.Throws<NotSupportedException>(() => ((ICollection<MlModel>)models).Add(models[0]));
    }
}
