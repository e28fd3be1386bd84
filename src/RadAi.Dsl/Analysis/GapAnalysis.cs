using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// The gap analysis of a workspace, computed from what its model holds: for each concern, how much the standard
/// arc42/C4 documents (AI layer ignored) and the RAD-AI documents can express, with a score out of the number of
/// concerns for each. The concerns are RAD-AI's own ten-item matrix (<see cref="RadAiConcerns.All"/>) unless you give
/// your own. Nothing is entered by hand: an empty model scores 0 on both sides.
/// </summary>
/// <example>
/// <code>
/// var gaps = GapAnalysis.Of(workspace);
/// Console.WriteLine($"standard {gaps.StandardScore}/{gaps.MaxScore}, RAD-AI {gaps.RadAiScore}/{gaps.MaxScore}");
/// var mine = GapAnalysis.Of(workspace, [.. RadAiConcerns.All.Where(c => c != RadAiConcerns.FeatureStore), new ClinicianReview()]);
/// </code>
/// </example>
public sealed class GapAnalysis
{
    private GapAnalysis(IReadOnlyList<ConcernAssessment> concerns) => Concerns = concerns;

    /// <summary>The concerns assessed, in the order given.</summary>
    public IReadOnlyList<ConcernAssessment> Concerns { get; }

    /// <summary>The best possible score: one point per concern.</summary>
    public int MaxScore => Concerns.Count;

    /// <summary>The standard documents' score (full 1, partial 0.5, none 0 per concern).</summary>
    public double StandardScore => Concerns.Sum(c => c.Standard.Score());

    /// <summary>The RAD-AI documents' score.</summary>
    public double RadAiScore => Concerns.Sum(c => c.RadAi.Score());

    /// <summary>Whether the model holds nothing for any concern (both scores 0).</summary>
    public bool IsEmpty => Concerns.All(c => c.RadAi == Coverage.None && c.Standard == Coverage.None);

    /// <summary>The assessment of one concern.</summary>
    /// <exception cref="KeyNotFoundException">The concern is not part of this analysis.</exception>
    public ConcernAssessment this[GapConcern concern]
        => Concerns.FirstOrDefault(c => ReferenceEquals(c.Concern, concern))
           ?? throw new KeyNotFoundException($"The concern '{concern?.Id}' is not part of this gap analysis.");

    /// <summary>The assessment of the concern with this id.</summary>
    /// <exception cref="KeyNotFoundException">No concern of this analysis has the id.</exception>
    public ConcernAssessment this[string id]
        => Concerns.FirstOrDefault(c => string.Equals(c.Concern.Id, id, StringComparison.Ordinal))
           ?? throw new KeyNotFoundException($"No concern of this gap analysis has the id '{id}'.");

    /// <summary>Computes the gap analysis of a workspace over RAD-AI's ten concerns (reads the model; never changes it).</summary>
    /// <exception cref="ArgumentNullException">The workspace is null.</exception>
    public static GapAnalysis Of(Workspace workspace) => Of(workspace, RadAiConcerns.All);

    /// <summary>Computes the gap analysis of a workspace over the given concerns, in their order (reads the model; never changes it).</summary>
    /// <exception cref="ArgumentNullException">The workspace or the concerns are null.</exception>
    /// <exception cref="ArgumentException">A concern is null, has no id or title, or two share an id.</exception>
    public static GapAnalysis Of(Workspace workspace, IEnumerable<GapConcern> concerns)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(concerns);
        return Of(workspace.RadAi(), Validated(concerns));
    }

    internal static GapAnalysis Of(RadAiModel ai, IReadOnlyList<GapConcern> concerns)
        => new(concerns.Select((concern, i) => new ConcernAssessment(concern, i + 1, concern.Evidence(ai).ToList(), concern.Elements(ai).Distinct().ToList())).ToList());

    /// <summary>The concerns as a list, checked: none null, each with an id and a title, no id twice.</summary>
    internal static IReadOnlyList<GapConcern> Validated(IEnumerable<GapConcern> concerns)
    {
        var list = concerns.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var concern = list[i] ?? throw new ArgumentException($"Concern {i + 1} of the gap analysis is null.", nameof(concerns));
            if (string.IsNullOrWhiteSpace(concern.Id) || string.IsNullOrWhiteSpace(concern.Title))
                throw new ArgumentException($"Concern {i + 1} of the gap analysis ({concern.GetType().Name}) needs an id and a title.", nameof(concerns));
            if (!ids.Add(concern.Id))
                throw new ArgumentException($"Two concerns of the gap analysis have the id '{concern.Id}'; give each its own.", nameof(concerns));
        }
        return list;
    }
}
