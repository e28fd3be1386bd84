using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 10: the responsible-AI matrix, fairness, bias detection and explainability (E4).</summary>
internal sealed class ResponsibleAiRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.ResponsibleAi;

    public override string StandardRule =>
        "Partial when a fairness dimension, fairness metric or oversight mechanism appears in the text of an element or relationship; none otherwise. "
        + "Standard cross-cutting concepts have no structure for fairness or bias.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
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

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
    {
        var r = ai.ResponsibleAi;
        foreach (var dimension in r.FairnessDimensions) yield return (dimension.Name, null);
        foreach (var metric in r.FairnessMetrics) yield return (metric.Metric, null);
        foreach (var mechanism in r.OversightMechanisms) yield return (mechanism.Mechanism, null);
    }

    protected override IEnumerable<Element> Elements(RadAiModel ai) => ai.ResponsibleAi.Matrix.Select(e => e.Component.Element);
}
