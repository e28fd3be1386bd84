using RadAi.Dsl;
using RadAi.Dsl.Analysis;

namespace RadAi.Dsl.Samples.Netflix.Concerns;

/// <summary>Registered models, their version history and training data lineage (E2).</summary>
internal sealed class ModelVersioningConcern : GapConcern
{
    public override string Id => "model-versioning";

    public override string Title => "Model versioning and lifecycle";

    public override string StandardRule =>
        "None: a building block view shows one snapshot of each model; version history and training lineage have no standard place.";

    // RAD-AI's model versioning evidence, and the training data lineage the example also asks for.
    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        foreach (var evidence in RadAiConcerns.ModelVersioning.Evidence(ai)) yield return evidence;
        var models = ai.Registry.Models;
        var datasets = models.Sum(m => m.TrainingData.Count);
        yield return Check("training data lineage", RadAiExtension.E2, datasets,
            () => $"training data lineage for {Count(models.Count(m => m.TrainingData.Count > 0), "model")} ({Count(datasets, "dataset")})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => RadAiConcerns.ModelVersioning.Elements(ai).Concat(ai.Stereotypes.MlModels.Select(m => m.Element));
}
