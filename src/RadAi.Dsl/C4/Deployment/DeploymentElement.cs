namespace RadAi.Dsl;

/// <summary>Deployment nodes, infrastructure nodes and instances: elements that live in one deployment environment.</summary>
public abstract class DeploymentElement : Element
{
    /// <summary>The environment used when none is given.</summary>
    public const string DefaultEnvironment = "Default";

    private protected DeploymentElement(Model model, string id, string name, Element? parent, string environment) : base(model, id, name, parent)
    {
        Environment = string.IsNullOrWhiteSpace(environment) ? DefaultEnvironment : environment;
    }

    /// <summary>The deployment environment, e.g. "Live".</summary>
    public string Environment { get; }

    /// <summary>
    /// Adds a relationship to another deployment element in the same environment. Structurizr marks
    /// deployment relationships synchronous unless told otherwise.
    /// </summary>
    public Relationship Uses(DeploymentElement destination, string? description = null, string? technology = null,
        InteractionStyle? interactionStyle = InteractionStyle.Synchronous, params string[] tags)
        => Model.AddRelationship(this, destination, description, technology, interactionStyle, tags);

    /// <summary>The deployment path of this element, e.g. <c>Live/Server/Runtime</c>.</summary>
    private protected string DeploymentPath()
    {
        var names = new List<string>();
        for (var e = Parent; e is DeploymentNode n; e = n.Parent) names.Add(Canonical(n.Name));
        names.Reverse();
        return names.Count == 0 ? Environment : Environment + "/" + string.Join('/', names);
    }
}
