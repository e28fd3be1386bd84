namespace RadAi.Dsl.Diff;

/// <summary>The heading of each area in the diff reports: the RAD-AI extension id and its name.</summary>
internal static class DiffAreaTitles
{
    public static string Of(DiffArea area) => area switch
    {
        DiffArea.ModelRegistry => "E2 Model registry",
        DiffArea.NonDeterminismBoundary => "C4-E3 Non-determinism boundary",
        DiffArea.Compliance => "EU AI Act risk classes",
        DiffArea.DataPipelines => "E3 Data pipelines",
        DiffArea.Operations => "E8 Operational AI",
        DiffArea.Debt => "E7 AI debt",
        DiffArea.QualityScenarios => "E6 AI quality scenarios",
        DiffArea.Decisions => "E5 AI decisions",
        DiffArea.BoundaryDelineation => "E1 AI boundary delineation",
        DiffArea.Stereotypes => "C4-E1 Stereotypes and their facts",
        DiffArea.Model => "C4 model",
        DiffArea.Views => "C4 views",
        _ => area.ToString(),
    };

    public static string Matching(DiffMatching matching) => matching == DiffMatching.StructurizrId
        ? "Elements and relationships matched by Structurizr id."
        : "Elements and relationships matched by canonical name (the ids differ); a renamed element shows as removed and added.";
}
