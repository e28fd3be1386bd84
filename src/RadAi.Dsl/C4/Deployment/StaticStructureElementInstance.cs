namespace RadAi.Dsl;

/// <summary>An instance of a container or software system deployed on a deployment node.</summary>
public abstract class StaticStructureElementInstance : DeploymentElement
{
    /// <summary>The deployment group used when none is given.</summary>
    public const string DefaultDeploymentGroup = "Default";

    private readonly List<string> _deploymentGroups = [];
    private readonly List<HealthCheck> _healthChecks = [];

    private protected StaticStructureElementInstance(Model model, string id, StaticStructureElement element, int instanceId, DeploymentNode parent, string environment)
        : base(model, id, element.Name, parent, environment)
    {
        Element = element;
        InstanceId = instanceId;
    }

    /// <summary>The container or software system this is an instance of.</summary>
    public StaticStructureElement Element { get; }

    /// <summary>The instance number (1-based) among instances of the same element in the environment.</summary>
    public int InstanceId { get; }

    /// <summary>The deployment node that hosts this instance.</summary>
    public DeploymentNode DeploymentNode => (DeploymentNode)Parent!;

    /// <summary>Deployment groups; relationships are replicated only between instances sharing a group.</summary>
    public IReadOnlyList<string> DeploymentGroups => _deploymentGroups;

    /// <summary>Health checks.</summary>
    public IReadOnlyList<HealthCheck> HealthChecks => _healthChecks;

    /// <summary>Adds a health check.</summary>
    public HealthCheck AddHealthCheck(string name, string url, int intervalSeconds = 60, long timeoutMilliseconds = 0)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A health check needs a name.", nameof(name));
        var check = new HealthCheck(name, ValidateUrl(url) ?? throw new ArgumentException("A health check needs a URL.", nameof(url)), intervalSeconds, timeoutMilliseconds);
        _healthChecks.Add(check);
        return check;
    }

    internal void AddHealthCheck(HealthCheck check) => _healthChecks.Add(check);

    internal void SetDeploymentGroups(IEnumerable<string>? groups)
    {
        _deploymentGroups.Clear();
        foreach (var g in groups ?? [])
            if (!string.IsNullOrWhiteSpace(g) && !_deploymentGroups.Contains(g.Trim())) _deploymentGroups.Add(g.Trim());
        if (_deploymentGroups.Count == 0) _deploymentGroups.Add(DefaultDeploymentGroup);
    }

    internal bool SharesDeploymentGroupWith(StaticStructureElementInstance other) => _deploymentGroups.Any(other._deploymentGroups.Contains);

    private protected string InstancePath() => DeploymentPath() + "/";
}
