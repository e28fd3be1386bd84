using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Sections;

/// <summary>
/// The index: the example's stakeholder groups and what each cares about. They are groups of people with concerns, not
/// actors of the diagrams (the C4 people), so they are a section of the index rather than elements.
/// </summary>
internal static class IndexSections
{
    public static void AddTo(RadAiModel ai)
        => ai.Sections.Add(DocumentId.Index, new UserSection
        {
            Title = "Stakeholder groups",
            After = "Stakeholders",
            Table = new UserTable
            {
                Header = ["Group", "Role", "Main concerns"],
                Rows =
                [
                    ["ML Platform (MLP) team", "runs the platform; maintains Metaflow and Maestro", "reliability, developer experience, scale"],
                    ["Data scientists (hundreds)", "build models and design experiments", "fast prototyping, from notebook to production, reproducibility"],
                    ["ML engineers", "own production models and maintain pipelines", "model performance, automated retraining, monitoring"],
                    ["Content and product teams", "business stakeholders", "recommendation quality, effective personalization, engagement"],
                    ["Trust and safety team", "oversight of responsible AI", "fair treatment of content, filter bubbles, equity across regions"],
                    ["Netflix members (200M+)", "end users", "relevant recommendations, discovering content, streaming quality"],
                ],
            },
        });
}
