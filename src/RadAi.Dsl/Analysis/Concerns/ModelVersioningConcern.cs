using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>Model versioning and lifecycle: registered models and their version history (E2).</summary>
internal sealed class ModelVersioningConcern : GapConcern
{
    public override string Id => "model-versioning";

    public override string Title => "Model versioning and lifecycle management";

    public override string StandardRule =>
        "None: a building block view shows one snapshot of each element; model versions, their history and lifecycle states have no standard place.";

    public override IEnumerable<Evidence> Evidence(RadAiModel ai)
    {
        var models = ai.Registry.Models;
        yield return Check("registered models", RadAiExtension.E2, models.Count,
            () => $"{Count(models.Count, "model")} registered ({Names(models.Select(m => m.CurrentVersion is { } version ? m.Id + " " + version : m.Id))})");
        var versions = models.Sum(m => m.Versions.Count);
        yield return Check("version history", RadAiExtension.E2, versions,
            () => $"{Count(versions, "version")} of history for {Count(models.Count(m => m.Versions.Count > 0), "model")}");
    }

    public override IEnumerable<Element> Elements(RadAiModel ai) => ai.Registry.Models.Select(m => m.Element.Element);
}
