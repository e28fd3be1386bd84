using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown.Arc42;

/// <summary>Documents show values as written and "not stated" when absent: "immediate" never becomes "within 0 seconds".</summary>
public class StatedValueRenderingTests
{
    private const string ResponsibleAi = "rad-ai/arc42-extensions/08-responsible-ai-concepts.md";
    private const string Operations = "rad-ai/arc42-extensions/12-operational-ai-view.md";
    private const string Registry = "rad-ai/arc42-extensions/05-model-registry-view.md";

    [Fact]
    public void An_immediate_response_sla_renders_as_written_and_an_unstated_one_as_not_stated()
    {
        var workspace = new Workspace("W");
        var ai = workspace.RadAi();
        ai.ResponsibleAi.AddOversight(new OversightMechanism { Mechanism = "Stop button", Scope = "all", Trigger = "operator", Authority = "operator", ResponseSla = StatedValue.AsWritten("immediate") });
        ai.ResponsibleAi.AddOversight(new OversightMechanism { Mechanism = "Clinician review", Scope = "triage", Trigger = "low confidence", Authority = "clinician", ResponseSla = StatedValue.Parse("P1: 5 min / P2: 30 min") });
        ai.ResponsibleAi.AddOversight(new OversightMechanism { Mechanism = "Audit", Scope = "all", Trigger = "monthly", Authority = "board" });
        var content = new RadAiDocumentation(workspace).Render().Find(ResponsibleAi)!.Content;
        Assert.Contains("| Stop button | all | operator | operator | immediate |", content, StringComparison.Ordinal);
        Assert.Contains("| Clinician review | triage | low confidence | clinician | P1: 5 min / P2: 30 min |", content, StringComparison.Ordinal);
        Assert.Contains("| Audit | all | monthly | board | not stated |", content, StringComparison.Ordinal);
        Assert.DoesNotContain("0 seconds", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Recovery_times_show_the_text_as_written()
    {
        var workspace = new Workspace("W");
        var ops = workspace.RadAi().Operations;
        ops.AddRollback(new RollbackProcedure { Scenario = "error rate > 1 %", Detection = "monitoring", Step = "revert", RecoveryTime = StatedValue.Parse("< 5 minutes") });
        ops.AddRollback(new RollbackProcedure { Scenario = "drift", Detection = "analysis", Step = "retrain", RecoveryTime = StatedValue.AsWritten("minutes; varies") });
        ops.AddRollback(new RollbackProcedure { Scenario = "outage", Detection = "health check", Step = "fail over" });
        var content = new RadAiDocumentation(workspace).Render().Find(Operations)!.Content;
        Assert.Contains("| revert | < 5 minutes |", content, StringComparison.Ordinal);
        Assert.Contains("| retrain | minutes; varies |", content, StringComparison.Ordinal);
        Assert.Contains("| fail over | not stated |", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_training_date_renders_as_written_never_as_1_january()
    {
        var workspace = new Workspace("W");
        var model = workspace.Model.AddSoftwareSystem("S").AddContainer("Forecast");
        var registry = workspace.RadAi().Registry;
        registry.Add(new RegisteredModel { Id = "MDL-1", Element = model, Name = "Forecast", Task = "forecasting", Framework = "XGBoost", Status = ModelStatus.Production });
        registry.AddVersion("MDL-1", new ModelVersion("v3") { TrainingDate = PartialDate.Parse("2022 (inferred)"), DeploymentDate = PartialDate.Parse("2024-Q3") });
        registry.AddBaseline("MDL-1", new PerformanceBaseline("MAE") { Baseline = StatedValue.Parse("MAE 2.1 min") });
        var content = new RadAiDocumentation(workspace).Render().Find(Registry)!.Content;
        Assert.Contains("| v3 | 2022 (inferred) |", content, StringComparison.Ordinal);
        Assert.Contains("2024-Q3", content, StringComparison.Ordinal);
        Assert.DoesNotContain("2022-01-01", content, StringComparison.Ordinal);
        Assert.DoesNotContain("1 January", content, StringComparison.Ordinal);
        Assert.Contains("| MAE | not stated | MAE 2.1 min | not stated |", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_human_in_the_loop_keeps_an_immediate_response_sla_and_a_model_states_several_quality_metrics()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var review = system.AddHumanInTheLoop("Review", "Clinician review").WithResponseSla(StatedValue.AsWritten("immediate"));
        var model = system.AddMlModel("Triage", "Classifier", "PyTorch").WithQualityMetrics("precision 0.91", "recall 0.87");
        var back = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)).RadAi().Stereotypes;
        Assert.Equal("immediate", back.HumansInTheLoop.Single().ResponseSla!.Text);
        Assert.Null(back.HumansInTheLoop.Single().ResponseSla!.Duration);
        Assert.Equal(["precision", "recall"], back.MlModels.Single().QualityMetrics.Select(m => m.Metric));
        Assert.Equal(0.87, back.MlModels.Single().QualityMetrics[1].Value);
        Assert.Throws<FormatException>(() => model.WithQualityMetrics("very good"));
        Assert.NotNull(review);
    }
}
