using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Diff;

/// <summary>An inspection finding that one side of a diff has and the other has not.</summary>
public sealed record DiffFinding
{
    /// <summary>The rule's id (RADAI-…, STRZ-…).</summary>
    public required string RuleId { get; init; }

    /// <summary>The finding's severity.</summary>
    public required InspectionSeverity Severity { get; init; }

    /// <summary>What the finding is about, by name.</summary>
    public required string Subject { get; init; }

    /// <summary>The finding's message.</summary>
    public required string Message { get; init; }

    internal static DiffFinding From(InspectionFinding finding) => new()
    {
        RuleId = finding.Rule.Id,
        Severity = finding.Severity,
        Subject = finding.Subject.Name,
        Message = finding.Message,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Severity} {RuleId} {Subject}: {Message}";
}
