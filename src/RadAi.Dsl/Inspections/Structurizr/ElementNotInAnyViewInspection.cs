using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>RADAI030 (<c>model.element.noview</c>): an element appears on no model view (filtered and image views do not count).</summary>
internal sealed class ElementNotInAnyViewInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        // Keyed by the element's serial number: an object's first identity hash code is slow to make, for 100,000s of elements.
        var shown = new HashSet<int>();
        foreach (var view in context.Workspace.Views.All)
            if (view is ModelView modelView)
                foreach (var elementView in modelView.Elements)
                    shown.Add(elementView.Element.Serial);

        foreach (var element in context.Model.Elements)
        {
            if (shown.Contains(element.Serial)) continue;
            context.Report(InspectionRules.ElementNotInAnyView, element,
                $"The {context.Term(element)} \"{ElementTerms.Path(element)}\" is not on any view. Add it to a view that fits its level (landscape, context, container, component or deployment).");
        }
    }
}
