using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Diff;

/// <summary>The diff as a pull-request comment: a bold summary line, then one section per area, then the consequences.</summary>
internal static class WorkspaceDiffMarkdown
{
    public static string Write(WorkspaceDiff diff)
    {
        var md = new StringBuilder();
        md.Append("## Architecture diff\n\n");
        md.Append("**").Append(MarkdownText.Inline(diff.Summary)).Append("**\n\n");
        if (!diff.HasChanges) return md.ToString();
        md.Append(DiffAreaTitles.Matching(diff.Matching)).Append("\n\n");
        foreach (var area in diff.Changes.Select(c => c.Area).Distinct())
        {
            md.Append("### ").Append(DiffAreaTitles.Of(area)).Append("\n\n");
            foreach (var change in diff.In(area)) md.Append("- ").Append(MarkdownText.Inline(change.Summary)).Append('\n');
            md.Append('\n');
        }
        var c = diff.Consequences;
        md.Append("### Consequences\n\n");
        md.Append("| | before | after |\n| --- | --- | --- |\n");
        md.Append(CultureInfo.InvariantCulture, $"| RAD-AI gap score (of {c.GapMaxScore}) | {Words.Number(c.GapScoreBefore)} | {Words.Number(c.GapScoreAfter)} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| Annex IV items documented (of {c.AnnexIvItems}) | {c.AnnexIvDocumentedBefore} | {c.AnnexIvDocumentedAfter} |\n\n");
        Findings(md, "Inspection findings that appeared", c.FindingsAppeared);
        Findings(md, "Inspection findings that disappeared", c.FindingsDisappeared);
        return md.ToString();
    }

    private static void Findings(StringBuilder md, string title, IReadOnlyList<DiffFinding> findings)
    {
        md.Append(title).Append(findings.Count == 0 ? ": none.\n\n" : ":\n\n");
        if (findings.Count == 0) return;
        foreach (var f in findings)
            md.Append("- ").Append(Words.Of(f.Severity).ToLowerInvariant()).Append(' ').Append(MarkdownText.Code(f.RuleId)).Append(' ')
                .Append(MarkdownText.Code(f.Subject)).Append(": ").Append(MarkdownText.Inline(f.Message)).Append('\n');
        md.Append('\n');
    }
}
