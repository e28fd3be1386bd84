using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E8: the rollout plans of model versions — traffic split, duration, promotion and rollback criteria.</summary>
internal static class RolloutPlansSection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<RolloutPlan> plans)
        => markdown.Heading(3, "Rollout plans").Table(
            ["Plan", "Model", "Version", "Strategy", "Traffic split", "Duration", "Promotion criteria", "Rollback criteria", "Owner"],
            plans.Select(p => (IReadOnlyList<Markup>)[p.Name, StatedWords.Of(p.Model), StatedWords.Of(p.ModelVersion), StatedWords.Of(p.Strategy),
                StatedWords.Of(p.TrafficSplit), StatedWords.Of(p.Duration), StatedWords.List(p.PromotionCriteria), StatedWords.Of(p.RollbackCriteria), StatedWords.Of(p.Owner)]),
            "No rollout plans are recorded.");
}
