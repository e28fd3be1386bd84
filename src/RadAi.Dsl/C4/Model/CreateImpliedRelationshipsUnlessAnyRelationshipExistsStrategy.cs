namespace RadAi.Dsl;

/// <summary>
/// The Structurizr DSL's default: when <c>a -> b</c> is added, every pair of (a or an ancestor of a,
/// b or an ancestor of b) that is not a parent/child pair and has no relationship in that direction yet
/// gets one with the same description, technology and tags. Opt in with
/// <c>workspace.Model.ImpliedRelationshipsStrategy = new CreateImpliedRelationshipsUnlessAnyRelationshipExistsStrategy();</c>.
/// </summary>
public sealed class CreateImpliedRelationshipsUnlessAnyRelationshipExistsStrategy : IImpliedRelationshipsStrategy
{
    /// <inheritdoc />
    public void CreateImpliedRelationships(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var model = relationship.Model;
        for (var source = relationship.Source; source is not null; source = source.Parent)
        {
            for (var destination = relationship.Destination; destination is not null; destination = destination.Parent)
            {
                if (ReferenceEquals(source, relationship.Source) && ReferenceEquals(destination, relationship.Destination)) continue;
                if (source.IsWithin(destination) || destination.IsWithin(source)) continue;
                if (model.HasRelationship(source, destination)) continue;
                var tags = relationship.Tags.Where(t => t is not Dsl.Tags.Relationship and not Dsl.Tags.Synchronous and not Dsl.Tags.Asynchronous).ToArray();
                model.AddRelationshipCore(source, destination, relationship.Description, relationship.Technology, relationship.InteractionStyle, tags, createImplied: false);
            }
        }
    }
}
