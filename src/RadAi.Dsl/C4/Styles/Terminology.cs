namespace RadAi.Dsl;

/// <summary>Words to use instead of Structurizr's defaults in diagrams (e.g. "Actor" for person).</summary>
public sealed class Terminology
{
#pragma warning disable CS1591 // each member replaces the word it is named after
    public string? Enterprise { get; set; }
    public string? Person { get; set; }
    public string? SoftwareSystem { get; set; }
    public string? Container { get; set; }
    public string? Component { get; set; }
    public string? Code { get; set; }
    public string? DeploymentNode { get; set; }
    public string? InfrastructureNode { get; set; }
    public string? Relationship { get; set; }
#pragma warning restore CS1591
}
