using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// How one concern is assessed: the evidence it needs from the RAD-AI model, the facts whose survival as free text
/// in the standard documents earns partial standard coverage, and the elements behind it. One rule per concern.
/// </summary>
internal abstract class ConcernRule
{
    /// <summary>The ten rules, in concern order.</summary>
    public static IReadOnlyList<ConcernRule> All { get; } =
    [
        new NonDeterministicComponentsRule(),
        new ModelVersioningRule(),
        new StreamingVersusBatchRule(),
        new WorkflowTriggersRule(),
        new SignalCoordinationRule(),
        new FeatureStoreRule(),
        new ExperimentationRule(),
        new MlTechnicalDebtRule(),
        new DriftAndFreshnessRule(),
        new ResponsibleAiRule(),
    ];

    public abstract GapConcern Concern { get; }

    /// <summary>How the standard coverage is decided, in words (shown in the document's method section).</summary>
    public abstract string StandardRule { get; }

    /// <summary>Every piece of evidence the concern needs, each checked against the model (absent ones included).</summary>
    protected abstract IEnumerable<Evidence> Evidence(RadAiModel ai);

    /// <summary>Facts that, found as a whole word in the standard text (of <c>Scope</c> only, when given), earn partial standard coverage.</summary>
    protected abstract IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai);

    /// <summary>A generic standard section that can hold the facts without their AI structure, when the model has such facts.</summary>
    protected virtual string? StandardHome(RadAiModel ai) => null;

    /// <summary>The C4 elements behind the concern.</summary>
    protected abstract IEnumerable<Element> Elements(RadAiModel ai);

    public ConcernAssessment Assess(RadAiModel ai, StandardText text)
    {
        var traces = new List<StandardTrace>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fact, scope) in StandardFacts(ai))
            if (seen.Add(fact + "\u0000" + scope?.CanonicalName) && text.Find(fact, scope) is { } trace)
                traces.Add(trace);
        var elements = Elements(ai).Distinct().ToList();
        return new ConcernAssessment(Concern, Evidence(ai).ToList(), traces, StandardHome(ai), elements, StandardRule);
    }

    /// <summary>A piece of evidence that is present when <paramref name="count"/> is positive.</summary>
    protected static Evidence Check(string label, RadAiExtension extension, int count, Func<string> detail)
        => new() { Label = label, Extension = extension, Present = count > 0, Detail = count > 0 ? detail() : string.Empty };

    protected static string Count(int count, string singular) => Words.Count(count, singular);

    protected static string Names(IEnumerable<string> names) => NameList.Of(names);
}
