namespace RadAi.Dsl;

/// <summary>A property a stereotype requires, e.g. <c>version</c> for <c>ML Model</c> (stored as <c>radai:ml.version</c>).</summary>
/// <param name="Key">The key: a camelCase word (letters and digits).</param>
/// <param name="Description">What the property says.</param>
public sealed record StereotypeProperty(string Key, string Description)
{
    /// <summary>The key.</summary>
    public override string ToString() => Key;
}
