using RadAi.Dsl.C4;

namespace RadAi.Dsl.Inspections.Structurizr;

/// <summary>RADAI030 (<c>model.element.noview</c>): an element appears on no model view (filtered and image views do not count).</summary>
internal sealed class ElementNotInAnyViewInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        var shown = new HashSet<Element>(ReferenceEqualityComparer.Instance);
        foreach (var view in context.Workspace.Views.All.OfType<ModelView>())
            foreach (var elementView in view.Elements)
                shown.Add(elementView.Element);

        foreach (var element in context.Model.Elements)
        {
            if (shown.Contains(element)) continue;
            context.Report(InspectionRules.ElementNotInAnyView, element,
                $"The {context.Term(element)} \"{ElementTerms.Path(element)}\" is not on any view. Add it to a view that fits its level (landscape, context, container, component or deployment).");
        }
    }
}
