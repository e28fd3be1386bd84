using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Diff;

/// <summary>The diff as plain text for a terminal: the summary line, then each area's changes indented under its title.</summary>
internal static class WorkspaceDiffText
{
    public static string Write(WorkspaceDiff diff)
    {
        var text = new StringBuilder();
        text.Append(diff.Summary).Append('\n');
        if (!diff.HasChanges) return text.ToString();
        text.Append(DiffAreaTitles.Matching(diff.Matching)).Append('\n');
        foreach (var area in diff.Changes.Select(c => c.Area).Distinct())
        {
            text.Append('\n').Append(DiffAreaTitles.Of(area)).Append(":\n");
            foreach (var change in diff.In(area)) text.Append("  ").Append(change.Summary).Append('\n');
        }
        var c = diff.Consequences;
        text.Append("\nConsequences:\n");
        text.Append(CultureInfo.InvariantCulture, $"  RAD-AI gap score: {Words.Number(c.GapScoreBefore)} → {Words.Number(c.GapScoreAfter)} of {c.GapMaxScore}\n");
        text.Append(CultureInfo.InvariantCulture, $"  Annex IV items documented: {c.AnnexIvDocumentedBefore} → {c.AnnexIvDocumentedAfter} of {c.AnnexIvItems}\n");
        foreach (var f in c.FindingsAppeared) text.Append("  + ").Append(f).Append('\n');
        foreach (var f in c.FindingsDisappeared) text.Append("  - ").Append(f).Append('\n');
        return text.ToString();
    }
}
