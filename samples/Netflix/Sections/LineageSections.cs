using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Sections;

/// <summary>
/// C4-E2's feedback-loop analysis as the example draws it: the recommendation loop from ranking back to retraining,
/// the risks the loop carries and what counters each. The loops themselves are typed E3 records (E3Pipelines); these
/// sections give the lineage overlay the loop's path and its risks one by one.
/// </summary>
internal static class LineageSections
{
    public static void AddTo(RadAiModel ai)
    {
        ai.Sections.Add(DocumentId.DataLineageOverlay, new UserSection
        {
            Title = "Recommendation feedback loop",
            Prose = "How today's recommendations become tomorrow's training labels.",
            Mermaid = """
                flowchart TD
                    RecModel["Recommendation model<br/>ranks titles"]
                    Homepage["Homepage<br/>shows the ranking"]
                    Behavior["Member behaviour<br/>plays, skips, abandons"]
                    Kafka["Kafka<br/>records interactions"]
                    Flink["Flink<br/>computes features"]
                    Training["Training set<br/>played: positive; shown, not played: negative"]
                    Retrain["Retraining"]
                    RecModel --> Homepage --> Behavior --> Kafka --> Flink --> Training --> Retrain --> RecModel
                """,
            Table = new UserTable
            {
                Header = ["Risk", "How it arises", "Severity"],
                Rows =
                [
                    ["Popularity amplification", "what is recommended gets watched, which reads as a positive label and gets it recommended again", "High"],
                    ["Position bias", "top positions draw clicks whatever their relevance, so the model learns its own ordering", "Medium"],
                    ["Filter bubble convergence", "a narrow selection narrows the member's taste, and the model narrows further", "High"],
                    ["Cold-start content disadvantage", "a new title has no views, so it is not recommended, so it gains no views", "Medium"],
                ],
            },
        });
        ai.Sections.Add(DocumentId.DataLineageOverlay, new UserSection
        {
            Title = "Feedback loop mitigations",
            Table = new UserTable
            {
                Header = ["Mitigation", "Mechanism", "Effect"],
                Rows =
                [
                    ["Contextual bandit exploration", "5-10% of recommendations are chosen to explore, not by model rank", "breaks the popularity loop and yields unbiased labels"],
                    ["Position-debiased training", "inverse propensity weighting of the position effect during training", "less position bias in the learned ranking"],
                    ["Diversity post-processing", "genre entropy constraints on the final recommendation set", "keeps the filter bubble from closing at serving time"],
                    ["Editorial injection", "editors' Discovery rows skip ML ranking", "new and niche titles are shown whatever the model says"],
                ],
            },
        });
    }
}
