namespace RadAi.Dsl;

/// <summary>The deployment nodes and instances of one environment, optionally scoped to a software system.</summary>
public sealed class DeploymentView : ModelView
{
    internal DeploymentView(ViewSet viewSet, SoftwareSystem? softwareSystem, string environment, string key, string? description) : base(viewSet, key, description)
    {
        SoftwareSystem = softwareSystem;
        Environment = string.IsNullOrWhiteSpace(environment) ? DeploymentElement.DefaultEnvironment : environment;
    }

    /// <summary>The software system in scope, or null for every system.</summary>
    public SoftwareSystem? SoftwareSystem { get; }

    /// <summary>The environment shown, e.g. "Live".</summary>
    public string Environment { get; }

    /// <inheritdoc />
    public override string Name => "Deployment View: " + (SoftwareSystem is null ? string.Empty : SoftwareSystem.Name + " - ") + Environment;

    /// <inheritdoc />
    protected override bool CanShow(Element element) => element switch
    {
        SoftwareSystemInstance i => i.Environment == Environment && !ReferenceEquals(i.SoftwareSystem, SoftwareSystem),
        ContainerInstance i => i.Environment == Environment && (SoftwareSystem is null || ReferenceEquals(i.Container.SoftwareSystem, SoftwareSystem)),
        DeploymentNode n => n.Environment == Environment,
        InfrastructureNode n => n.Environment == Environment,
        _ => false,
    };

    /// <summary>Adds every top-level deployment node of the environment that holds something this view shows.</summary>
    public DeploymentView AddAllDeploymentNodes()
    {
        foreach (var node in Model.DeploymentNodes)
            if (node.Environment == Environment) AddNodeTree(node);
        return this;
    }

    /// <summary>Same as <see cref="AddAllDeploymentNodes"/>.</summary>
    public DeploymentView AddDefaultElements() => AddAllDeploymentNodes();

    /// <summary>Adds a deployment node with whatever it holds that this view shows.</summary>
    public DeploymentView Add(DeploymentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!AddNodeTree(node))
            throw new ModelException($"Deployment node '{node.CanonicalName}' holds nothing deployment view '{Key}' can show.");
        return this;
    }

    /// <summary>Adds an infrastructure node or instance together with the nodes that hold it.</summary>
    public DeploymentView Add(DeploymentElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element is DeploymentNode node) return Add(node);
        AddElement(element, true);
        for (var parent = element.Parent; parent is DeploymentNode p; parent = p.Parent) AddElement(p, true);
        return this;
    }

    // structurizr-java's rule: a node appears when it (or a descendant) holds an instance or infrastructure node shown here.
    private bool AddNodeTree(DeploymentNode node)
    {
        var any = false;
        foreach (var i in node.SoftwareSystemInstances) any |= TryAddElement(i, true);
        foreach (var i in node.ContainerInstances) any |= TryAddElement(i, true);
        foreach (var i in node.InfrastructureNodes) any |= TryAddElement(i, true);
        foreach (var child in node.Children) any |= AddNodeTree(child);
        if (any) AddElement(node, true);
        return any;
    }
}
