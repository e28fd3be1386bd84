namespace RadAi.Dsl;

/// <summary>Infrastructure on a deployment node: a load balancer, DNS, firewall, queue service…</summary>
public sealed class InfrastructureNode : DeploymentElement
{
    internal InfrastructureNode(Model model, string id, string name, DeploymentNode parent, string environment)
        : base(model, id, name, parent, environment)
    {
        SetDefaultTags(Dsl.Tags.ElementAndInfrastructureNode);
    }

    /// <summary>The technology, e.g. "nginx".</summary>
    public string? Technology { get; set; }

    /// <summary>The deployment node that holds this infrastructure node.</summary>
    public DeploymentNode DeploymentNode => (DeploymentNode)Parent!;

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("InfrastructureNode://" + DeploymentPath() + "/" + Canonical(Name));
}
