using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Responsible AI and fairness: the responsible-AI matrix, fairness, bias detection and explainability (E4).</summary>
internal sealed class ResponsibleAiConcern : GapConcern
{
    public override string Id => "responsible-ai";

    public override string Title => "Responsible AI and fairness";

    public override string StandardRule => "None: standard cross-cutting concepts have no structure for fairness, bias or explainability.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var r = ai.ResponsibleAi;
        var matrix = r.Matrix;
        yield return Check("responsible-AI matrix", RadAiExtension.E4, matrix.Count,
            () => $"{Count(matrix.Count, "matrix entry")} over {Count(matrix.Select(e => e.Component).Distinct().Count(), "component")}");
        var fairness = r.FairnessMetrics.Count + r.FairnessDimensions.Count;
        yield return Check("fairness metrics and dimensions", RadAiExtension.E4, fairness,
            () => $"{Count(r.FairnessMetrics.Count, "fairness metric")} and {Count(r.FairnessDimensions.Count, "fairness dimension")}");
        var stages = r.BiasDetection.Select(b => b.Stage).Distinct().ToList();
        yield return Check("bias detection", RadAiExtension.E4, stages.Count,
            () => $"bias checks at {Count(stages.Count, "lifecycle stage")}");
        var explainability = r.ExplainabilityRequirements;
        yield return Check("explainability requirements", RadAiExtension.E4, explainability.Count,
            () => $"{Count(explainability.Count, "explainability requirement")} ({Names(explainability.Select(e => e.Component.Name))})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai) => ai.ResponsibleAi.Matrix.Select(e => e.Component.Element);
}
