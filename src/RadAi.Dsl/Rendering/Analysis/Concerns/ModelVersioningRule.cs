using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Concern 2: registered models, their version history and training data lineage (E2).</summary>
internal sealed class ModelVersioningRule : ConcernRule
{
    public override GapConcern Concern => GapConcern.ModelVersioning;

    public override string StandardRule =>
        "Partial when a registered model's id appears in the text of an element or relationship, or a model's version appears in the name, "
        + "description or technology of that model's own element; none otherwise. Version history and training lineage have no standard place.";

    protected override IEnumerable<Evidence> Evidence(RadAiModel ai)
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

    protected override IEnumerable<(string Fact, Element? Scope)> StandardFacts(RadAiModel ai)
    {
        foreach (var model in ai.Registry.Models)
        {
            yield return (model.Id, null);
            var versions = model.Versions.Select(v => v.Version);
            if (model.CurrentVersion is { } current) versions = versions.Prepend(current);
            foreach (var version in versions)
                foreach (var form in Forms(version))
                    yield return (form, model.Element.Element);
        }
        foreach (var model in ai.Stereotypes.MlModels)
            if (model.Version is { } version)
                foreach (var form in Forms(version))
                    yield return (form, model.Element);
    }

    protected override IEnumerable<Element> Elements(RadAiModel ai)
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
