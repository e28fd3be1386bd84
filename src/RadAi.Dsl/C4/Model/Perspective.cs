namespace RadAi.Dsl;

/// <summary>
/// An architectural perspective (security, performance, …) attached to an element or relationship;
/// <see cref="ModelItem.AddPerspective(string, string, string?)"/> makes one.
/// </summary>
public sealed record Perspective
{
    internal Perspective(string name, string description, string? value = null, string? url = null)
    {
        Name = name;
        Description = description;
        Value = value;
        Url = url;
    }

    /// <summary>The perspective name, unique on its item.</summary>
    public string Name { get; init; }

    /// <summary>What the perspective says about the item.</summary>
    public string Description { get; init; }

    /// <summary>An optional value, such as a rating.</summary>
    public string? Value { get; init; }

    /// <summary>An optional link.</summary>
    public string? Url { get; init; }
}
