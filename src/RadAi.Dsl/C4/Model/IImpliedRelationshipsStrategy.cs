namespace RadAi.Dsl;

/// <summary>
/// Decides which implied relationships (between the parents of a relationship's ends) are created
/// when a relationship is added. Structurizr's Java API creates none by default.
/// </summary>
public interface IImpliedRelationshipsStrategy
{
    /// <summary>Called after <paramref name="relationship"/> was added to its model.</summary>
    void CreateImpliedRelationships(Relationship relationship);
}
