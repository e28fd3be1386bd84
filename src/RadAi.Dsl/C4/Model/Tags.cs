namespace RadAi.Dsl;

/// <summary>The tags Structurizr gives model items by default; styles are matched against them.</summary>
public static class Tags
{
    /// <summary>Every element except instances.</summary>
    public const string Element = "Element";
    /// <summary>People.</summary>
    public const string Person = "Person";
    /// <summary>Software systems.</summary>
    public const string SoftwareSystem = "Software System";
    /// <summary>Containers.</summary>
    public const string Container = "Container";
    /// <summary>Components.</summary>
    public const string Component = "Component";
    /// <summary>Deployment nodes.</summary>
    public const string DeploymentNode = "Deployment Node";
    /// <summary>Infrastructure nodes.</summary>
    public const string InfrastructureNode = "Infrastructure Node";
    /// <summary>Software system instances.</summary>
    public const string SoftwareSystemInstance = "Software System Instance";
    /// <summary>Container instances.</summary>
    public const string ContainerInstance = "Container Instance";
    /// <summary>Every relationship that is not replicated from another.</summary>
    public const string Relationship = "Relationship";
    /// <summary>Synchronous relationships.</summary>
    public const string Synchronous = "Synchronous";
    /// <summary>Asynchronous relationships.</summary>
    public const string Asynchronous = "Asynchronous";

    // The default sets in their joined form, so a new item stores one constant instead of building a list.
    internal const string ElementAndPerson = Element + "," + Person;
    internal const string ElementAndSoftwareSystem = Element + "," + SoftwareSystem;
    internal const string ElementAndContainer = Element + "," + Container;
    internal const string ElementAndComponent = Element + "," + Component;
    internal const string ElementAndDeploymentNode = Element + "," + DeploymentNode;
    internal const string ElementAndInfrastructureNode = Element + "," + InfrastructureNode;
}
