namespace RadAi.Dsl;

/// <summary>
/// How much depends on an AI component: the well-known levels, or your own words (e.g. "Tier 0: revenue-critical").
/// Stored and shown as written.
/// </summary>
/// <param name="Name">The level as written.</param>
public readonly record struct Criticality(string Name)
{
    /// <summary>Critical: the system cannot do its job without it.</summary>
    public static Criticality Critical { get; } = new("Critical");

    /// <summary>High.</summary>
    public static Criticality High { get; } = new("High");

    /// <summary>Medium.</summary>
    public static Criticality Medium { get; } = new("Medium");

    /// <summary>Low.</summary>
    public static Criticality Low { get; } = new("Low");

    /// <summary>The level as written.</summary>
    public override string ToString() => Name;
}
