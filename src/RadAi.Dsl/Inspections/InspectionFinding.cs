namespace RadAi.Dsl.Inspections;

/// <summary>One thing a rule found: which rule, how serious (after overrides), about what, and what would fix it.</summary>
public sealed class InspectionFinding
{
    internal InspectionFinding(InspectionRule rule, InspectionSeverity severity, InspectionSubject subject, string message, string? suppressionReason)
    {
        Rule = rule;
        Severity = severity;
        Subject = subject;
        Message = message;
        SuppressionReason = suppressionReason;
    }

    /// <summary>The rule.</summary>
    public InspectionRule Rule { get; }

    /// <summary>The severity after <c>structurizr.inspection.*</c> properties and <see cref="InspectorOptions"/> overrides.</summary>
    public InspectionSeverity Severity { get; }

    /// <summary>The item the finding is about.</summary>
    public InspectionSubject Subject { get; }

    /// <summary>What is wrong, naming the item, and what would fix it.</summary>
    public string Message { get; }

    /// <summary>Why the finding is accepted, when it was suppressed on the item (<c>radai:suppress.RADAInnn</c>); otherwise null.</summary>
    public string? SuppressionReason { get; }

    /// <summary>True when the finding was suppressed with a reason: it is reported, but never fails a build.</summary>
    public bool IsSuppressed => SuppressionReason is not null;

    /// <summary>True when the finding counts: not suppressed and not ignored.</summary>
    public bool IsActive => !IsSuppressed && Severity != InspectionSeverity.Ignore;

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {Rule.Id} {Subject.Name}: {Message}";
}
