using Humanizer;
using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>Pipelines with their processing mode and freshness SLA, and [DP] elements (E3, C4-E1).</summary>
internal sealed class StreamingVersusBatchConcern : GapConcern
{
    public override string Id => "streaming-vs-batch";

    public override string Title => "Streaming vs. batch pipelines";

    public override string StandardRule =>
        "None: pipelines appear as ordinary containers joined by arrows; processing mode, freshness SLAs and quality gates have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var pipelines = ai.Pipelines.Pipelines;
        yield return Check("pipelines with mode and freshness SLA", RadAiExtension.E3, pipelines.Count,
            () => $"{Count(pipelines.Count, "pipeline")} ("
                  + string.Join(", ", pipelines.GroupBy(p => p.Mode).OrderBy(g => g.Key).Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (g.Key is { } mode ? mode.Humanize().ToLowerInvariant() : "of unstated mode")))
                  + "), each with a freshness SLA");
        var stereotyped = ai.Stereotypes.DataPipelines;
        yield return Check("[DP] stereotyped elements", RadAiExtension.C4E1, stereotyped.Count,
            () => $"{Count(stereotyped.Count, "element")} stereotyped [DP] ({Names(stereotyped.Select(p => p.Name))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Pipelines.Pipelines.Where(p => p.Element is not null).Select(p => p.Element!.Value.Element)
            .Concat(ai.Stereotypes.DataPipelines.Select(p => p.Element));
}
