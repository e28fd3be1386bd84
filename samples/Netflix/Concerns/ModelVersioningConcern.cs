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

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var models = ai.Registry.Models;
        yield return Check("registered models", RadAiExtension.E2, models.Count,
            () => $"{Count(models.Count, "model")} registered ({Names(models.Select(m => m.CurrentVersion is { } version ? m.Id + " " + version : m.Id))})");
        var versions = models.Sum(m => m.Versions.Count);
        yield return Check("version history", RadAiExtension.E2, versions,
            () => $"{Count(versions, "version")} of history for {Count(models.Count(m => m.Versions.Count > 0), "model")}");
        var datasets = models.Sum(m => m.TrainingData.Count);
        yield return Check("training data lineage", RadAiExtension.E2, datasets,
            () => $"training data lineage for {Count(models.Count(m => m.TrainingData.Count > 0), "model")} ({Count(datasets, "dataset")})");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai)
        => ai.Registry.Models.Select(m => m.Element.Element).Concat(ai.Stereotypes.MlModels.Select(m => m.Element));

    // "v12.4" and "12.4" name the same version.
    private static IEnumerable<string> Forms(string version)
    {
        yield return version;
        var bare = version.TrimStart('v', 'V');
        if (bare.Length != version.Length) yield return bare;
        else yield return "v" + version;
    }
}
