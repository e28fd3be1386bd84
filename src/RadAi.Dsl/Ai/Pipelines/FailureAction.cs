namespace RadAi.Dsl;

/// <summary>What a quality checkpoint does when its rule fails.</summary>
public enum FailureAction
{
    /// <summary>Reject the record or batch.</summary>
    Reject,
    /// <summary>Send to a dead-letter or quarantine area.</summary>
    Quarantine,
    /// <summary>Alert a team.</summary>
    Alert,
    /// <summary>Fall back to the previous good output.</summary>
    FallbackToPrevious,
    /// <summary>Retry.</summary>
    Retry,
    /// <summary>Block the downstream step (e.g. a deployment).</summary>
    Block,
    /// <summary>Log and continue.</summary>
    Log,
}
