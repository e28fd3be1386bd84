namespace RadAi.Dsl;

/// <summary>An interface where the deterministic and non-deterministic regions meet (C4-E3). Its regions come from the elements' region tags.</summary>
public sealed record BoundaryInterface : RadAiRecord
{
    /// <summary>Interface id, e.g. "BI-001".</summary>
    public required string Id { get; init; }

    /// <summary>The sending element.</summary>
    public required ElementRef From { get; init; }

    /// <summary>The receiving element.</summary>
    public required ElementRef To { get; init; }

    /// <summary>What crosses.</summary>
    public string? DataExchanged { get; init; }

    /// <summary>The contract, e.g. "JSON; timeout 250 ms".</summary>
    public string? Contract { get; init; }

    /// <summary>The timeout or response-time part of the contract.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The confidence range guaranteed by the contract, when it has one.</summary>
    public ConfidenceRange? Confidence { get; init; }
}
