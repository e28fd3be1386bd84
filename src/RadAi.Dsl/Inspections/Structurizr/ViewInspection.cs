using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// The view rules of structurizr-java: the workspace has views (RADAI033), model views are not empty (RADAI034),
/// keys are chosen, not generated (RADAI035), and manually laid out views do not rely on generated keys (RADAI036).
/// </summary>
internal sealed class ViewInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        var views = context.Workspace.Views.All;
        if (views.Count == 0)
            context.ReportViews(InspectionRules.EmptyViews,
                $"The workspace {InspectionText.Quote(context.Workspace.Name)} has no views. Add at least a system context view and a container view.");

        foreach (var view in views)
        {
            if (view is ModelView { Elements.Count: 0 })
                context.Report(InspectionRules.EmptyView, view,
                    $"The view {InspectionText.Quote(view.Key)} shows no elements. Add elements to it (for example with AddDefaultElements) or remove it.");
            if (view.GeneratedKey)
                context.Report(InspectionRules.GeneratedKey, view,
                    $"The view {InspectionText.Quote(view.Key)} has a generated key, which may change when the workspace changes. Give it a key of your own.");
            if (view is ModelView { GeneratedKey: true, AutomaticLayout: null })
                context.Report(InspectionRules.ManualLayout, view,
                    $"The view {InspectionText.Quote(view.Key)} is laid out by hand but has a generated key, so its layout can be lost when the key changes. Give it a key of your own or enable automatic layout.");
        }
    }
}
