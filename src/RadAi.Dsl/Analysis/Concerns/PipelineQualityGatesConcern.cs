using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Data pipelines with quality gates (E3).</summary>
internal sealed class PipelineQualityGatesConcern : GapConcern
{
    public override string Id => "pipeline-quality-gates";

    public override string Title => "Data pipelines with quality gates";

    public override string StandardRule =>
        "Partial when a recorded pipeline runs on a C4 element: the container diagram and the building block view show that element, without "
        + "its mode, schedule or freshness; none otherwise. Quality gates have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var pipelines = ai.Pipelines.Pipelines;
        var placed = pipelines.Where(p => p.Element is not null).ToList();
        yield return Check("data pipelines", RadAiExtension.E3, pipelines.Count,
            () => $"{Count(pipelines.Count, "pipeline")} ({Names(pipelines.Select(p => p.Id))})")
            with { StandardHome = placed.Count > 0 ? "the C4 container diagram and arc42 §5 show the elements the pipelines run on as plain building blocks" : null };
        var gates = pipelines.Sum(p => p.Checkpoints.Count + p.Stages.Count(s => !string.IsNullOrWhiteSpace(s.QualityGate)));
        yield return Check("quality gates", RadAiExtension.E3, gates,
            () => $"{Count(gates, "quality gate")} over {Count(pipelines.Count(p => p.Checkpoints.Count > 0 || p.Stages.Any(s => !string.IsNullOrWhiteSpace(s.QualityGate))), "pipeline")}");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Pipelines.Pipelines.Where(p => p.Element is not null).Select(p => p.Element!.Value.Element);
}
