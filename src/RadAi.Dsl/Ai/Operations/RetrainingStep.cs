namespace RadAi.Dsl.Ai.Operations;

/// <summary>A step of the retraining process (E8).</summary>
/// <param name="Name">e.g. "Validation".</param>
/// <param name="Description">What happens.</param>
/// <param name="Automated">Whether it is automated.</param>
/// <param name="Duration">Typical duration.</param>
/// <param name="ApprovalBy">Who must approve, or null when no approval is needed.</param>
public sealed record RetrainingStep(string Name, string Description, bool Automated, TimeSpan? Duration = null, string? ApprovalBy = null)
{
    /// <summary>Whether approval is required.</summary>
    public bool ApprovalRequired => ApprovalBy is not null;
}
