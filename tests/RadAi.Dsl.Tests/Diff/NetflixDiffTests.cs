using RadAi.Dsl.Diff;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Diff;

/// <summary>Issue 23's "done when": the Netflix pair gives a diff naming exactly its four changes and their consequences.</summary>
public class NetflixDiffTests
{
    private static readonly Lazy<WorkspaceDiff> Pair = new(() => WorkspaceDiff.Compare(NetflixDiff.Before(), NetflixDiff.After()));

    [Fact]
    public void The_diff_names_exactly_the_four_changes()
    {
        var diff = Pair.Value;

        Assert.Equal(DiffMatching.StructurizrId, diff.Matching);
        Assert.Equal(
        [
            "model MDL-REC: version v12.4 → v12.5",
            "confidence gate CG-1: threshold 0.60 → 0.55",
            "debt item BE-001: status Open → Mitigated (resolved)",
            $"relationship {NetflixDiff.RemovedSource} -> ",
        ], diff.Changes.Select(c => c.Kind == ChangeKind.Removed ? c.Summary[..(c.Summary.IndexOf("->", StringComparison.Ordinal) + 3)] : c.Summary));
        Assert.Equal([DiffArea.ModelRegistry, DiffArea.NonDeterminismBoundary, DiffArea.Debt, DiffArea.Model], diff.Changes.Select(c => c.Area));
        Assert.EndsWith(NetflixDiff.RemovedRelationship() is { } described ? $"({described}) removed" : " removed", diff.Changes[3].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_consequences_are_those_the_analyses_compute_for_either_side()
    {
        var consequences = Pair.Value.Consequences;
        var before = NetflixDiff.Before();
        var after = NetflixDiff.After();

        Assert.Equal(RadAi.Dsl.Analysis.GapAnalysis.Of(before).RadAiScore, consequences.GapScoreBefore);
        Assert.Equal(RadAi.Dsl.Analysis.GapAnalysis.Of(after).RadAiScore, consequences.GapScoreAfter);
        Assert.Equal(RadAi.Dsl.Analysis.AnnexIvChecklist.Evaluate(before).DocumentedCount, consequences.AnnexIvDocumentedBefore);
        Assert.Equal(RadAi.Dsl.Analysis.AnnexIvChecklist.Evaluate(after).DocumentedCount, consequences.AnnexIvDocumentedAfter);
        var activeBefore = RadAi.Dsl.Inspections.Inspector.Run(before).Active.Select(f => (f.Rule.Id, f.Subject.Name, f.Message)).ToHashSet();
        var activeAfter = RadAi.Dsl.Inspections.Inspector.Run(after).Active.Select(f => (f.Rule.Id, f.Subject.Name, f.Message)).ToHashSet();
        Assert.Equal(activeAfter.Except(activeBefore).Order(), consequences.FindingsAppeared.Select(f => (f.RuleId, f.Subject, f.Message)).Order());
        Assert.Equal(activeBefore.Except(activeAfter).Order(), consequences.FindingsDisappeared.Select(f => (f.RuleId, f.Subject, f.Message)).Order());
    }

    [Fact]
    public void The_markdown_comment_matches_its_snapshot()
        => Snapshot.Match("Diff/netflix-diff.md", Pair.Value.ToMarkdown());

    [Fact]
    public void The_library_writes_no_example_product_name_of_its_own()
    {
        // the subjects come from the model; the words around them are the library's
        var markdown = WorkspaceDiff.Compare(DiffWorkspaces.Build(), DiffWorkspaces.Build(new DiffFacts { GateThreshold = 0.5 })).ToMarkdown();
        Assert.DoesNotContain("Netflix", markdown, StringComparison.OrdinalIgnoreCase);
    }
}
