using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// The gap analysis of a workspace, computed from what its model holds: for each of the ten AI-specific concerns,
/// how much the standard arc42/C4 documents (AI layer ignored) and the RAD-AI documents can express, with a score
/// out of 10 for each. Nothing is entered by hand: an empty model scores 0 on both sides.
/// </summary>
/// <example>
/// <code>
/// var gaps = GapAnalysis.Of(workspace);
/// Console.WriteLine($"standard {gaps.StandardScore}/10, RAD-AI {gaps.RadAiScore}/10");
/// </code>
/// </example>
public sealed class GapAnalysis
{
    private GapAnalysis(IReadOnlyList<ConcernAssessment> concerns) => Concerns = concerns;

    /// <summary>The ten concerns, in order.</summary>
    public IReadOnlyList<ConcernAssessment> Concerns { get; }

    /// <summary>The standard documents' score out of 10 (full 1, partial 0.5, none 0 per concern).</summary>
    public double StandardScore => Concerns.Sum(c => c.Standard.Score());

    /// <summary>The RAD-AI documents' score out of 10.</summary>
    public double RadAiScore => Concerns.Sum(c => c.RadAi.Score());

    /// <summary>Whether the model holds nothing for any concern (both scores 0).</summary>
    public bool IsEmpty => Concerns.All(c => c.RadAi == Coverage.None && c.Standard == Coverage.None);

    /// <summary>The assessment of one concern.</summary>
    public ConcernAssessment this[GapConcern concern] => Concerns.First(c => c.Concern == concern);

    /// <summary>Computes the gap analysis of a workspace (reads the model; never changes it).</summary>
    /// <exception cref="ArgumentNullException">The workspace is null.</exception>
    public static GapAnalysis Of(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Of(workspace.RadAi());
    }

    internal static GapAnalysis Of(RadAiModel ai)
    {
        var text = new StandardText(ai.Workspace.Model);
        return new GapAnalysis(ConcernRule.All.Select(rule => rule.Assess(ai, text)).ToList());
    }
}
