using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI029 (<c>model.element.disconnected</c>): an element is neither source nor destination
/// of any relationship. Deployment nodes are exempt, as in structurizr-java: they rarely have relationships of their own.
/// </summary>
internal sealed class DisconnectedElementInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        var model = context.Model;
        foreach (var element in model.Elements)
        {
            if (element is DeploymentNode || element.Relationships.Count > 0 || model.GetIncomingRelationships(element).Count > 0) continue;
            context.Report(InspectionRules.DisconnectedElement, element,
                $"The {context.Term(element)} \"{ElementTerms.Path(element)}\" has no relationships. Add a relationship to or from it, or remove it from the model.");
        }
    }
}
