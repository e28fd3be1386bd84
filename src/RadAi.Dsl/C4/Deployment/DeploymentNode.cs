namespace RadAi.Dsl;

/// <summary>
/// A deployment node: physical or virtual infrastructure (a server, a cluster, a runtime) that hosts
/// child nodes, infrastructure nodes and instances of containers or software systems.
/// </summary>
public sealed class DeploymentNode : DeploymentElement
{
    private readonly List<DeploymentNode> _children = [];
    private readonly List<InfrastructureNode> _infrastructureNodes = [];
    private readonly List<ContainerInstance> _containerInstances = [];
    private readonly List<SoftwareSystemInstance> _softwareSystemInstances = [];
    private string _instances = "1";

    internal DeploymentNode(Model model, string id, string name, DeploymentNode? parent, string environment)
        : base(model, id, name, parent, environment)
    {
        SetDefaultTags(Dsl.Tags.ElementAndDeploymentNode);
    }

    /// <summary>The technology, e.g. "Ubuntu 24.04".</summary>
    public string? Technology { get; set; }

    /// <summary>How many instances of this node exist: a number ("2") or a range ("0..N"). Default "1".</summary>
    public string Instances
    {
        get => _instances;
        set
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new ArgumentException($"Deployment node '{Name}' needs an instance count such as \"1\" or \"0..N\".", nameof(value));
            _instances = value.Trim();
        }
    }

    /// <summary>The parent node, or null for a top-level node.</summary>
    public DeploymentNode? ParentNode => Parent as DeploymentNode;

    /// <summary>Child deployment nodes.</summary>
    public IReadOnlyList<DeploymentNode> Children => _children;

    /// <summary>Infrastructure nodes (load balancers, DNS, firewalls…).</summary>
    public IReadOnlyList<InfrastructureNode> InfrastructureNodes => _infrastructureNodes;

    /// <summary>Container instances deployed on this node.</summary>
    public IReadOnlyList<ContainerInstance> ContainerInstances => _containerInstances;

    /// <summary>Software system instances deployed on this node.</summary>
    public IReadOnlyList<SoftwareSystemInstance> SoftwareSystemInstances => _softwareSystemInstances;

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("DeploymentNode://" + DeploymentPath() + "/" + Canonical(Name));

    /// <summary>Adds a child deployment node.</summary>
    /// <exception cref="ModelException">A child with the same name exists.</exception>
    public DeploymentNode AddDeploymentNode(string name, string? description = null, string? technology = null, int instances = 1)
        => AddDeploymentNode(name, description, technology, instances.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Adds a child deployment node with an instance range such as "0..N".</summary>
    public DeploymentNode AddDeploymentNode(string name, string? description, string? technology, string instances)
    {
        name = RequireName(name, "deployment node");
        if (_children.Any(c => c.Name == name))
            throw new ModelException($"Deployment node '{CanonicalName}' already has a child named '{name}'.");
        var node = new DeploymentNode(Model, Model.NextId(), name, this, Environment) { Description = description, Technology = technology, Instances = instances };
        AttachChild(node);
        return node;
    }

    /// <summary>Adds an infrastructure node such as a load balancer.</summary>
    public InfrastructureNode AddInfrastructureNode(string name, string? description = null, string? technology = null)
    {
        name = RequireName(name, "infrastructure node");
        if (_infrastructureNodes.Any(c => c.Name == name))
            throw new ModelException($"Deployment node '{CanonicalName}' already has an infrastructure node named '{name}'.");
        var node = new InfrastructureNode(Model, Model.NextId(), name, this, Environment) { Description = description, Technology = technology };
        AttachInfrastructureNode(node);
        return node;
    }

    /// <summary>
    /// Deploys an instance of a container on this node. Relationships of the container are replicated
    /// between instances of the same environment that share a deployment group, as structurizr-java does.
    /// </summary>
    /// <param name="container">The container to deploy.</param>
    /// <param name="deploymentGroups">Deployment groups; none means "Default".</param>
    public ContainerInstance Add(Container container, params string[] deploymentGroups) => Add(container, true, deploymentGroups);

    /// <summary>Deploys an instance of a container, optionally without replicating relationships.</summary>
    public ContainerInstance Add(Container container, bool replicateRelationships, params string[] deploymentGroups)
    {
        ArgumentNullException.ThrowIfNull(container);
        Model.RequireSameModel(container);
        var instance = new ContainerInstance(Model, Model.NextId(), container, Model.NextInstanceNumber(container, Environment), this, Environment);
        instance.SetDeploymentGroups(deploymentGroups);
        AttachContainerInstance(instance);
        if (replicateRelationships) Model.ReplicateRelationships(instance);
        return instance;
    }

    /// <summary>Deploys an instance of a software system on this node, replicating relationships.</summary>
    public SoftwareSystemInstance Add(SoftwareSystem softwareSystem, params string[] deploymentGroups) => Add(softwareSystem, true, deploymentGroups);

    /// <summary>Deploys an instance of a software system, optionally without replicating relationships.</summary>
    public SoftwareSystemInstance Add(SoftwareSystem softwareSystem, bool replicateRelationships, params string[] deploymentGroups)
    {
        ArgumentNullException.ThrowIfNull(softwareSystem);
        Model.RequireSameModel(softwareSystem);
        var instance = new SoftwareSystemInstance(Model, Model.NextId(), softwareSystem, Model.NextInstanceNumber(softwareSystem, Environment), this, Environment);
        instance.SetDeploymentGroups(deploymentGroups);
        AttachSoftwareSystemInstance(instance);
        if (replicateRelationships) Model.ReplicateRelationships(instance);
        return instance;
    }

    internal void AttachChild(DeploymentNode node)
    {
        _children.Add(node);
        Model.Register(node);
    }

    internal void AttachInfrastructureNode(InfrastructureNode node)
    {
        _infrastructureNodes.Add(node);
        Model.Register(node);
    }

    internal void AttachContainerInstance(ContainerInstance instance)
    {
        _containerInstances.Add(instance);
        Model.Register(instance);
    }

    internal void AttachSoftwareSystemInstance(SoftwareSystemInstance instance)
    {
        _softwareSystemInstances.Add(instance);
        Model.Register(instance);
    }
}
