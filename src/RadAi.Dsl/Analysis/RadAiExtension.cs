namespace RadAi.Dsl.Analysis;

/// <summary>The eleven RAD-AI extensions: E1–E8 for arc42, C4-E1–C4-E3 for C4.</summary>
public enum RadAiExtension
{
    /// <summary>E1 AI boundary delineation (arc42 §3).</summary>
    E1,
    /// <summary>E2 model registry view (arc42 §5).</summary>
    E2,
    /// <summary>E3 data pipeline view (arc42 §6).</summary>
    E3,
    /// <summary>E4 responsible AI concepts (arc42 §8).</summary>
    E4,
    /// <summary>E5 AI architecture decision records (arc42 §9).</summary>
    E5,
    /// <summary>E6 AI quality scenarios (arc42 §10).</summary>
    E6,
    /// <summary>E7 AI debt register (arc42 §11).</summary>
    E7,
    /// <summary>E8 operational AI view (new arc42 section).</summary>
    E8,
    /// <summary>C4-E1 AI component stereotypes.</summary>
    C4E1,
    /// <summary>C4-E2 data lineage overlay.</summary>
    C4E2,
    /// <summary>C4-E3 non-determinism boundary.</summary>
    C4E3,
}

/// <summary>Ids, names and documents of <see cref="RadAiExtension"/>.</summary>
public static class RadAiExtensions
{
    /// <summary>Every extension, in framework order.</summary>
    public static IReadOnlyList<RadAiExtension> All { get; } = Enum.GetValues<RadAiExtension>();

    /// <summary>The framework id: "E3", "C4-E2".</summary>
    public static string Id(this RadAiExtension extension) => extension switch
    {
        RadAiExtension.C4E1 => "C4-E1",
        RadAiExtension.C4E2 => "C4-E2",
        RadAiExtension.C4E3 => "C4-E3",
        _ => extension.ToString(),
    };

    /// <summary>The extension's name: "Data Pipeline View".</summary>
    public static string Name(this RadAiExtension extension) => extension switch
    {
        RadAiExtension.E1 => "AI Boundary Delineation",
        RadAiExtension.E2 => "Model Registry View",
        RadAiExtension.E3 => "Data Pipeline View",
        RadAiExtension.E4 => "Responsible AI Concepts",
        RadAiExtension.E5 => "AI Decision Records",
        RadAiExtension.E6 => "AI Quality Scenarios",
        RadAiExtension.E7 => "AI Debt Register",
        RadAiExtension.E8 => "Operational AI View",
        RadAiExtension.C4E1 => "AI Component Stereotypes",
        RadAiExtension.C4E2 => "Data Lineage Overlay",
        _ => "Non-Determinism Boundary",
    };

    /// <summary>
    /// Where the documentation set puts the extension ('/'-separated, relative to the output folder). E5 is a folder
    /// with one file per AI-ADR.
    /// </summary>
    public static string DocumentPath(this RadAiExtension extension) => extension switch
    {
        RadAiExtension.E1 => "rad-ai/arc42-extensions/03-ai-boundary-delineation.md",
        RadAiExtension.E2 => "rad-ai/arc42-extensions/05-model-registry-view.md",
        RadAiExtension.E3 => "rad-ai/arc42-extensions/06-data-pipeline-view.md",
        RadAiExtension.E4 => "rad-ai/arc42-extensions/08-responsible-ai-concepts.md",
        RadAiExtension.E5 => "rad-ai/arc42-extensions/09-ai-decision-records/",
        RadAiExtension.E6 => "rad-ai/arc42-extensions/10-ai-quality-scenarios.md",
        RadAiExtension.E7 => "rad-ai/arc42-extensions/11-ai-debt-register.md",
        RadAiExtension.E8 => "rad-ai/arc42-extensions/12-operational-ai-view.md",
        RadAiExtension.C4E1 => "rad-ai/c4-diagrams/container-diagram.md",
        RadAiExtension.C4E2 => "rad-ai/c4-diagrams/data-lineage-overlay.md",
        _ => "rad-ai/c4-diagrams/non-determinism-boundary.md",
    };

    /// <summary>Whether the model records nothing for the extension (an empty extension has no document of its own when the whole model is empty).</summary>
    internal static bool IsEmptyIn(this RadAiExtension extension, RadAiModel ai) => extension switch
    {
        RadAiExtension.E1 => ai.BoundaryDelineation.IsEmpty,
        RadAiExtension.E2 => ai.Registry.IsEmpty,
        RadAiExtension.E3 => ai.Pipelines.IsEmpty,
        RadAiExtension.E4 => ai.ResponsibleAi.IsEmpty,
        RadAiExtension.E5 => ai.Decisions.All.Count == 0,
        RadAiExtension.E6 => ai.QualityScenarios.IsEmpty,
        RadAiExtension.E7 => ai.Debt.IsEmpty,
        RadAiExtension.E8 => ai.Operations.IsEmpty,
        RadAiExtension.C4E1 => ai.Stereotypes.IsEmpty && ai.Stereotypes.Elements.Count == 0,
        RadAiExtension.C4E2 => ai.Lineage.IsEmpty,
        _ => ai.Boundary.IsEmpty && !ai.Workspace.Model.Elements.Any(e => ai.Boundary.RegionOf(e) is not null),
    };

    /// <summary>Whether the model records nothing for any extension.</summary>
    internal static bool NoneRecordedIn(RadAiModel ai) => All.All(e => e.IsEmptyIn(ai));
}
