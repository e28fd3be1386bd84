namespace RadAi.Dsl.C4;

/// <summary>
/// An architectural perspective (security, performance, …) attached to an element or relationship.
/// </summary>
/// <param name="Name">The perspective name, unique on its item.</param>
/// <param name="Description">What the perspective says about the item.</param>
/// <param name="Value">An optional value, such as a rating.</param>
/// <param name="Url">An optional link.</param>
public sealed record Perspective(string Name, string Description, string? Value = null, string? Url = null);
