using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The gap analysis computed from the Netflix model: RAD-AI documents nearly everything, the standard set little.</summary>
public sealed class NetflixGapAnalysisTests
{
    private static readonly Workspace Workspace = NetflixWorkspace.Build();
    private static readonly GapAnalysis Gap = GapAnalysis.Of(Workspace);

    [Fact]
    public void RAD_AI_scores_9_5_of_10_and_the_standard_documents_2_5()
    {
        // RAD-AI loses half a point on experimentation only: the example has canary steps and an AI-ADR weighing
        // alternatives, but no table of individual A/B tests, so the model records none.
        Assert.Equal(9.5, Gap.RadAiScore);
        Assert.Equal(Coverage.Partial, Gap[GapConcern.Experimentation].RadAi);
        Assert.All(GapConcerns.All.Where(c => c != GapConcern.Experimentation), c => Assert.Equal(Coverage.Full, Gap[c].RadAi));

        // The standard documents reach five concerns only partially, through free text (element and relationship
        // descriptions, container names, generic technical debt in arc42 §11); the other five have no place there.
        Assert.Equal(2.5, Gap.StandardScore);
        GapConcern[] partly = [GapConcern.NonDeterministicComponents, GapConcern.StreamingVersusBatch, GapConcern.SignalCoordination,
            GapConcern.FeatureStore, GapConcern.MlTechnicalDebt];
        Assert.All(partly, c => Assert.Equal(Coverage.Partial, Gap[c].Standard));
        Assert.All(GapConcerns.All.Except(partly), c => Assert.Equal(Coverage.None, Gap[c].Standard));
        Assert.DoesNotContain(Gap.Concerns, c => c.Standard == Coverage.Full);
    }

    [Fact]
    public void The_generated_gap_analysis_shows_the_computed_scores()
    {
        var document = new RadAiDocumentation(Workspace).Render().Find("gap-analysis.md")!.Content;
        var scores = GeneratedTables.Under(document, "Scores").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("2.5 of 10", scores["Standard arc42/C4"]);
        Assert.Equal("9.5 of 10", scores["RAD-AI"]);
        var concerns = GeneratedTables.Under(document, "Concern by concern");
        Assert.Equal(11, concerns.Count); // ten concerns and the total
        Assert.Equal(["2.5 of 10", "9.5 of 10"], concerns[^1].Skip(2).Take(2));
    }
}
