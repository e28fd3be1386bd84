using RadAi.Dsl.Analysis;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Diff;

/// <summary>
/// What changed between two workspaces, in the model's own terms: C4 elements, relationships and views; per RAD-AI
/// extension, what its typed register says (a model promoted, a gate threshold moved, a debt item resolved); and what
/// that does to the gap analysis, the Annex IV checklist and the inspection findings. Values are shown as written;
/// a side that states nothing shows "not stated".
/// </summary>
/// <example>
/// <code>
/// var diff = WorkspaceDiff.Compare(WorkspaceJson.ReadFile("before.json"), WorkspaceJson.ReadFile("after.json"));
/// Console.Write(diff.ToMarkdown());
/// Environment.ExitCode = diff.HasChanges ? 1 : 0;
/// </code>
/// </example>
public sealed class WorkspaceDiff
{
    private WorkspaceDiff(DiffMatching matching, IReadOnlyList<ArchitectureChange> changes, DiffConsequences consequences)
    {
        Matching = matching;
        Changes = changes;
        Consequences = consequences;
    }

    /// <summary>How elements and relationships were paired: by Structurizr id or by canonical name.</summary>
    public DiffMatching Matching { get; }

    /// <summary>The changes, by area (<see cref="DiffArea"/> order, most consequential first), then in model order.</summary>
    public IReadOnlyList<ArchitectureChange> Changes { get; }

    /// <summary>Gap-analysis scores, Annex IV counts and inspection findings before and after.</summary>
    public DiffConsequences Consequences { get; }

    /// <summary>Whether the architecture changed: at least one change in the model, its views or a RAD-AI register.</summary>
    public bool HasChanges => Changes.Count > 0;

    /// <summary>The changes of one area, in order.</summary>
    public IReadOnlyList<ArchitectureChange> In(DiffArea area) => Changes.Where(c => c.Area == area).ToList();

    /// <summary>
    /// Compares two workspaces (reads both; changes neither). Elements and relationships are paired by Structurizr id
    /// when most elements that share an id also share their name on both sides, else by canonical name.
    /// </summary>
    /// <exception cref="ArgumentNullException">A workspace is null.</exception>
    /// <exception cref="RadAiConventionException">A stored RAD-AI value of either workspace cannot be read; the message names it.</exception>
    public static WorkspaceDiff Compare(Workspace before, Workspace after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var matching = ModelComparison.ChooseMatching(before.Model, after.Model);
        var changes = new List<ArchitectureChange>();
        ModelComparison.Compare(before, after, matching, changes);
        RegisterComparison.Compare(before.RadAi(), after.RadAi(), changes);
        // A stable sort: areas by consequence, and within an area the order the comparisons found them in.
        var ordered = changes.Select((c, i) => (c, i)).OrderBy(x => x.c.Area).ThenBy(x => x.i).Select(x => x.c).ToList();
        return new WorkspaceDiff(matching, ordered, ConsequencesOf(before, after));
    }

    /// <summary>The diff as markdown for a pull-request comment: a summary line, then one section per area, most consequential first.</summary>
    public string ToMarkdown() => WorkspaceDiffMarkdown.Write(this);

    /// <summary>The diff as plain text for a terminal.</summary>
    public string ToText() => WorkspaceDiffText.Write(this);

    /// <summary>The diff as indented JSON for scripts (written without reflection).</summary>
    public string ToJson() => WorkspaceDiffJson.Write(this);

    /// <summary>The one-line summary: how many changes, in how many areas, and the gap-analysis score before and after.</summary>
    public string Summary
    {
        get
        {
            if (!HasChanges) return "No architectural change.";
            var areas = Changes.Select(c => c.Area).Distinct().Count();
            var c = Consequences;
            return $"{Words.Count(Changes.Count, "architectural change")} in {Words.Count(areas, "area")}; "
                   + $"RAD-AI gap score {Words.Number(c.GapScoreBefore)} → {Words.Number(c.GapScoreAfter)} of {c.GapMaxScore}, "
                   + $"Annex IV {c.AnnexIvDocumentedBefore} → {c.AnnexIvDocumentedAfter} of {c.AnnexIvItems} documented, "
                   + $"{Words.Count(c.FindingsAppeared.Count, "finding")} appeared, {c.FindingsDisappeared.Count} disappeared.";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Summary;

    private static DiffConsequences ConsequencesOf(Workspace before, Workspace after)
    {
        var gapBefore = GapAnalysis.Of(before);
        var gapAfter = GapAnalysis.Of(after);
        var annexBefore = AnnexIvChecklist.Evaluate(before);
        var annexAfter = AnnexIvChecklist.Evaluate(after);
        var findingsBefore = Findings(before);
        var findingsAfter = Findings(after);
        return new DiffConsequences
        {
            GapMaxScore = gapAfter.MaxScore,
            GapScoreBefore = gapBefore.RadAiScore,
            GapScoreAfter = gapAfter.RadAiScore,
            AnnexIvItems = annexAfter.Items.Count,
            AnnexIvDocumentedBefore = annexBefore.DocumentedCount,
            AnnexIvDocumentedAfter = annexAfter.DocumentedCount,
            FindingsAppeared = Except(findingsAfter, findingsBefore),
            FindingsDisappeared = Except(findingsBefore, findingsAfter),
        };
    }

    private static List<DiffFinding> Findings(Workspace workspace)
        => Inspector.Run(workspace).Active.Select(DiffFinding.From).ToList();

    // Findings are compared by rule, subject and message: ids differ between regenerated workspaces, words do not.
    private static List<DiffFinding> Except(List<DiffFinding> these, List<DiffFinding> those)
    {
        var others = those.Select(Key).ToHashSet();
        return these.Where(f => !others.Contains(Key(f)))
            .OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static (string, string, string) Key(DiffFinding f) => (f.RuleId, f.Subject, f.Message);
}
