using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>How messages and severity properties name kinds of element, honouring the workspace's terminology.</summary>
internal static class ElementTerms
{
    /// <summary>The word for the element in messages, lower case ("container", or the workspace's own term).</summary>
    public static string For(Element element, Terminology terminology) => element switch
    {
        // The default words are already lower case here: no new string per message (there are thousands at scale).
        Person => Lower(terminology.Person, "person"),
        SoftwareSystem => Lower(terminology.SoftwareSystem, "software system"),
        Container => Lower(terminology.Container, "container"),
        Component => Lower(terminology.Component, "component"),
        DeploymentNode => Lower(terminology.DeploymentNode, "deployment node"),
        InfrastructureNode => Lower(terminology.InfrastructureNode, "infrastructure node"),
        ContainerInstance => "container instance",
        SoftwareSystemInstance => "software system instance",
        CustomElement c => string.IsNullOrWhiteSpace(c.Metadata) ? "element" : InspectionText.Shorten(c.Metadata).ToLowerInvariant(),
        _ => "element",
    };

    private static string Lower(string? term, string lowerDefault) => term is null ? lowerDefault : InspectionText.Shorten(term).ToLowerInvariant();

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

    /// <summary>
    /// The canonical name without its scheme ("Shop.Web App"), as structurizr-java's messages show it, shortened as
    /// findings quote text (<see cref="InspectionText"/>).
    /// </summary>
    public static string Path(Element element) => PathOf(element).ToString();

    /// <summary><see cref="Path"/> without a new string (unless it is shortened), for text built around it.</summary>
    public static ReadOnlySpan<char> PathOf(Element element)
    {
        var canonical = element.CanonicalName;
        var i = canonical.IndexOf("://", StringComparison.Ordinal);
        return InspectionText.ShortenComposite(i < 0 ? canonical : canonical.AsSpan(i + 3));
    }
}
