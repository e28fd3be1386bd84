using RadAi.Dsl;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The computed results several documents show (the gap analysis, the Annex IV checklist, the inspection report), each
/// made once per documentation set on first use and shared by every rendering thread: on a large model the inspections
/// alone cost as much as a document.
/// </summary>
internal sealed class DocumentAnalyses
{
    private readonly Lazy<GapAnalysis> _gapAnalysis;
    private readonly Lazy<AnnexIvChecklist> _checklist;
    private readonly Lazy<InspectionReport> _inspections;

    /// <param name="workspace">The workspace documented.</param>
    /// <param name="ai">Its RAD-AI model, attached before any rendering thread starts.</param>
    /// <param name="concerns">The concerns of the gap analysis (checked).</param>
    /// <param name="inspections">The caller's report of this workspace, or null to inspect it when a document asks.</param>
    public DocumentAnalyses(Workspace workspace, RadAiModel ai, IReadOnlyList<GapConcern> concerns, InspectionReport? inspections)
    {
        _gapAnalysis = new(() => GapAnalysis.Of(ai, concerns));
        _checklist = new(() => AnnexIvChecklist.Evaluate(workspace));
        _inspections = inspections is null ? new(() => Inspector.Run(workspace)) : new(inspections);
    }

    /// <summary>The gap analysis over the set's concerns.</summary>
    public GapAnalysis GapAnalysis => _gapAnalysis.Value;

    /// <summary>The EU AI Act Annex IV checklist.</summary>
    public AnnexIvChecklist Checklist => _checklist.Value;

    /// <summary>The inspection report (the caller's, else one made with the default options).</summary>
    public InspectionReport Inspections => _inspections.Value;
}
