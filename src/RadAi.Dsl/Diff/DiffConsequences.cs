namespace RadAi.Dsl.Diff;

/// <summary>
/// What the changes do to the computed views of the architecture: the gap-analysis scores, the Annex IV items
/// documented, and the inspection findings that appeared or disappeared. Computed from both workspaces with
/// <see cref="Analysis.GapAnalysis"/>, <see cref="Analysis.AnnexIvChecklist"/> and <see cref="Inspections.Inspector"/>.
/// </summary>
public sealed record DiffConsequences
{
    /// <summary>The gap analysis's best possible score (one point per concern).</summary>
    public required int GapMaxScore { get; init; }

    /// <summary>The RAD-AI gap-analysis score of the first workspace.</summary>
    public required double GapScoreBefore { get; init; }

    /// <summary>The RAD-AI gap-analysis score of the second workspace.</summary>
    public required double GapScoreAfter { get; init; }

    /// <summary>The number of Annex IV checklist items.</summary>
    public required int AnnexIvItems { get; init; }

    /// <summary>The Annex IV items the first workspace documents.</summary>
    public required int AnnexIvDocumentedBefore { get; init; }

    /// <summary>The Annex IV items the second workspace documents.</summary>
    public required int AnnexIvDocumentedAfter { get; init; }

    /// <summary>Active findings of the second workspace that the first has not, ordered by rule and subject.</summary>
    public required IReadOnlyList<DiffFinding> FindingsAppeared { get; init; }

    /// <summary>Active findings of the first workspace that the second has not, ordered by rule and subject.</summary>
    public required IReadOnlyList<DiffFinding> FindingsDisappeared { get; init; }

    /// <summary>Whether a score, a count or a finding differs between the two sides.</summary>
    public bool HasChanges => GapScoreBefore != GapScoreAfter || AnnexIvDocumentedBefore != AnnexIvDocumentedAfter
                              || FindingsAppeared.Count > 0 || FindingsDisappeared.Count > 0;
}
