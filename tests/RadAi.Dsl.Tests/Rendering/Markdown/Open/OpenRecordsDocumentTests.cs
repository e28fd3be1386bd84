using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai.Open;

namespace RadAi.Dsl.Tests.Rendering.Markdown.Open;

public class OpenRecordsDocumentTests
{
    private const string E1 = "rad-ai/arc42-extensions/03-ai-boundary-delineation.md";

    private static string Render(Workspace workspace, string path) => new RadAiDocumentation(workspace).Render().Find(path)!.Content;

    private static string Section(string document, string heading)
    {
        var start = document.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No heading '{heading}'.");
        var next = document.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return next < 0 ? document[start..] : document[start..next];
    }

    [Fact]
    public void Extra_facts_are_extra_columns_with_one_column_set_and_not_stated_where_a_row_lacks_one()
    {
        var failures = Section(Render(OpenRecordsModel.Build(), E1), "## Failure modes");

        Assert.Contains("| Component | Failure condition | System behaviour | User impact | Detection | Runbook | Owner |", failures);
        Assert.Contains("| Case Ranker | model times out | queue by arrival | slower triage | gateway timeout alarm | RB-12 | not stated |", failures);
        Assert.Contains("| Case Router | low confidence | general queue | manual routing | confidence histogram | not stated | Routing team |", failures);
        Assert.Contains("| Case Router | stale features | last good routing | none visible | not stated | not stated | not stated |", failures);
    }

    [Fact]
    public void A_table_whose_records_state_no_extra_facts_has_only_its_own_columns()
    {
        var components = Section(Render(OpenRecordsModel.Build(), E1), "## AI components inventory");

        Assert.Contains("| Component | Type | Criticality | Input domain | Output domain | Confidence range | Fallback strategy |\n", components);
    }

    [Fact]
    public void The_e1_document_shows_the_key_metrics_and_each_components_criticality()
    {
        var document = Render(OpenRecordsModel.Build(), E1);

        Assert.Contains("| Cases per day | 40,000+ | — |", Section(document, "## Key metrics"));
        Assert.Contains("| p99 latency | 250 ms | at the gateway |", Section(document, "## Key metrics"));
        Assert.Contains("| Case Ranker | Ranking | Critical |", document);
        Assert.Contains("| Case Router | Classification | Tier 2: internal only |", document);
    }

    [Fact]
    public void A_component_without_a_stated_criticality_shows_not_stated()
    {
        var workspace = new Workspace("W", "d");
        var model = workspace.Model.AddSoftwareSystem("S", "d").AddMlModel("M", "d", "t");
        workspace.RadAi().BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = model, Type = AiTaskType.Ranking, InputDomain = "i", OutputDomain = "o", FallbackStrategy = "f",
        });

        Assert.Contains("| M | Ranking | not stated | i | o |", Render(workspace, E1));
    }

    [Fact]
    public void A_user_section_lands_after_the_named_section_with_its_prose_table_and_diagram()
    {
        var document = Render(OpenRecordsModel.Build(), E1);
        var failures = document.IndexOf("\n## Failure modes\n", StringComparison.Ordinal);
        var contacts = document.IndexOf("\n## Escalation contacts\n", StringComparison.Ordinal);
        var external = document.IndexOf("\n## External AI dependencies\n", StringComparison.Ordinal);

        Assert.True(failures < contacts && contacts < external, "The section is not between 'Failure modes' and the section after it.");
        Assert.Equal(
            "\n## Escalation contacts\n\nWho to call when a model misbehaves.\n\n| Model | Contact |\n| --- | --- |\n| Case Ranker | ranking on-call |\n"
            + "| Case Router | routing on-call |\n\n```mermaid\nflowchart LR\n  ranker --> oncall\n```\n",
            Section(document, "## Escalation contacts"));
    }

    [Fact]
    public void A_user_section_without_a_placement_lands_at_the_end()
    {
        var document = Render(OpenRecordsModel.Build(), E1);

        Assert.EndsWith("\n## Open questions\n\nWhether the router needs a human review queue.\n", document);
    }

    [Fact]
    public void A_standard_document_renders_its_user_sections_too()
    {
        var document = Render(OpenRecordsModel.Build(), "standard/arc42/03-context-scope.md");

        Assert.EndsWith("\n## Scale context\n\nForty thousand cases a day.\n", document);
    }

    [Fact]
    public void A_user_section_after_a_subsection_closes_before_the_next_heading_of_that_level()
    {
        var workspace = OpenRecordsModel.Build();
        workspace.RadAi().Sections.Add(DocumentId.Index, new UserSection { Title = "Reading order", Prose = "Start with E1.", After = "Standard arc42 and C4" });

        var index = new RadAiDocumentation(workspace).Render().Find("README.md")!.Content;

        var standard = index.IndexOf("\n## Standard arc42 and C4\n", StringComparison.Ordinal);
        var reading = index.IndexOf("\n## Reading order\n", StringComparison.Ordinal);
        var radAi = index.IndexOf("\n## RAD-AI arc42 extensions\n", StringComparison.Ordinal);
        Assert.True(standard < reading && reading < radAi, index);
    }

    [Fact]
    public void A_user_section_placed_after_a_section_the_document_lacks_is_an_error_naming_both()
    {
        var workspace = OpenRecordsModel.Build();
        workspace.RadAi().Sections.Add(DocumentId.ModelRegistry, new UserSection { Title = "Scale context", After = "Model zoo" });

        var error = Assert.Throws<InvalidOperationException>(() => new RadAiDocumentation(workspace) { MaxDegreeOfParallelism = 1 }.Render());

        Assert.Contains("The user section 'Scale context' of document ModelRegistry ('E2 Model registry view', rad-ai/arc42-extensions/05-model-registry-view.md) "
                        + "is placed after the section 'Model zoo', which that document does not have. Its sections are: 'Model inventory',", error.Message);
    }

    [Fact]
    public void Writing_the_documentation_places_user_sections_as_rendering_does()
    {
        var workspace = OpenRecordsModel.Build();
        var folder = Directory.CreateTempSubdirectory("radai-sections-");
        try
        {
            new RadAiDocumentation(workspace).WriteTo(folder.FullName);

            Assert.Equal(Render(workspace, E1), File.ReadAllText(Path.Combine(folder.FullName, E1)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_document_id_names_a_document_the_set_renders()
    {
        var workspace = OpenRecordsModel.Build();
        var ai = workspace.RadAi();
        foreach (var id in Enum.GetValues<DocumentId>())
            ai.Sections.Add(id, new UserSection { Title = "Note for " + id });

        var set = new RadAiDocumentation(workspace).Render();

        foreach (var id in Enum.GetValues<DocumentId>())
            Assert.Contains(set, d => d.Content.Contains("\n## Note for " + id + "\n", StringComparison.Ordinal));
    }
}
