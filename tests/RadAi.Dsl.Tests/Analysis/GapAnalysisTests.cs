using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Analysis;

public class GapAnalysisTests
{
    [Fact]
    public void The_default_concerns_are_RAD_AIs_ten_item_coverage_matrix()
    {
        Assert.Equal(
        [
            "Model versioning and lifecycle management", "Feature store architecture and sharing", "Data pipelines with quality gates",
            "Drift detection and monitoring", "Retraining triggers and automation", "Non-deterministic behaviour boundaries",
            "A/B testing and canary model deployment", "Data lineage and provenance", "ML-specific technical debt tracking", "Responsible AI and fairness",
        ], RadAiConcerns.All.Select(c => c.Title));
        Assert.Equal(RadAiConcerns.All, GapAnalysis.Of(new Workspace("Empty")).Concerns.Select(c => c.Concern));
    }

    [Fact]
    public void An_empty_model_scores_zero_on_both_sides()
    {
        var analysis = GapAnalysis.Of(new Workspace("Empty"));
        Assert.Equal(0, analysis.StandardScore);
        Assert.Equal(0, analysis.RadAiScore);
        Assert.Equal(10, analysis.MaxScore);
        Assert.True(analysis.IsEmpty);
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
    public void The_default_ten_are_scored_from_the_registers_and_stereotypes_of_a_small_model()
    {
        var workspace = new Workspace("Lending");
        var system = workspace.Model.AddSoftwareSystem("Lending", "Consumer credit decisions");
        var scorer = system.AddMlModel("Credit Scorer", "Scores applications");
        system.AddMonitor("Score Monitor", "Watches score distributions");
        system.AddFeatureStore("Applicant Features", "Applicant features");
        var ai = workspace.RadAi();
        ai.Boundary.Place(Region.NonDeterministic, scorer);
        ai.Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = scorer, Threshold = 0.7, ActionBelow = "manual underwriting" });
        ai.Operations.AddRetrainingTrigger(new RetrainingTrigger { Name = "Quarterly", Kind = TriggerKind.Scheduled, Condition = "every quarter", Action = "retrain" });

        var analysis = GapAnalysis.Of(workspace);

        Assert.Equal(Coverage.Partial, analysis[RadAiConcerns.NonDeterminismBoundaries].RadAi);
        Assert.Equal(["non-deterministic region", "confidence gates"], analysis[RadAiConcerns.NonDeterminismBoundaries].Evidence.Where(e => e.Present).Select(e => e.Label));
        Assert.Equal(Coverage.Partial, analysis[RadAiConcerns.RetrainingTriggers].RadAi);
        Assert.Equal(Coverage.Partial, analysis[RadAiConcerns.DriftDetection].RadAi);
        Assert.Equal(Coverage.Partial, analysis["feature-store"].RadAi);
        GapConcern[] untouched = [RadAiConcerns.ModelVersioning, RadAiConcerns.PipelineQualityGates, RadAiConcerns.AbTestingAndCanary,
            RadAiConcerns.DataLineage, RadAiConcerns.MlDebt, RadAiConcerns.ResponsibleAi];
        Assert.All(untouched, c => Assert.Equal(Coverage.None, analysis[c].RadAi));
        Assert.Equal(2, analysis.RadAiScore);
        Assert.Equal(0, analysis.StandardScore);
    }

    [Fact]
    public void A_name_or_id_in_the_text_the_standard_documents_show_earns_no_credit()
    {
        var workspace = new Workspace("Plain", "no AI layer");
        var system = workspace.Model.AddSoftwareSystem("Shop", "Sells things");
        var web = system.AddContainer("Confidence Gate CG-1", "Streaming batch feature store, drift detection, A/B test, canary, lineage, retraining", "ASP.NET");
        workspace.Model.AddPerson("Customer").Uses(web, "Buys");
        Assert.True(GapAnalysis.Of(workspace).IsEmpty);

        // A registered gate whose id the standard text repeats: RAD-AI records it, the standard documents earn nothing.
        var ranker = system.AddMlModel("Ranker", "ranks");
        system.AddContainer("Router", "applies CG-1 before ranking");
        workspace.RadAi().Boundary.AddGate(new ConfidenceGate { Id = "CG-1", Component = ranker, Threshold = 0.5, ActionBelow = "fallback" });
        var assessment = GapAnalysis.Of(workspace)[RadAiConcerns.NonDeterminismBoundaries];
        Assert.Equal(Coverage.Partial, assessment.RadAi);
        Assert.Equal(Coverage.None, assessment.Standard);
        Assert.Empty(assessment.StandardHomes);
    }

    [Fact]
    public void The_standard_documents_earn_credit_only_where_a_recorded_fact_has_a_generic_place()
    {
        var analysis = GapAnalysis.Of(RichModel.Build());

        var debt = analysis[RadAiConcerns.MlDebt];
        Assert.Equal(Coverage.Partial, debt.Standard);
        Assert.Equal(["arc42 §11 lists the items as generic technical debt, without their ML categories"], debt.StandardHomes);
        Assert.Equal(["debt interactions"], debt.StandardLacks);
        Assert.DoesNotContain(analysis.Concerns, c => c.Standard == Coverage.Full);
        Assert.All(analysis.Concerns.Where(c => c.StandardHomes.Count == 0), c => Assert.Equal(Coverage.None, c.Standard));
    }

    [Fact]
    public void A_workspace_of_another_domain_is_scored_on_its_own_concerns()
    {
        var workspace = new Workspace("Emergency triage");
        var system = workspace.Model.AddSoftwareSystem("Triage", "Emergency-department triage");
        system.AddMlModel("Acuity Model", "Predicts acuity");
        system.AddHumanInTheLoop("Clinician Review Queue", "Clinicians review low-confidence predictions");
        var review = new ClinicianReview();

        var own = GapAnalysis.Of(workspace, [review]);
        Assert.Equal(1, own.MaxScore);
        Assert.Same(review, own["clinician-review"].Concern);
        Assert.Equal(Coverage.Partial, own[review].RadAi); // the queue is there, no confidence gate routes to it
        Assert.Equal(Coverage.Partial, own[review].Standard); // the queue shows as a plain container

        var added = GapAnalysis.Of(workspace, [.. RadAiConcerns.All, review]);
        Assert.Equal(11, added.MaxScore);
        var dropped = GapAnalysis.Of(workspace, RadAiConcerns.All.Where(c => c != RadAiConcerns.FeatureStore));
        Assert.DoesNotContain(dropped.Concerns, c => c.Concern.Id == "feature-store");
        Assert.Throws<KeyNotFoundException>(() => dropped[RadAiConcerns.FeatureStore]);

        var document = new RadAiDocumentation(workspace) { Concerns = [review] }.Render().Find("gap-analysis.md")!.Content;
        Assert.Contains("| 1 | Clinician review of low-confidence predictions | partial (0.5) | partial (0.5) | C4-E1 |", document, StringComparison.Ordinal);
        Assert.Contains("| RAD-AI | 0.5 of 1 |", document, StringComparison.Ordinal);
        Assert.Contains("the one concern declared for this system", document, StringComparison.Ordinal);
        Assert.DoesNotContain("Model versioning", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_concerns_with_one_id_are_refused_with_a_message_naming_the_id()
    {
        var error = Assert.Throws<ArgumentException>(() => GapAnalysis.Of(new Workspace("W"), [new ClinicianReview(), new ClinicianReview()]));
        Assert.Contains("'clinician-review'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RadAiDocumentation(new Workspace("W")) { Concerns = [RadAiConcerns.MlDebt, RadAiConcerns.MlDebt] });
    }

    [Theory]
    [InlineData("model-versioning", "radai:e2.model-registry", "models")]
    [InlineData("feature-store", "radai:e3.pipelines", "featureGroups")]
    [InlineData("drift-detection", "radai:e8.operations", "driftDetection")]
    [InlineData("ab-testing-and-canary", "radai:e8.operations", "abTests")]
    [InlineData("non-determinism-boundaries", "radai:c4e3.boundary", "gates")]
    [InlineData("ml-debt", "radai:e7.debt", "items", "interactions")]
    [InlineData("responsible-ai", "radai:e4.responsible-ai", "fairnessMetrics", "fairnessDimensions")]
    public void Removing_the_part_behind_a_concern_lowers_exactly_that_concern(string concern, string register, params string[] tables)
    {
        var workspace = RichModel.Build();
        var before = GapAnalysis.Of(workspace);

        var after = GapAnalysis.Of(StoredParts.RemoveTables(workspace, register, tables));

        Assert.True(after[concern].RadAi.Score() < before[concern].RadAi.Score(), $"{concern}: {after[concern].RadAi} should be below {before[concern].RadAi}.");
        foreach (var other in RadAiConcerns.All.Where(c => c.Id != concern))
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

    /// <summary>A concern of a triage system: low-confidence predictions go to a clinician.</summary>
    private sealed class ClinicianReview : GapConcern
    {
        public override string Id => "clinician-review";

        public override string Title => "Clinician review of low-confidence predictions";

        public override string StandardRule => "Partial when a review queue is modelled: it shows as a plain container.";

        public override IEnumerable<Evidence> Evidence(RadAiModel ai)
        {
            var queues = ai.Stereotypes.HumansInTheLoop;
            yield return Check("review queues", RadAiExtension.C4E1, queues.Count, () => Count(queues.Count, "review queue"))
                with { StandardHome = queues.Count > 0 ? "the container diagram shows the queue as a plain container" : null };
            yield return Check("confidence gates", RadAiExtension.C4E3, ai.Boundary.Gates.Count, () => Count(ai.Boundary.Gates.Count, "gate"));
        }
    }
}
