using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E8: the rollout plans of model versions — traffic split, duration, promotion and rollback criteria.</summary>
internal static class RolloutPlansSection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<RolloutPlan> plans)
        => markdown.Heading(3, "Rollout plans").Table(
            ["Plan", "Model", "Version", "Strategy", "Traffic split", "Duration", "Promotion criteria", "Rollback criteria", "Owner"],
            plans.Select(p => (IReadOnlyList<Markup>)[p.Name, StatedText.Of(p.Model), StatedText.Of(p.ModelVersion), StatedText.Of(p.Strategy),
                StatedText.Of(p.TrafficSplit), StatedText.Of(p.Duration), StatedText.List(p.PromotionCriteria), StatedText.Of(p.RollbackCriteria), StatedText.Of(p.Owner)]),
            "No rollout plans are recorded.");
}
