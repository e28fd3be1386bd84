using RadAi.Dsl.C4;

namespace RadAi.Dsl.Inspections;

/// <summary>How messages and severity properties name kinds of element, honouring the workspace's terminology.</summary>
internal static class ElementTerms
{
    /// <summary>The word for the element in messages, lower case ("container", or the workspace's own term).</summary>
    public static string For(Element element, Terminology terminology) => (element switch
    {
        Person => terminology.Person ?? "Person",
        SoftwareSystem => terminology.SoftwareSystem ?? "Software System",
        Container => terminology.Container ?? "Container",
        Component => terminology.Component ?? "Component",
        DeploymentNode => terminology.DeploymentNode ?? "Deployment Node",
        InfrastructureNode => terminology.InfrastructureNode ?? "Infrastructure Node",
        ContainerInstance => "Container Instance",
        SoftwareSystemInstance => "Software System Instance",
        CustomElement c => string.IsNullOrWhiteSpace(c.Metadata) ? "Element" : c.Metadata,
        _ => "Element",
    }).ToLowerInvariant();

    /// <summary>The kind as structurizr-java's class name in lower case, used in <c>model.relationship[a->b].x</c> properties.</summary>
    public static string TypeName(Element element) => element switch
    {
        Person => "person",
        SoftwareSystem => "softwaresystem",
        Container => "container",
        Component => "component",
        DeploymentNode => "deploymentnode",
        InfrastructureNode => "infrastructurenode",
        ContainerInstance => "containerinstance",
        SoftwareSystemInstance => "softwaresysteminstance",
        CustomElement => "customelement",
        _ => "element",
    };

    /// <summary>The canonical name without its scheme ("Shop.Web App"), as structurizr-java's messages show it.</summary>
    public static string Path(Element element)
    {
        var canonical = element.CanonicalName;
        var i = canonical.IndexOf("://", StringComparison.Ordinal);
        return i < 0 ? canonical : canonical[(i + 3)..];
    }
}
