using RadAi.Dsl.Samples.EmergencyTriage.Extensions;
using RadAi.Dsl.Samples.EmergencyTriage.Model;
using RadAi.Dsl.Samples.EmergencyTriage.Views;

namespace RadAi.Dsl.Samples.EmergencyTriage;

/// <summary>
/// ED Triage Support, an invented emergency-department triage support system (high-risk under the EU AI Act,
/// Annex III), built as one Structurizr workspace: the C4 model first, then each RAD-AI extension, then the views.
/// </summary>
/// <example>
/// <code>
/// var workspace = TriageWorkspace.Build();
/// new RadAiDocumentation(workspace) { Concerns = TriageConcerns.All }.WriteTo("out/emergency-triage");
/// </code>
/// </example>
public static class TriageWorkspace
{
    /// <summary>Where the documentation set comes from, as its index says it (<see cref="RadAi.Dsl.Rendering.RadAiDocumentation.Source"/>).</summary>
    public const string Source = "a model written in C# (samples/EmergencyTriage)";

    /// <summary>The system's name, also the workspace's.</summary>
    public const string Name = "ED Triage Support";

    /// <summary>Builds the whole workspace; every call returns an equal, independent workspace.</summary>
    public static Workspace Build()
    {
        var workspace = new Workspace(Name, "Illustrative emergency-department triage support: suggests acuity levels, warns of deterioration, forecasts beds.");
        var model = workspace.Model;
        model.ImpliedRelationshipsStrategy = new CreateImpliedRelationshipsUnlessAnyRelationshipExistsStrategy();

        var system = model.AddSoftwareSystem(Name, "Helps triage nurses assign the right urgency to every patient who arrives at the emergency department.");
        var elements = new TriageElements(system, People.AddTo(model), ExternalSystems.AddTo(model), TriageContainers.AddTo(system));
        Relationships.AddTo(elements);

        var ai = workspace.RadAi();
        C4E3NonDeterminismBoundary.AddTo(ai, elements); // C4-E3, with a fifth region: human in the loop
        E1BoundaryDelineation.AddTo(ai, elements);      // E1, a risk class per component
        E2ModelRegistry.AddTo(ai, elements);            // E2
        E3Pipelines.AddTo(ai, elements);                // E3
        E4ResponsibleAi.AddTo(ai, elements);            // E4
        E5Decisions.AddTo(ai, elements);                // E5
        E6QualityScenarios.AddTo(ai, elements);         // E6
        E7DebtRegister.AddTo(ai, elements);             // E7
        E8Operations.AddTo(ai, elements);               // E8
        C4E2DataLineage.AddTo(ai, elements);            // C4-E2
        AiActProfile.AddTo(ai);                         // the system's own risk class and purpose

        TriageViews.AddTo(workspace, ai, elements);
        return workspace;
    }
}
