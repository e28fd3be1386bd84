namespace RadAi.Dsl;

/// <summary>An instance of a software system on a deployment node.</summary>
public sealed class SoftwareSystemInstance : StaticStructureElementInstance
{
    internal SoftwareSystemInstance(Model model, string id, SoftwareSystem softwareSystem, int instanceId, DeploymentNode parent, string environment)
        : base(model, id, softwareSystem, instanceId, parent, environment)
    {
        SetDefaultTags(Dsl.Tags.SoftwareSystemInstance);
    }

    /// <summary>The software system deployed.</summary>
    public SoftwareSystem SoftwareSystem => (SoftwareSystem)Element;

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("SoftwareSystemInstance://" + InstancePath() + Canonical(SoftwareSystem.Name) + "[" + InstanceId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
}
