namespace RadAi.Dsl;

/// <summary>
/// Creates no implied relationships: the default of structurizr-java's API and of this library,
/// so that JSON written from C# matches Java's byte for byte.
/// </summary>
public sealed class DefaultImpliedRelationshipsStrategy : IImpliedRelationshipsStrategy
{
    /// <summary>The shared instance.</summary>
    public static DefaultImpliedRelationshipsStrategy Instance { get; } = new();

    /// <inheritdoc />
    public void CreateImpliedRelationships(Relationship relationship) { }
}
