using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// The technology rules of structurizr-java: containers (RADAI021), components (RADAI023), deployment nodes (RADAI025)
/// and infrastructure nodes (RADAI028).
/// </summary>
internal sealed class ElementTechnologyInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            var (rule, technology, example) = element switch
            {
                Container c => (InspectionRules.ContainerTechnology, c.Technology, "\"ASP.NET Core\" or \"PostgreSQL 16\""),
                Component c => (InspectionRules.ComponentTechnology, c.Technology, "\"C# class\" or \"PyTorch model\""),
                DeploymentNode n => (InspectionRules.DeploymentNodeTechnology, n.Technology, "\"Kubernetes 1.31\" or \"Amazon EC2\""),
                InfrastructureNode n => (InspectionRules.InfrastructureNodeTechnology, n.Technology, "\"nginx\" or \"Amazon Route 53\""),
                _ => (null, null, null),
            };
            if (rule is null || !string.IsNullOrWhiteSpace(technology)) continue;
            context.Report(rule, element,
                $"The {context.Term(element)} \"{ElementTerms.Path(element)}\" names no technology. Set its technology, for example {example}.");
        }
    }
}
