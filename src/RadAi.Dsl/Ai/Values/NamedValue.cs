namespace RadAi.Dsl;

/// <summary>A property and its value, for "Property | Value" tables with rows beyond the template's.</summary>
/// <param name="Name">The property.</param>
/// <param name="Value">The value.</param>
public sealed record NamedValue(string Name, string Value);
