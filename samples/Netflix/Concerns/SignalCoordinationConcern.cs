using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>Signals with publishers, subscribers and metadata (E8), and data lineage across workflows (C4-E2).</summary>
internal sealed class SignalCoordinationConcern : GapConcern
{
    public override string Id => "signal-coordination";

    public override string Title => "Signal-based cross-workflow coordination";

    public override string StandardRule =>
        "None: standard documents draw point-to-point relationships, so one publisher reaching many subscribers has no form there.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
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
}
