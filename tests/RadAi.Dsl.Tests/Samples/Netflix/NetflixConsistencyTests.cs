using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Samples.Netflix.Concerns;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>
/// What a new reader of the generated Netflix set would find contradictory: E1 saying there are no boundary contracts
/// while C4-E3 lists them, a monitor watching a person, an empty traffic column, an orphaned ADR copy, E-numbers on
/// only some documents; and the index as an entry point read from the model.
/// </summary>
public sealed class NetflixConsistencyTests
{
    private static readonly Workspace Workspace = NetflixWorkspace.Build();
    private static readonly RadAiModel Ai = Workspace.RadAi();
    private static readonly DocumentSet Documents = new RadAiDocumentation(Workspace) { Concerns = NetflixConcerns.All, Source = NetflixWorkspace.Source }.Render();

    private static string Document(string path)
        => (Documents.Find(path) ?? throw new InvalidOperationException($"The documentation set has no {path}.")).Content;

    [Fact]
    public void E1_shows_every_boundary_interface_that_states_a_contract()
    {
        var contracted = Ai.Boundary.Interfaces.Where(i => i.Contract is not null).ToList();
        Assert.NotEmpty(contracted);
        var e1 = Document("rad-ai/arc42-extensions/03-ai-boundary-delineation.md");
        Assert.DoesNotContain("No boundary contracts are recorded", e1, StringComparison.Ordinal);
        var rows = GeneratedTables.Under(e1, "Boundary contracts");
        Assert.Equal(contracted.Select(i => i.Id), rows.Select(r => r[0]));
        Assert.Equal(contracted.Select(i => i.Contract), rows.Select(r => r[4]));
    }

    [Fact]
    public void A_monitor_watches_elements_and_never_a_person()
    {
        var rows = GeneratedTables.Under(Document("rad-ai/arc42-extensions/12-operational-ai-view.md"), "Monitors");
        var people = Workspace.Model.People.Select(p => p.Name).ToList();
        Assert.NotEmpty(rows);
        // the sample's ML Engineer uses ML Observability (a relationship into the monitor), which once made it "watched"
        Assert.Contains(Workspace.Model.Relationships, r => r.Source is Person && Ai.Stereotypes.Monitors.Any(m => m.Element == r.Destination));
        foreach (var row in rows)
            Assert.DoesNotContain(row[3].Split(", "), watched => people.Contains(watched));
        Assert.Contains("Recommendation Models", rows.Single(r => r[0] == "ML Observability")[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_canary_traffic_column_shows_the_traffic_the_model_states()
    {
        var rows = GeneratedTables.Under(Document("rad-ai/arc42-extensions/12-operational-ai-view.md"), "Canary steps");
        var routing = rows.Single(r => r[0] == "2. Traffic routing");
        Assert.Equal(Ai.Operations.CanarySteps.Single(s => s.Name == "Traffic routing").TrafficNote, routing[3]);
    }

    [Fact]
    public void The_index_numbers_E1_to_E8_alike_and_links_every_decision_file()
    {
        var index = Document("README.md");
        foreach (var number in Enumerable.Range(1, 8))
            Assert.Contains($"[E{number} ", index, StringComparison.Ordinal);
        var decisionFiles = Documents.Where(d => d.Path.Contains("adr", StringComparison.Ordinal) || d.Path.Contains("decision", StringComparison.Ordinal)).ToList();
        foreach (var file in decisionFiles)
            Assert.Contains($"]({file.Path})", index, StringComparison.Ordinal);

        // One file per AI-ADR: the DSL imports the record files of E5's folder instead of writing them again.
        var records = decisionFiles.Where(d => !d.Path.EndsWith("README.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(Ai.Decisions.All.Count, records.Count);
        Assert.All(records, r => Assert.StartsWith("rad-ai/arc42-extensions/09-ai-decision-records/", r.Path, StringComparison.Ordinal));
        Assert.Contains("!adrs \"rad-ai/arc42-extensions/09-ai-decision-records\" madr\n", Document("workspace.dsl"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_is_an_entry_point_read_from_the_model()
    {
        var index = Document("README.md");
        foreach (var person in Workspace.Model.People) Assert.Contains(person.Name, index, StringComparison.Ordinal);
        foreach (var model in Ai.Stereotypes.MlModels) Assert.Contains(model.Name, index, StringComparison.Ordinal);

        var analysis = GapAnalysis.Of(Ai, NetflixConcerns.All);
        Assert.Contains($"RAD-AI {Words(analysis.RadAiScore)} of {analysis.MaxScore}", index, StringComparison.Ordinal);
        var checklist = AnnexIvChecklist.Evaluate(Workspace);
        Assert.Contains($"{checklist.DocumentedCount} of {checklist.Items.Count} items documented", index, StringComparison.Ordinal);
        var report = RadAi.Dsl.Inspections.Inspector.Run(Workspace);
        Assert.Contains($"{report.Count(RadAi.Dsl.Inspections.InspectionSeverity.Info)} info", index, StringComparison.Ordinal);
        Assert.Contains("from a model written in C#", index, StringComparison.Ordinal);
        foreach (var concern in analysis.Concerns.Where(c => c.RadAi.Score() > c.Standard.Score()))
            Assert.Contains(concern.Concern.Title, index, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_says_where_the_model_came_from_when_told()
    {
        var index = new RadAiDocumentation(Workspace) { Source = "the JSON file workspace.json by radai render" }.Render().Find("README.md")!.Content;
        Assert.Contains("Generated by RadAi.Dsl from the JSON file workspace.json by radai render.", index, StringComparison.Ordinal);
        Assert.DoesNotContain("written in C#", index, StringComparison.Ordinal);
    }

    private static string Words(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
