using System.Globalization;
using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>
/// Numbers in the generated Netflix documents are the model's numbers: the model inventory, the pipelines and the debt
/// summary are read back from the markdown (tables parsed with Markdig) and compared with the typed model.
/// </summary>
public sealed partial class NetflixDocumentCountTests
{
    private static readonly Workspace Workspace = NetflixWorkspace.Build();
    private static readonly RadAiModel Ai = Workspace.RadAi();
    private static readonly DocumentSet Documents = new RadAiDocumentation(Workspace) { Concerns = RadAi.Dsl.Samples.Netflix.Concerns.NetflixConcerns.All }.Render();

    private static string Document(string path)
        => (Documents.Find(path) ?? throw new InvalidOperationException($"The documentation set has no {path}.")).Content;

    [Fact]
    public void The_model_inventory_lists_every_registered_model_with_its_version_and_status()
    {
        var registry = Document("rad-ai/arc42-extensions/05-model-registry-view.md");
        var rows = GeneratedTables.Under(registry, "Model inventory");
        Assert.Equal(Ai.Registry.Models.Select(m => m.Id), rows.Select(r => r[0]));
        Assert.Equal(Ai.Registry.Models.Select(m => m.CurrentVersion), rows.Select(r => r[4]));
        Assert.Equal(Ai.Registry.Models.Select(m => m.Status.ToString()), rows.Select(r => r[5]));
        Assert.Equal(5, rows.Count);

        var intro = RegistryIntro().Match(registry);
        Assert.True(intro.Success, "The registry view should say how many models and tools it holds.");
        Assert.Equal(Ai.Registry.Models.Count, Number(intro, 1));
        Assert.Equal(Ai.Registry.Tools.Count, Number(intro, 2));
    }

    [Fact]
    public void Each_model_section_has_as_many_versions_datasets_and_baselines_as_its_registry_entry()
    {
        var registry = Document("rad-ai/arc42-extensions/05-model-registry-view.md");
        foreach (var model in Ai.Registry.Models)
        {
            var section = $"{model.Name} ({model.Id})";
            Assert.Equal(model.Versions.Count, GeneratedTables.Under(registry, section, "Versioning").Count);
            Assert.Equal(model.TrainingData.Count, GeneratedTables.Under(registry, section, "Training data lineage").Count);
            Assert.Equal(model.Baselines.Count, GeneratedTables.Under(registry, section, "Performance baselines").Count);
        }
        Assert.Equal(4, Ai.Registry.Find("MDL-REC")!.Versions.Count); // v10.0, v11.0, v12.0, v12.4
    }

    [Fact]
    public void The_pipeline_inventory_and_stage_tables_match_the_pipelines_of_the_model()
    {
        var view = Ai.Pipelines;
        var document = Document("rad-ai/arc42-extensions/06-data-pipeline-view.md");
        var rows = GeneratedTables.Under(document, "Pipeline inventory");
        Assert.Equal(view.Pipelines.Select(p => p.Id), rows.Select(r => r[0]));
        Assert.Equal(view.Pipelines.Select(p => p.Name), rows.Select(r => r[1]));
        Assert.Equal(view.Pipelines.Select(p => p.Owner), rows.Select(r => r[^1]));
        Assert.Equal(7, rows.Count);

        foreach (var pipeline in view.Pipelines)
            Assert.Equal(pipeline.Stages.Count, GeneratedTables.Under(document, $"{pipeline.Name} ({pipeline.Id})", "Stages").Count);
        Assert.Equal(3, view.Pipelines.Count(p => p.Stages.Count > 0)); // only PL-001, PL-002 and PL-004 have stages

        var intro = PipelineIntro().Match(document);
        Assert.True(intro.Success, "The data pipeline view should say how many pipelines, feature groups, loops and triggers it has.");
        Assert.Equal(view.Pipelines.Count, Number(intro, 1));
        Assert.Equal(view.FeatureGroups.Count, Number(intro, 2));
        Assert.Equal(view.FeedbackLoops.Count, Number(intro, 3));
        Assert.Equal(view.Triggers.Count, Number(intro, 4));
    }

    [Fact]
    public void The_debt_summary_in_the_gap_analysis_and_the_checklist_is_the_registers_summary()
    {
        var totals = Ai.Debt.Summary.Totals;
        Assert.Equal((15, 11, 4, 0), (totals.Total, totals.Open, totals.Mitigated, totals.Accepted));

        var line = DebtLine().Match(Document("gap-analysis.md"));
        Assert.True(line.Success, "The gap analysis should summarise the debt register.");
        Assert.Equal(totals.Total, Number(line, 1));
        Assert.Equal(Ai.Debt.Items.Select(i => i.Category).Distinct().Count(), Number(line, 2));
        Assert.Equal(totals.Open, Number(line, 3));
        Assert.Equal(totals.Mitigated, Number(line, 4));
        Assert.Equal(totals.Accepted, Number(line, 5));
        Assert.Equal(Ai.Debt.Interactions.Count, Number(line, 6));

        var checklist = GeneratedTables.Under(Document("compliance/annex-iv-checklist.md"), "Checklist").ToDictionary(r => r[0], r => r[3]);
        Assert.Contains($"AI debt register (E7): {totals.Total} debt items", checklist["5.1"], StringComparison.Ordinal);
        Assert.Contains($"AI debt register (E7): {Ai.Debt.Items.Count(i => !string.IsNullOrWhiteSpace(i.Mitigation))} mitigation plans", checklist["5.2"], StringComparison.Ordinal);
        Assert.Equal(9, Ai.Debt.Summary.BySeverity[Severity.High]);
        Assert.Equal(6, Ai.Debt.Summary.BySeverity[Severity.Medium]);
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"The registry holds (\d+) models? and (\d+) registry tools?")]
    private static partial Regex RegistryIntro();

    [GeneratedRegex(@"It has (\d+) pipelines?, (\d+) feature groups?, (\d+) feedback loops? and (\d+) workflow triggers?")]
    private static partial Regex PipelineIntro();

    [GeneratedRegex(@"(\d+) debt items? in (\d+) categor(?:y|ies) \((\d+) open, (\d+) mitigated, (\d+) accepted\); (\d+) interactions? between items")]
    private static partial Regex DebtLine();
}
