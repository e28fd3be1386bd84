using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Extensions;
using RadAi.Dsl.Samples.Netflix.Model;
using RadAi.Dsl.Samples.Netflix.Sections;
using RadAi.Dsl.Samples.Netflix.Views;

namespace RadAi.Dsl.Samples.Netflix;

/// <summary>
/// The Netflix ML platform (Metaflow, Maestro and supporting services) as documented by the RAD-AI Netflix example,
/// built as one Structurizr workspace: the C4 model first, then each RAD-AI extension, then the views.
/// </summary>
/// <example>
/// <code>
/// var workspace = NetflixWorkspace.Build();
/// new RadAiDocumentation(workspace).WriteTo("out/netflix");
/// </code>
/// </example>
public static class NetflixWorkspace
{
    /// <summary>Where the documentation set comes from, as its index says it (<see cref="RadAi.Dsl.Rendering.RadAiDocumentation.Source"/>).</summary>
    public const string Source = "a model written in C# (samples/Netflix)";

    /// <summary>Builds the whole workspace; every call returns an equal, independent workspace.</summary>
    public static Workspace Build()
    {
        var workspace = new Workspace("Netflix ML Platform",
            "Metaflow and Maestro based ML platform: 3,000+ ML projects, trained, deployed and monitored at Netflix scale.");
        var model = workspace.Model;
        // Container-level relationships also appear between their systems, as the Structurizr DSL does by default.
        model.ImpliedRelationshipsStrategy = new CreateImpliedRelationshipsUnlessAnyRelationshipExistsStrategy();
        // The streaming platform and content management get a few containers because the boundary documents place
        // those services, one by one, in the deterministic region; everything else about them stays out of scope.
        workspace.SuppressInspection("RADAI011",
            "CDN, playback, billing and editorial curation are containers only because the boundary documents put each of them in the deterministic region; only the ML platform is described in depth.");

        var platform = model.AddSoftwareSystem("Netflix ML Platform",
            "Lets data scientists and ML engineers build, train, deploy and monitor models at scale.");
        var containers = PlatformContainers.AddTo(platform);
        var elements = new NetflixElements(platform, People.AddTo(model), ExternalSystems.AddTo(model), containers);
        Relationships.AddSystemContext(platform, elements.People, elements.Systems);
        Relationships.AddContainerDiagram(elements.People, elements.Systems, elements.Containers);
        Relationships.AddBeyondContainerDiagram(elements.Systems, elements.Containers);

        var ai = workspace.RadAi();
        C4E3NonDeterminismBoundary.AddTo(ai, elements);// C4-E3 (adds the gate and fallback elements)
        E1BoundaryDelineation.AddTo(ai, elements);  // E1
        E2ModelRegistry.AddTo(ai, elements);        // E2
        E3Pipelines.AddTo(ai, elements);            // E3
        E4ResponsibleAi.AddTo(ai, elements);        // E4
        E5Decisions.AddTo(ai, elements);            // E5
        E6QualityScenarios.AddTo(ai, elements);     // E6
        E7DebtRegister.AddTo(ai, elements);         // E7
        E8Operations.AddTo(ai, elements);           // E8
        C4E2DataLineage.AddTo(ai, elements);        // C4-E2
        AiActProfile.AddTo(ai);                     // what the Annex IV checklist asks beyond the extensions
        OpenFacts.AddTo(ai);                        // key metrics and a user section: what the templates have no column for
        OperationsSections.AddTo(ai);               // the experiment lifecycle, rollback states, operational metrics
        LineageSections.AddTo(ai);                  // the recommendation feedback loop, its risks and mitigations
        ResponsibleAiSections.AddTo(ai);            // homepage row titles as explanations
        PipelineSections.AddTo(ai);                 // streaming and batch compared
        StandardSections.AddTo(ai);                 // external interfaces, platform layers, parts of the platform's tools
        IndexSections.AddTo(ai);                    // stakeholder groups and their concerns

        NetflixViews.AddTo(workspace, ai, elements);
        return workspace;
    }
}
