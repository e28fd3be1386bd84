namespace RadAi.Dsl;

/// <summary>One step of a view's animation: the elements and relationships that appear in it.</summary>
/// <param name="Order">1-based step number.</param>
/// <param name="ElementIds">Ids of the elements that appear.</param>
/// <param name="RelationshipIds">Ids of the relationships that appear.</param>
public sealed record Animation(int Order, IReadOnlyList<string> ElementIds, IReadOnlyList<string> RelationshipIds);
