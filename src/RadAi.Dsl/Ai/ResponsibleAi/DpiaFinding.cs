namespace RadAi.Dsl;

/// <summary>A finding of a data protection impact assessment: the risk found, its mitigation and what remains. Only the finding is required.</summary>
public sealed record DpiaFinding
{
    /// <summary>The finding, e.g. "Viewing history reveals sensitive preferences".</summary>
    public required string Finding { get; init; }

    /// <summary>The risk level as written, e.g. "high".</summary>
    public string? Risk { get; init; }

    /// <summary>How it is mitigated.</summary>
    public string? Mitigation { get; init; }

    /// <summary>The risk left after mitigation, as written.</summary>
    public string? ResidualRisk { get; init; }

    /// <summary>Who owns the mitigation.</summary>
    public string? Owner { get; init; }

    /// <summary>Where the mitigation stands, as written.</summary>
    public string? Status { get; init; }
}
