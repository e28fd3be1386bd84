namespace RadAi.Dsl;

/// <summary>An instance of a container on a deployment node.</summary>
public sealed class ContainerInstance : StaticStructureElementInstance
{
    internal ContainerInstance(Model model, string id, Container container, int instanceId, DeploymentNode parent, string environment)
        : base(model, id, container, instanceId, parent, environment)
    {
        SetDefaultTags(Dsl.Tags.ContainerInstance);
    }

    /// <summary>The container deployed.</summary>
    public Container Container => (Container)Element;

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("ContainerInstance://" + InstancePath() + Canonical(Container.SoftwareSystem.Name) + "." + Canonical(Container.Name) + "[" + InstanceId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
}
