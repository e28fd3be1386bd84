namespace RadAi.Dsl;

/// <summary>The fairness and bias trade-offs of an AI-ADR.</summary>
public sealed record FairnessTradeOff
{
    /// <summary>Protected attributes considered.</summary>
    public EquatableList<string> ProtectedAttributes { get; init; } = [];

    /// <summary>The fairness metric chosen.</summary>
    public string? Metric { get; init; }

    /// <summary>The accepted fairness-accuracy trade-off.</summary>
    public string? AcceptedTradeOff { get; init; }

    /// <summary>How it is monitored.</summary>
    public string? Monitoring { get; init; }
}
