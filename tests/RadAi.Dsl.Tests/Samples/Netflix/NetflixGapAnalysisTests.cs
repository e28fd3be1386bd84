using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Samples.Netflix.Concerns;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The gap analysis computed from the Netflix model over the example's own ten concerns, declared by the sample.</summary>
public sealed class NetflixGapAnalysisTests
{
    private static readonly Workspace Workspace = NetflixWorkspace.Build();
    private static readonly GapAnalysis Gap = GapAnalysis.Of(Workspace, NetflixConcerns.All);

    private static ConcernAssessment Concern(string id) => Gap[id];

    [Fact]
    public void RAD_AI_scores_9_5_of_10_and_the_standard_documents_0_5()
    {
        // RAD-AI loses half a point on experimentation only: the example has canary steps and an AI-ADR weighing
        // alternatives, but no table of individual A/B tests, so the model records none.
        Assert.Equal(9.5, Gap.RadAiScore);
        Assert.Equal(Coverage.Partial, Concern("experimentation").RadAi);
        Assert.All(Gap.Concerns.Where(c => c.Concern.Id != "experimentation"), c => Assert.Equal(Coverage.Full, c.RadAi));

        // As in the example's own gap analysis, the standard documents reach one concern partly: ML debt, as generic
        // technical debt in arc42 §11. Names in their text (a gate's, a signal's) earn nothing.
        Assert.Equal(0.5, Gap.StandardScore);
        Assert.Equal(["ml-technical-debt"], Gap.Concerns.Where(c => c.Standard != Coverage.None).Select(c => c.Concern.Id));
    }

    [Fact]
    public void The_sample_declares_the_examples_ten_concerns_and_the_library_default_is_not_among_them()
    {
        Assert.Equal(
        [
            "non-deterministic-components", "model-versioning", "streaming-vs-batch", "workflow-triggers", "signal-coordination",
            "feature-store", "experimentation", "ml-technical-debt", "drift-and-freshness", "responsible-ai",
        ], NetflixConcerns.All.Select(c => c.Id));
        Assert.Empty(NetflixConcerns.All.Intersect(RadAiConcerns.All));
    }

    [Fact]
    public void RAD_AIs_default_matrix_scores_the_Netflix_model_too()
    {
        var defaults = GapAnalysis.Of(Workspace);
        Assert.Equal(10, defaults.MaxScore);
        Assert.DoesNotContain(defaults.Concerns, c => c.RadAi == Coverage.None);
        Assert.DoesNotContain(defaults.Concerns, c => c.Standard == Coverage.Full);
    }

    [Fact]
    public void The_longest_trigger_chain_is_found_through_branches_and_long_chains()
    {
        var triggers = NetflixConcerns.All.Single(c => c.Id == "workflow-triggers");
        var workspace = new Workspace("Triggers");
        var pipelines = workspace.RadAi().Pipelines;
        pipelines.AddTrigger(new WorkflowTrigger("a", "b", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("a", "d", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("d", "e", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("b", "c", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("e", "f", "done"));
        pipelines.AddTrigger(new WorkflowTrigger("x", "y", "done"));
        // Ties go to the first branch registered; a longer branch later wins.
        Assert.Equal("a chain of 3 steps: a → d → e → f", GapAnalysis.Of(workspace, [triggers])[triggers].Evidence[1].Detail);

        // A chain of thousands of workflows is followed without copying it at every step.
        var chain = new Workspace("Chain");
        for (var i = 0; i < 5_000; i++) chain.RadAi().Pipelines.AddTrigger(new WorkflowTrigger($"w{i}", $"w{i + 1}", "done"));
        Assert.StartsWith("a chain of 5000 steps: w0 → w1 → w2", GapAnalysis.Of(chain, [triggers])[triggers].Evidence[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_gap_analysis_shows_the_computed_scores()
    {
        var document = new RadAiDocumentation(Workspace) { Concerns = NetflixConcerns.All }.Render().Find("gap-analysis.md")!.Content;
        var scores = GeneratedTables.Under(document, "Scores").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("0.5 of 10", scores["Standard arc42/C4"]);
        Assert.Equal("9.5 of 10", scores["RAD-AI"]);
        var concerns = GeneratedTables.Under(document, "Concern by concern");
        Assert.Equal(11, concerns.Count); // ten concerns and the total
        Assert.Equal(["0.5 of 10", "9.5 of 10"], concerns[^1].Skip(2).Take(2));
        Assert.Contains("DAG dependencies and event-triggered chaining", document, StringComparison.Ordinal);
    }
}
