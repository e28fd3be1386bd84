using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>E8: the on-call rotations that answer incidents.</summary>
internal static class OnCallSection
{
    public static void Write(MarkdownWriter markdown, IReadOnlyList<OnCallRotation> rotations)
        => markdown.Heading(3, "On-call rotation").Table(
            ["Rotation", "Team", "Schedule", "Coverage", "Severities", "Components", "Paged via", "Escalates to"],
            rotations.Select(r => (IReadOnlyList<Markup>)[r.Name, StatedWords.Of(r.Team), StatedWords.Of(r.Schedule), StatedWords.Of(r.Coverage),
                StatedWords.List(r.Severities), StatedWords.Names(r.Components), StatedWords.Of(r.PagingChannel), StatedWords.Of(r.EscalatesTo)]),
            "No on-call rotations are recorded.");
}
