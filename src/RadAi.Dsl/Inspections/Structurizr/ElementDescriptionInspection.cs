using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// The description rules of structurizr-java, one per kind of element: people (RADAI016), software systems (RADAI017),
/// containers (RADAI020), components (RADAI022), deployment nodes (RADAI024), infrastructure nodes (RADAI027).
/// </summary>
internal sealed class ElementDescriptionInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            var rule = RuleFor(element);
            if (rule is null || !string.IsNullOrWhiteSpace(element.Description)) continue;
            var term = context.Term(element);
            context.Report(rule, element,
                $"The {term} \"{ElementTerms.Path(element)}\" has no description. Add a sentence saying {WhatToSay(element)}.");
        }
    }

    private static InspectionRule? RuleFor(Element element) => element switch
    {
        Person => InspectionRules.PersonDescription,
        SoftwareSystem => InspectionRules.SoftwareSystemDescription,
        Container => InspectionRules.ContainerDescription,
        Component => InspectionRules.ComponentDescription,
        DeploymentNode => InspectionRules.DeploymentNodeDescription,
        InfrastructureNode => InspectionRules.InfrastructureNodeDescription,
        _ => null,
    };

    private static string WhatToSay(Element element) => element switch
    {
        Person => "who this is and what they need",
        SoftwareSystem => "what the system does and for whom",
        DeploymentNode => "what this node is and what runs on it",
        InfrastructureNode => "what this piece of infrastructure does",
        _ => "what it is responsible for",
    };
}
