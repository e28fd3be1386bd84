using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E2: the registry's lifecycle stages with their entry and promotion rules.</summary>
internal static class RegistryStagesSection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<RegistryStage> stages)
        => markdown.Heading(2, "Registry lifecycle stages").Table(
            ["Stage", "Description", "Entry criteria", "Promotion criteria", "Promotes to", "Approver"],
            stages.Select(s => (IReadOnlyList<Markup>)[s.Name, StatedWords.Of(s.Description), StatedWords.Of(s.EntryCriteria),
                StatedWords.Of(s.PromotionCriteria), StatedWords.Of(s.PromotesTo), StatedWords.Of(s.Approver)]),
            "No registry lifecycle stages are recorded.");
}
