using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Data lineage and provenance: data sources and lineage paths (C4-E2).</summary>
internal sealed class DataLineageConcern : GapConcern
{
    public override string Id => "data-lineage";

    public override string Title => "Data lineage and provenance";

    public override string StandardRule =>
        "Partial when a lineage path passes through C4 elements: the container diagram shows those elements and their relationships, without the "
        + "sources, stages, freshness or privacy of the data; none otherwise.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var sources = ai.Lineage.Sources;
        yield return Check("data sources", RadAiExtension.C4E2, sources.Count,
            () => $"{Count(sources.Count, "data source")} ({Names(sources.Select(s => s.Id))})");
        var paths = ai.Lineage.Paths;
        var placed = paths.Any(p => p.Stages.Any(s => s.Element is not null));
        yield return Check("lineage paths", RadAiExtension.C4E2, paths.Count,
            () => $"{Count(paths.Count, "lineage path")} over {Count(paths.Sum(p => p.Stages.Count), "stage")}")
            with { StandardHome = placed ? "the C4 container diagram shows the elements along the paths and their relationships" : null };
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Lineage.Paths.SelectMany(p => p.Stages).Where(s => s.Element is not null).Select(s => s.Element!.Value.Element);
}
