using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>The computed verdict on one concern: what the standard documents and the RAD-AI documents can say about it.</summary>
public sealed class ConcernAssessment
{
    internal ConcernAssessment(GapConcern concern, int number, IReadOnlyList<Evidence> evidence, IReadOnlyList<Element> elements)
    {
        Concern = concern;
        Number = number;
        Evidence = evidence;
        Elements = elements;
        RadAi = Verdict(evidence.Count(e => e.Present), evidence.Count);
        var housed = evidence.Count(e => e.Present && e.StandardHome is not null);
        Standard = Verdict(housed, evidence.Count);
    }

    /// <summary>The concern.</summary>
    public GapConcern Concern { get; }

    /// <summary>The concern's position in the analysis, from 1.</summary>
    public int Number { get; }

    /// <summary>
    /// Coverage by the standard arc42/C4 documents: full when every piece of evidence is present and has a standard home,
    /// partial when some present piece has one, none otherwise.
    /// </summary>
    public Coverage Standard { get; }

    /// <summary>Coverage by the RAD-AI documents: full when every piece of evidence is in the model, partial when some is.</summary>
    public Coverage RadAi { get; }

    /// <summary>What the concern needs from the model, each piece checked.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Where the standard documents hold what the model records of the concern, without its AI structure.</summary>
    public IReadOnlyList<string> StandardHomes => Evidence.Where(e => e.Present && e.StandardHome is not null).Select(e => e.StandardHome!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The C4 elements behind the concern (shown by the standard documents as plain elements).</summary>
    public IReadOnlyList<Element> Elements { get; }

    /// <summary>The extensions that carry the concern in this model (those whose evidence is present), in framework order.</summary>
    public IReadOnlyList<RadAiExtension> Extensions
        => Evidence.Where(e => e.Present).Select(e => e.Extension).Distinct().Order().ToList();

    /// <summary>The extensions that can carry the concern, whether or not this model uses them.</summary>
    public IReadOnlyList<RadAiExtension> DesignatedExtensions => Evidence.Select(e => e.Extension).Distinct().Order().ToList();

    /// <summary>How the standard coverage of this concern is decided, in words.</summary>
    public string StandardRule => Concern.StandardRule;

    /// <summary>What the model records for the concern that the standard documents have no place for.</summary>
    public IReadOnlyList<string> StandardLacks => Evidence.Where(e => e.Present && e.StandardHome is null).Select(e => e.Label).ToList();

    /// <summary>"3 Data pipelines with quality gates: standard Partial, RAD-AI Full".</summary>
    public override string ToString() => $"{Number} {Concern.Title}: standard {Standard}, RAD-AI {RadAi}";

    private static Coverage Verdict(int present, int count) => present == 0 ? Coverage.None : present == count ? Coverage.Full : Coverage.Partial;
}
