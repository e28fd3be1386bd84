using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// structurizr-java's four <c>workspace.scope</c> inspections: a declared scope (RADAI010), one system described in
/// detail (RADAI011), and system context (RADAI012) and container views (RADAI013) for one system only.
/// </summary>
internal sealed class WorkspaceScopeInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        var workspace = context.Workspace;
        if (workspace.Configuration.Scope is null)
            context.ReportWorkspace(InspectionRules.WorkspaceScope,
                $"The workspace {InspectionText.Quote(workspace.Name)} declares no scope. Set its scope to Landscape or SoftwareSystem so Structurizr can check that it keeps to it.");

        var detailed = workspace.Model.SoftwareSystems.Where(IsDetailed).ToList();
        if (detailed.Count > 1)
            context.ReportModel(InspectionRules.MultipleSoftwareSystemsDetailed,
                $"The workspace describes the inside of {detailed.Count} software systems ({Names(detailed)}). Keep the containers and documentation of one system per workspace and show the others as external systems.");

        var withContext = workspace.Views.SystemContextViews.Select(v => v.SoftwareSystem).Distinct().ToList();
        if (withContext.Count > 1)
            context.ReportViews(InspectionRules.SystemContextViewsForMultipleSoftwareSystems,
                $"System context views exist for {withContext.Count} software systems ({Names(withContext)}). Keep system context views for one software system per workspace.");

        var withContainers = workspace.Views.ContainerViews.Select(v => v.SoftwareSystem).Distinct().ToList();
        if (withContainers.Count > 1)
            context.ReportViews(InspectionRules.ContainerViewsForMultipleSoftwareSystems,
                $"Container views exist for {withContainers.Count} software systems ({Names(withContainers)}). Keep container views for one software system per workspace.");
    }

    internal static bool IsDetailed(SoftwareSystem system) => system.Containers.Count > 0 || !system.Documentation.IsEmpty;

    private static string Names(IEnumerable<SoftwareSystem> systems) => string.Join(", ", systems.Select(s => s.CanonicalName));
}
