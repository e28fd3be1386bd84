using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Rendering.Analysis;

public class GapAnalysisTests
{
    [Fact]
    public void An_empty_model_scores_zero_on_both_sides()
    {
        var analysis = GapAnalysis.Of(new Workspace("Empty"));
        Assert.Equal(0, analysis.StandardScore);
        Assert.Equal(0, analysis.RadAiScore);
        Assert.True(analysis.IsEmpty);
        Assert.Equal(GapConcerns.All, analysis.Concerns.Select(c => c.Concern));
        Assert.All(analysis.Concerns, c =>
        {
            Assert.Equal(Coverage.None, c.Standard);
            Assert.Equal(Coverage.None, c.RadAi);
            Assert.Empty(c.Extensions);
            Assert.Empty(c.StandardLacks);
            Assert.NotEmpty(c.DesignatedExtensions);
        });
    }

    [Fact]
    public void The_longest_trigger_chain_is_found_through_branches_and_long_chains()
    {
        var workspace = new Workspace("Triggers");
        var pipelines = workspace.RadAi().Pipelines;
        pipelines.AddTrigger(new WorkflowTrigger("a", "b", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("a", "d", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("d", "e", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("b", "c", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("e", "f", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("x", "y", "done"));
        // Ties go to the first branch registered; a longer branch later wins.
        Assert.Equal("a chain of 3 steps: a → d → e → f", GapAnalysis.Of(workspace)[GapConcern.WorkflowTriggers].Evidence[1].Detail);

        // A chain of thousands of workflows is followed without copying it at every step.
        var chain = new Workspace("Chain");
        for (var i = 0; i < 5_000; i++) chain.RadAi().Pipelines.AddTrigger(new WorkflowTrigger($"w{i}", $"w{i + 1}", "done"));
        Assert.StartsWith("a chain of 5000 steps: w0 → w1 → w2", GapAnalysis.Of(chain)[GapConcern.WorkflowTriggers].Evidence[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_c4_model_without_the_ai_layer_scores_zero_on_both_sides()
    {
        var workspace = new Workspace("Plain", "no AI layer");
        var system = workspace.Model.AddSoftwareSystem("Shop", "Sells things");
        var web = system.AddContainer("Web", "Streaming batch feature store CG-1", "ASP.NET");
        workspace.Model.AddPerson("Customer").Uses(web, "Buys");
        var analysis = GapAnalysis.Of(workspace);
        Assert.Equal(0, analysis.StandardScore);
        Assert.Equal(0, analysis.RadAiScore);
        Assert.True(analysis.IsEmpty);
    }

    [Fact]
    public void The_rich_model_scores_10_for_rad_ai_and_2_for_the_standard_documents()
    {
        var analysis = GapAnalysis.Of(RichModel.Build());

        Assert.Equal(10, analysis.RadAiScore);
        Assert.All(analysis.Concerns, c => Assert.Equal(Coverage.Full, c.RadAi));
        Assert.All(analysis.Concerns, c => Assert.All(c.Evidence, e => Assert.True(e.Present, $"{c.Concern}: {e.Label}")));

        Assert.Equal(2, analysis.StandardScore);
        Assert.Equal(
            [GapConcern.NonDeterministicComponents, GapConcern.StreamingVersusBatch, GapConcern.FeatureStore, GapConcern.MlTechnicalDebt],
            analysis.Concerns.Where(c => c.Standard == Coverage.Partial).Select(c => c.Concern));
        Assert.DoesNotContain(analysis.Concerns, c => c.Standard == Coverage.Full);

        // Why the standard documents get partial credit: the fact survives only as free text, or fits a generic section.
        Assert.Equal([new StandardTrace("CG-1", "the name of container 'Confidence Gate CG-1'")], analysis[GapConcern.NonDeterministicComponents].StandardTraces);
        Assert.Equal([new StandardTrace("Streaming", "the name of container 'Flink Streaming Cluster'")], analysis[GapConcern.StreamingVersusBatch].StandardTraces);
        Assert.Equal([new StandardTrace("Feature Store", "the name of container 'Amber Feature Store'")], analysis[GapConcern.FeatureStore].StandardTraces);
        var debt = analysis[GapConcern.MlTechnicalDebt];
        Assert.Empty(debt.StandardTraces);
        Assert.StartsWith("in arc42 section 11", debt.StandardHome, StringComparison.Ordinal);

        // Why RAD-AI gets full credit: what the model holds, per concern.
        Assert.Equal(
        [
            "3 elements placed in the non-deterministic region (Amber Feature Store, Recommendation Models, Search Models)",
            "2 AI components inventoried with input, output and fallback, 1 of them with a confidence range",
            "1 confidence gate (CG-1)",
            "1 fallback strategy (FB1)",
        ], analysis[GapConcern.NonDeterministicComponents].Evidence.Select(e => e.Detail));
        Assert.Equal(["1 model registered (MDL-REC v12.4)", "2 versions of history for 1 model", "training data lineage for 1 model (1 dataset)"],
            analysis[GapConcern.ModelVersioning].Evidence.Select(e => e.Detail));
        Assert.Equal("2 pipelines (1 streaming, 1 hybrid), each with a freshness SLA", analysis[GapConcern.StreamingVersusBatch].Evidence[0].Detail);
        Assert.Equal("a chain of 2 steps: feature_engineering_daily → rec_model_training → rec_model_validation", analysis[GapConcern.WorkflowTriggers].Evidence[1].Detail);
        Assert.Equal("3 debt items in 3 categories (1 open, 1 mitigated, 1 accepted)", debt.Evidence[0].Detail);

        // The extensions that carry each concern in this model.
        Assert.Equal([RadAiExtension.E1, RadAiExtension.C4E3], analysis[GapConcern.NonDeterministicComponents].Extensions);
        Assert.Equal([RadAiExtension.E2], analysis[GapConcern.ModelVersioning].Extensions);
        Assert.Equal([RadAiExtension.E3, RadAiExtension.C4E1], analysis[GapConcern.StreamingVersusBatch].Extensions);
        Assert.Equal([RadAiExtension.E3], analysis[GapConcern.WorkflowTriggers].Extensions);
        Assert.Equal([RadAiExtension.E8, RadAiExtension.C4E2], analysis[GapConcern.SignalCoordination].Extensions);
        Assert.Equal([RadAiExtension.E3, RadAiExtension.C4E1], analysis[GapConcern.FeatureStore].Extensions);
        Assert.Equal([RadAiExtension.E5, RadAiExtension.E8], analysis[GapConcern.Experimentation].Extensions);
        Assert.Equal([RadAiExtension.E7], analysis[GapConcern.MlTechnicalDebt].Extensions);
        Assert.Equal([RadAiExtension.E6, RadAiExtension.E8], analysis[GapConcern.DriftAndFreshness].Extensions);
        Assert.Equal([RadAiExtension.E4], analysis[GapConcern.ResponsibleAi].Extensions);
    }

    [Theory]
    [InlineData(GapConcern.NonDeterministicComponents, Coverage.Partial, Coverage.None)]
    [InlineData(GapConcern.ModelVersioning, Coverage.None, Coverage.None)]
    [InlineData(GapConcern.StreamingVersusBatch, Coverage.Partial, Coverage.Partial)]
    [InlineData(GapConcern.WorkflowTriggers, Coverage.None, Coverage.None)]
    [InlineData(GapConcern.SignalCoordination, Coverage.Partial, Coverage.None)]
    [InlineData(GapConcern.FeatureStore, Coverage.Partial, Coverage.Partial)]
    [InlineData(GapConcern.Experimentation, Coverage.Partial, Coverage.None)]
    [InlineData(GapConcern.MlTechnicalDebt, Coverage.None, Coverage.None)]
    [InlineData(GapConcern.DriftAndFreshness, Coverage.Partial, Coverage.None)]
    [InlineData(GapConcern.ResponsibleAi, Coverage.Partial, Coverage.None)]
    public void Removing_the_part_behind_a_concern_lowers_exactly_that_concern(GapConcern concern, Coverage radAiAfter, Coverage standardAfter)
    {
        var workspace = RichModel.Build();
        var before = GapAnalysis.Of(workspace);

        workspace = RemovePartBehind(concern, workspace);
        var after = GapAnalysis.Of(workspace);

        Assert.Equal(radAiAfter, after[concern].RadAi);
        Assert.Equal(standardAfter, after[concern].Standard);
        Assert.True(after.RadAiScore < before.RadAiScore, $"RAD-AI score {after.RadAiScore} should be below {before.RadAiScore}.");
        foreach (var other in GapConcerns.All.Where(c => c != concern))
        {
            Assert.Equal(before[other].RadAi, after[other].RadAi);
            Assert.Equal(before[other].Standard, after[other].Standard);
        }
    }

    [Fact]
    public void The_analysis_reads_the_model_without_changing_it()
    {
        var workspace = RichModel.Build();
        var json = WorkspaceJson.Serialize(workspace);
        _ = GapAnalysis.Of(workspace);
        Assert.Equal(json, WorkspaceJson.Serialize(workspace));
    }

    [Fact]
    public void A_fact_survives_in_standard_text_only_as_a_whole_word()
    {
        var workspace = new Workspace("Ids");
        var system = workspace.Model.AddSoftwareSystem("S");
        var ranker = system.AddMlModel("Ranker", "ranks", "PyTorch");
        system.AddContainer("Gate CG-10", "routes");
        workspace.RadAi().Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = ranker, Threshold = 0.5, ActionBelow = "fallback" });
        Assert.Equal(Coverage.None, GapAnalysis.Of(workspace)[GapConcern.NonDeterministicComponents].Standard);

        system.AddContainer("Router", "applies cg-1 before ranking");
        var assessment = GapAnalysis.Of(workspace)[GapConcern.NonDeterministicComponents];
        Assert.Equal(Coverage.Partial, assessment.Standard);
        Assert.Equal([new StandardTrace("CG-1", "the description of container 'Router'")], assessment.StandardTraces);
        Assert.Equal(Coverage.Partial, assessment.RadAi);
    }

    private static Workspace RemovePartBehind(GapConcern concern, Workspace workspace)
        => concern switch
        {
            GapConcern.NonDeterministicComponents => StoredParts.RemoveTables(workspace, "radai:c4e3.boundary", "gates"),
            GapConcern.ModelVersioning => StoredParts.RemoveTables(workspace, "radai:e2.model-registry", "models"),
            GapConcern.StreamingVersusBatch => StoredParts.RemoveTag(workspace, Stereotype.DataPipeline.Name),
            GapConcern.WorkflowTriggers => StoredParts.RemoveTables(workspace, "radai:e3.pipelines", "triggers"),
            GapConcern.SignalCoordination => StoredParts.RemoveTables(workspace, "radai:e3.pipelines", "signals"),
            GapConcern.FeatureStore => StoredParts.RemoveTables(workspace, "radai:e3.pipelines", "featureGroups"),
            GapConcern.Experimentation => StoredParts.RemoveTables(workspace, "radai:e8.operations", "abTests"),
            GapConcern.MlTechnicalDebt => StoredParts.RemoveTables(workspace, "radai:e7.debt", "items", "interactions"),
            GapConcern.DriftAndFreshness => StoredParts.RemoveTables(workspace, "radai:e8.operations", "driftDetection"),
            GapConcern.ResponsibleAi => StoredParts.RemoveTables(workspace, "radai:e4.responsible-ai", "fairnessMetrics", "fairnessDimensions"),
            _ => throw new ArgumentOutOfRangeException(nameof(concern), concern, "No removal defined."),
        };
}
