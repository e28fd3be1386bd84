using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Sections;

/// <summary>
/// E4: the homepage row titles as the explanation members see. The typed explainability requirement states the method
/// ("named rows"); this section lists the rows and what each one tells the member.
/// </summary>
internal static class ResponsibleAiSections
{
    public static void AddTo(RadAiModel ai)
        => ai.Sections.Add(DocumentId.ResponsibleAi, new UserSection
        {
            Title = "Row titles as explanations",
            After = "Explainability requirements",
            Prose = "The name of each homepage row says why its titles were chosen.",
            Table = new UserTable
            {
                Header = ["Row type", "What it tells the member", "Example"],
                Rows =
                [
                    ["\"Because You Watched [Title]\"", "similar in content to one title watched recently", "Because You Watched Stranger Things"],
                    ["\"Top Picks For You\"", "overall personalization from history and preferences", "the member's highest-ranked titles"],
                    ["\"Trending Now\"", "popularity, not personalized", "titles popular in the region"],
                    ["\"New Releases\"", "recency of the title", "titles added lately"],
                    ["Genre rows (\"Critically Acclaimed Dramas\")", "genre clusters combined with a quality signal", "titles of the genre above a quality threshold"],
                ],
            },
        });
}
