namespace RadAi.Dsl.Ai.Boundary;

/// <summary>An interface where the deterministic and non-deterministic regions meet (C4-E3). Its regions come from the elements' region tags.</summary>
/// <param name="Id">Interface id, e.g. "BI-001".</param>
/// <param name="From">The sending element.</param>
/// <param name="To">The receiving element.</param>
/// <param name="DataExchanged">What crosses.</param>
/// <param name="Contract">The contract, e.g. "JSON; timeout 250 ms".</param>
public sealed record BoundaryInterface(string Id, ElementRef From, ElementRef To, string DataExchanged, string Contract)
{
    /// <summary>The timeout or response-time part of the contract.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The confidence range guaranteed by the contract, when it has one.</summary>
    public ConfidenceRange? Confidence { get; init; }
}
