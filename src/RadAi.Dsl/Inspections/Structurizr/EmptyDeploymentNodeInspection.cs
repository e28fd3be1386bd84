using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>RADAI026 (<c>model.deploymentnode.empty</c>): a deployment node holds no nodes, infrastructure or instances.</summary>
internal sealed class EmptyDeploymentNodeInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var node in context.Model.Elements.OfType<DeploymentNode>())
        {
            if (node.Children.Count > 0 || node.InfrastructureNodes.Count > 0 || node.ContainerInstances.Count > 0 || node.SoftwareSystemInstances.Count > 0)
                continue;
            context.Report(InspectionRules.EmptyDeploymentNode, node,
                $"The {context.Term(node)} \"{ElementTerms.Path(node)}\" is empty. Deploy a container or software system instance to it, add child or infrastructure nodes, or remove it.");
        }
    }
}
