using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class UnstatedFactsDocumentTests
{
    // Records built with only what identifies them: every other fact is left unstated.
    private static Workspace Sparse()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var model = system.AddMlModel("Triage Model");
        var ai = workspace.RadAi();
        ai.Registry.Add(new RegisteredModel { Id = "MDL-T", Element = model, Name = "Triage" });
        ai.Debt.Add(new DebtItem { Id = "EN-001", Category = DebtCategory.Entanglement, Description = "Shared features" });
        ai.Pipelines.Add(new Pipeline { Id = "PL-1", Name = "Ingest", FreshnessSla = Freshness.Hourly });
        ai.Pipelines.AddFeatureGroup(new FeatureGroup { Name = "Vitals", Refresh = Freshness.Hourly });
        ai.BoundaryDelineation.AddComponent(new AiComponent { Component = model });
        ai.Operations.AddRetrainingStep(new RetrainingStep { Name = "Retrain" });
        return workspace;
    }

    private static string Document(Workspace workspace, string path) => new RadAiDocumentation(workspace).Render().Find(path)!.Content;

    [Fact]
    public void A_model_registered_without_task_framework_version_or_status_shows_not_stated_for_each()
    {
        var registry = Document(Sparse(), "rad-ai/arc42-extensions/05-model-registry-view.md");

        Assert.Contains("| MDL-T | Triage | not stated | not stated | not stated | not stated | not stated | Triage Model |", registry, StringComparison.Ordinal);
        Assert.Contains("| Current version | not stated |", registry, StringComparison.Ordinal);
        Assert.Contains("| Status | not stated |", registry, StringComparison.Ordinal);
        Assert.DoesNotContain("—", registry, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", registry, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_debt_item_without_status_or_severity_is_counted_as_not_stated_never_as_open()
    {
        var workspace = Sparse();
        var summary = workspace.RadAi().Debt.Summary;
        var debt = Document(workspace, "rad-ai/arc42-extensions/11-ai-debt-register.md");

        Assert.Equal(0, summary.Totals.Open);
        Assert.Equal(1, summary.Totals.StatusNotStated);
        Assert.Equal(1, summary.SeverityNotStated);
        Assert.Equal("1 items: 0 open, 0 mitigated, 0 accepted, 1 with status not stated", summary.ToString());
        Assert.Contains("| EN-001 | Shared features | not stated | not stated | not stated | not stated | not stated | not stated |", debt, StringComparison.Ordinal);
        Assert.Contains("1 item: 0 open, 0 mitigated, 0 accepted, 1 with status not stated.", debt, StringComparison.Ordinal);
        Assert.Contains("| Severity not stated | 0 | 0 | 0 | 1 | 1 |", debt, StringComparison.Ordinal);
        Assert.DoesNotContain("Medium, open", debt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_a_feature_group_a_component_and_a_step_without_their_facts_show_not_stated_and_no_zero()
    {
        var workspace = Sparse();
        var pipelines = Document(workspace, "rad-ai/arc42-extensions/06-data-pipeline-view.md");
        var e1 = Document(workspace, "rad-ai/arc42-extensions/03-ai-boundary-delineation.md");
        var operations = Document(workspace, "rad-ai/arc42-extensions/12-operational-ai-view.md");

        Assert.Contains("| PL-1 | Ingest | not stated |", pipelines, StringComparison.Ordinal);
        Assert.Contains("| Vitals | not stated |", pipelines, StringComparison.Ordinal);
        Assert.DoesNotContain("| Vitals | 0", pipelines, StringComparison.Ordinal);
        Assert.Contains(" | not stated | not stated | not stated | not stated | not stated |\n", e1, StringComparison.Ordinal);
        Assert.Contains("| 1. Retrain | not stated | not stated |", operations, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_with_unstated_facts_survive_the_workspace_json_and_store_no_value_for_them()
    {
        var workspace = Sparse();
        var json = WorkspaceJson.Serialize(workspace);
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(json));

        RichModel.AssertSame(workspace.RadAi(), loaded);
        Assert.Null(loaded.Registry.Models[0].Status);
        Assert.Null(loaded.Debt.Items[0].Status);
        Assert.Null(loaded.Pipelines.FeatureGroups[0].FeatureCount);
        Assert.Null(loaded.Operations.RetrainingProcess[0].Automated);
        Assert.DoesNotContain("\\\"status\\\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"featureCount\\\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_lists_each_component_with_its_own_risk_class()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var triage = system.AddMlModel("Triage Model");
        var summariser = system.AddMlModel("Summariser");
        var ai = workspace.RadAi();
        ai.BoundaryDelineation.AddComponent(new AiComponent { Component = triage, RiskClassification = RiskClassification.High, RiskRationale = "Annex III 5(d)" });
        ai.BoundaryDelineation.AddComponent(new AiComponent { Component = summariser, RiskClassification = new("Limited (Art. 50)") });

        var checklist = AnnexIvChecklist.Evaluate(workspace);
        var set = new RadAiDocumentation(workspace).Render();
        var annex = set.Find("compliance/annex-iv-checklist.md")!.Content;
        var e1 = set.Find("rad-ai/arc42-extensions/03-ai-boundary-delineation.md")!.Content;

        Assert.Equal(["Triage Model", "Summariser"], checklist.ComponentRisks.Select(c => c.Component.Name));
        Assert.Contains("| Risk classification | not stated |", annex, StringComparison.Ordinal);
        Assert.Contains("| Triage Model | High risk | Annex III 5(d) |", annex, StringComparison.Ordinal);
        Assert.Contains("| Summariser | Limited (Art. 50) | not stated |", annex, StringComparison.Ordinal);
        Assert.Contains("| Risk class |", e1, StringComparison.Ordinal);
        Assert.Contains("High risk (Annex III 5(d)) |", e1, StringComparison.Ordinal);
    }
}
