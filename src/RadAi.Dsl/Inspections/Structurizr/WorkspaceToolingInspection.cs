namespace RadAi.Dsl.Inspections;

/// <summary>RADAI014 (<c>workspace.tooling</c>): the workspace was last saved by the browser-based DSL editor.</summary>
internal sealed class WorkspaceToolingInspection : IInspection
{
    private static readonly string[] BrowserEditors = ["structurizr-cloud/dsl-editor", "structurizr-onpremises/dsl-editor"];

    public void Run(InspectionContext context)
    {
        var agent = context.Workspace.LastModifiedAgent;
        if (agent is not null && BrowserEditors.Any(e => agent.StartsWith(e, StringComparison.Ordinal)))
            context.ReportWorkspace(InspectionRules.WorkspaceTooling,
                $"The workspace was last saved by the browser DSL editor ({agent}). Keep it as code (Structurizr DSL or C#) in version control and push it from CI, so every change is reviewed.");
    }
}
