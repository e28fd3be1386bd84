using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 5: signals with publishers, subscribers and metadata (E8), and data lineage across workflows (C4-E2).</summary>
internal sealed class SignalCoordinationRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.SignalCoordination;

    public override string StandardRule =>
        "Partial when a signal's name appears in the text of an element or relationship; none otherwise. "
        + "Standard documents draw point-to-point relationships, so one publisher reaching many subscribers has no form there.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var subscribed = ai.Pipelines.Signals.Where(s => s.Subscribers.Count > 0).ToList();
        yield return Check("signals with publishers and subscribers", RadAiExtension.E8, subscribed.Count,
            () => $"{Count(subscribed.Count, "signal")} ({Names(subscribed.Select(s => s.Name))}) reaching {Count(subscribed.Sum(s => s.Subscribers.Count), "subscriber")}");
        var described = ai.Pipelines.Signals.Where(s => s.Metadata.Count > 0).ToList();
        yield return Check("signal metadata", RadAiExtension.E8, described.Count,
            () => $"{Count(described.Count, "signal")} carrying metadata ({Names(described.SelectMany(s => s.Metadata))})");
        var paths = ai.Lineage.Paths;
        yield return Check("lineage paths", RadAiExtension.C4E2, paths.Count,
            () => $"{Count(paths.Count, "lineage path")} over {Count(paths.Sum(p => p.Stages.Count), "stage")}");
    }

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
        => ai.Pipelines.Signals.Select(s => (s.Name, (Element?)null));

    protected override IEnumerable<Element> Elements(RadAiModel ai) => [];
}
