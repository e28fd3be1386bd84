namespace RadAi.Dsl;

/// <summary>Where a debt item stands.</summary>
public enum DebtStatus
{
    /// <summary>Open.</summary>
    Open,
    /// <summary>Mitigated.</summary>
    Mitigated,
    /// <summary>Accepted.</summary>
    Accepted,
}
