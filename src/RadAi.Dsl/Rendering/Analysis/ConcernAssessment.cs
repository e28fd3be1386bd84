using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>The computed verdict on one concern: what the standard documents and the RAD-AI documents can say about it.</summary>
public sealed class ConcernAssessment
{
    internal ConcernAssessment(GapConcern concern, IReadOnlyList<Evidence> evidence, IReadOnlyList<StandardTrace> traces,
        string? standardHome, IReadOnlyList<Element> elements, string standardRule)
    {
        Concern = concern;
        StandardRule = standardRule;
        Evidence = evidence;
        StandardTraces = traces;
        StandardHome = standardHome;
        Elements = elements;
        var present = evidence.Count(e => e.Present);
        RadAi = present == 0 ? Coverage.None : present == evidence.Count ? Coverage.Full : Coverage.Partial;
        // The standard renderers ignore the AI layer, so they never cover a concern fully: at best a fact survives as
        // free text in a name, description or technology, or the facts fit a generic standard section.
        Standard = traces.Count > 0 || standardHome is not null ? Coverage.Partial : Coverage.None;
    }

    /// <summary>The concern.</summary>
    public GapConcern Concern { get; }

    /// <summary>Coverage by the standard arc42/C4 documents (never full: they have no place for AI concepts).</summary>
    public Coverage Standard { get; }

    /// <summary>Coverage by the RAD-AI documents: full when every piece of evidence is in the model, partial when some is.</summary>
    public Coverage RadAi { get; }

    /// <summary>What the concern needs from the model, each piece checked.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>RAD-AI facts of the concern that appear as free text in what the standard documents show.</summary>
    public IReadOnlyList<StandardTrace> StandardTraces { get; }

    /// <summary>The generic standard section that can hold the facts without their AI structure, or null when there is none.</summary>
    public string? StandardHome { get; }

    /// <summary>The C4 elements behind the concern (shown by the standard documents as plain elements).</summary>
    public IReadOnlyList<Element> Elements { get; }

    /// <summary>The extensions that carry the concern in this model (those whose evidence is present), in framework order.</summary>
    public IReadOnlyList<RadAiExtension> Extensions
        => Evidence.Where(e => e.Present).Select(e => e.Extension).Distinct().Order().ToList();

    /// <summary>The extensions that can carry the concern, whether or not this model uses them.</summary>
    public IReadOnlyList<RadAiExtension> DesignatedExtensions => Evidence.Select(e => e.Extension).Distinct().Order().ToList();

    /// <summary>How the standard coverage of this concern is decided, in words.</summary>
    public string StandardRule { get; }

    /// <summary>What the model records for the concern that the standard documents cannot show as such.</summary>
    public IReadOnlyList<string> StandardLacks => Evidence.Where(e => e.Present).Select(e => e.Label).ToList();

    /// <summary>"3 Streaming vs. batch pipelines: standard Partial, RAD-AI Full".</summary>
    public override string ToString() => $"{Concern.Number()} {Concern.Title()}: standard {Standard}, RAD-AI {RadAi}";
}
