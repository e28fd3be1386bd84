using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 3: pipelines with their processing mode and freshness SLA, and [DP] elements (E3, C4-E1).</summary>
internal sealed class StreamingVersusBatchRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.StreamingVersusBatch;

    public override string StandardRule =>
        "Partial when a pipeline's id or name appears in the text of an element or relationship, or its mode (streaming, batch, ...) appears in "
        + "the text of the pipeline's own element; none otherwise. Freshness SLAs and quality gates have no standard place.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var pipelines = ai.Pipelines.Pipelines;
        yield return Check("pipelines with mode and freshness SLA", RadAiExtension.E3, pipelines.Count,
            () => $"{Count(pipelines.Count, "pipeline")} ("
                  + string.Join(", ", pipelines.GroupBy(p => p.Mode).OrderBy(g => g.Key).Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (Words.Of(g.Key) ?? "with mode " + MarkdownText.NotStated).ToLowerInvariant()))
                  + "), each with a freshness SLA");
        var stereotyped = ai.Stereotypes.DataPipelines;
        yield return Check("[DP] stereotyped elements", RadAiExtension.C4E1, stereotyped.Count,
            () => $"{Count(stereotyped.Count, "element")} stereotyped [DP] ({Names(stereotyped.Select(p => p.Name))})");
    }

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
    {
        foreach (var pipeline in ai.Pipelines.Pipelines)
        {
            yield return (pipeline.Id, null);
            yield return (pipeline.Name, null);
            if (pipeline.Element is { } element && Words.Of(pipeline.Mode) is { } mode) yield return (mode, element.Element);
        }
    }

    protected override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Pipelines.Pipelines.Where(p => p.Element is not null).Select(p => p.Element!.Value.Element)
            .Concat(ai.Stereotypes.DataPipelines.Select(p => p.Element));
}
