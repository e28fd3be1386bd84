namespace RadAi.Dsl;

/// <summary>The consequences of a decision.</summary>
public sealed record Consequences
{
    /// <summary>What becomes easier.</summary>
    public EquatableList<string> Positive { get; init; } = [];

    /// <summary>What becomes harder; risks accepted.</summary>
    public EquatableList<string> Negative { get; init; } = [];

    /// <summary>What changes without getting better or worse.</summary>
    public EquatableList<string> Neutral { get; init; } = [];
}
