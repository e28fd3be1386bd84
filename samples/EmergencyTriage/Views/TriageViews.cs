using RadAi.Dsl.Samples.EmergencyTriage.Model;

namespace RadAi.Dsl.Samples.EmergencyTriage.Views;

/// <summary>System context, containers, the non-determinism boundary with its five regions, and one runtime scenario.</summary>
internal static class TriageViews
{
    public static void AddTo(Workspace workspace, RadAiModel ai, TriageElements n)
    {
        var views = workspace.Views;
        var c = n.Containers;

        var context = views.CreateSystemContextView(n.System, "system-context", "Triage support, the people who use it and the hospital systems around it.");
        context.AddDefaultElements();
        context.EnableAutomaticLayout();

        var containers = views.CreateContainerView(n.System, "containers", "The ten containers with their RAD-AI stereotypes.");
        containers.AddAllContainers();
        containers.Add(n.People.TriageNurse, n.People.EmergencyPhysician, n.People.ClinicalSafetyOfficer, n.Systems.HospitalEhr, n.Systems.BedManagement);
        containers.EnableAutomaticLayout(RankDirection.LeftRight);

        var boundary = views.CreateContainerView(n.System, "non-determinism-boundary", "The five regions: deterministic, non-deterministic, boundary, human in the loop and fallback.");
        foreach (var region in ai.Boundary.Regions)
            foreach (var element in ai.Boundary.Members(region))
                if (element is StaticStructureElement member) boundary.Add(member);
        boundary.EnableAutomaticLayout(RankDirection.LeftRight);
        ai.Boundary.ShowRegionsOn(boundary);

        var triage = views.CreateDynamicView(n.System, "runtime-triage", "A patient arrives and is triaged.");
        triage.Add(n.People.TriageNurse, "records complaint and vital signs", c.IntakeApp);
        triage.Add(c.IntakeApp, "asks for an ESI suggestion", c.AcuityModel);
        triage.Add(c.FeatureStore, "online features", c.AcuityModel);
        triage.Add(c.AcuityModel, "suggestions that need a clinician", c.ReviewQueue);
        triage.Add(n.People.EmergencyPhysician, "confirms or overrides suggested ESI levels", c.ReviewQueue);
        triage.EnableAutomaticLayout();

        var styles = workspace.Views.Configuration.Styles;
        var person = styles.AddElementStyle(Tags.Person);
        person.Shape = Shape.Person;
        var external = styles.AddElementStyle(ExternalSystems.External);
        external.Background = "#999999";
        external.Color = "#ffffff";
    }
}
