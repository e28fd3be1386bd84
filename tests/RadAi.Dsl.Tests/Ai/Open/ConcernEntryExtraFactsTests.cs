using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Ai.Open;

public class ConcernEntryExtraFactsTests
{
    private static Workspace WithConcerns()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var ranker = system.AddMlModel("Ranker", "Orders cases");
        var router = system.AddMlModel("Router", "Routes cases");
        var e4 = workspace.RadAi().ResponsibleAi;
        e4.SetConcern(new ConcernEntry { Component = ranker, Concern = Concern.Fairness, Metric = "wait-time gap by age band", ExtraFacts = [new("Dashboard", "D-7")] });
        e4.SetConcern(new ConcernEntry { Component = router, Concern = Concern.Fairness, Metric = "routing parity" });
        return workspace;
    }

    [Fact]
    public void Extra_facts_of_a_concern_matrix_cell_are_an_extra_column_with_not_stated_where_a_cell_lacks_one()
    {
        var content = new RadAiDocumentation(WithConcerns()).Render().Find("rad-ai/arc42-extensions/08-responsible-ai-concepts.md")!.Content;
        Assert.Contains("| Component | Metric | Threshold | Frequency | Owner | Dashboard |", content, StringComparison.Ordinal);
        Assert.Contains("| wait-time gap by age band | not stated | not stated | not stated | D-7 |", content, StringComparison.Ordinal);
        Assert.Contains("| routing parity | not stated | not stated | not stated | not stated |", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_facts_of_a_concern_matrix_cell_survive_the_workspace_json()
    {
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(WithConcerns())));
        var cells = loaded.ResponsibleAi.Matrix.OrderBy(c => c.Component.Name, StringComparer.Ordinal).ToList();
        Assert.Equal([new NamedValue("Dashboard", "D-7")], cells[0].ExtraFacts);
        Assert.Empty(cells[1].ExtraFacts);
    }

    [Fact]
    public void A_concern_matrix_cell_stating_one_fact_twice_is_refused_with_its_name()
    {
        var workspace = new Workspace("W");
        var ranker = workspace.Model.AddSoftwareSystem("S").AddMlModel("Ranker", "Orders cases");
        var e = Assert.Throws<ModelException>(() => workspace.RadAi().ResponsibleAi.SetConcern(new ConcernEntry
        {
            Component = ranker, Concern = Concern.Safety, Metric = "harm rate", ExtraFacts = [new("Owner team", "A"), new("owner team", "B")],
        }));
        Assert.Contains("'owner team' is stated twice", e.Message, StringComparison.Ordinal);
    }
}
