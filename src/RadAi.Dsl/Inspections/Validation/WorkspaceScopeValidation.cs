using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI007: the workspace keeps to its declared scope, as structurizr-java's workspace scope validators check
/// (and servers on upload): SoftwareSystem scope details at most one system, Landscape scope details none.
/// </summary>
internal sealed class WorkspaceScopeValidation : IInspection
{
    public void Run(InspectionContext context)
    {
        var model = context.Model;
        switch (context.Workspace.Configuration.Scope)
        {
            case WorkspaceScope.SoftwareSystem:
                var detailed = model.SoftwareSystems.Where(WorkspaceScopeInspection.IsDetailed).ToList();
                if (detailed.Count > 1)
                    context.ReportModel(InspectionRules.WorkspaceScopeRespected,
                        $"The workspace is scoped to one software system, but {detailed.Count} have containers or documentation: {string.Join(", ", detailed.Select(s => s.CanonicalName))}. Move all but one into their own workspaces, or set the scope to none.");
                break;
            case WorkspaceScope.Landscape:
                foreach (var system in model.SoftwareSystems.Where(WorkspaceScopeInspection.IsDetailed))
                    context.Report(InspectionRules.WorkspaceScopeRespected, system,
                        $"The workspace is scoped to the landscape, but the software system {InspectionText.Quote(system.Name)} has {(system.Containers.Count > 0 ? "containers" : "documentation")}. Describe its inside in a workspace of its own, or change the scope.");
                break;
        }
    }
}
