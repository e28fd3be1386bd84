namespace RadAi.Dsl;

/// <summary>
/// An on-call rotation (E8): who is paged for which incidents, on what schedule, and where it escalates. Only the
/// name is required; a fact not stated renders as such.
/// </summary>
public sealed record OnCallRotation
{
    /// <summary>The rotation, e.g. "ML on-call".</summary>
    public required string Name { get; init; }

    /// <summary>The team staffing it.</summary>
    public string? Team { get; init; }

    /// <summary>How the rotation turns, as written, e.g. "weekly, follow-the-sun".</summary>
    public string? Schedule { get; init; }

    /// <summary>Hours covered, as written, e.g. "24/7" or "business hours".</summary>
    public string? Coverage { get; init; }

    /// <summary>The incident severity levels it answers, e.g. "P1", "P2".</summary>
    public EquatableList<string> Severities { get; init; } = [];

    /// <summary>The components it is on call for, when modelled.</summary>
    public EquatableList<ElementRef> Components { get; init; } = [];

    /// <summary>How it is paged, e.g. a paging tool or channel.</summary>
    public string? PagingChannel { get; init; }

    /// <summary>Where it escalates, as written.</summary>
    public string? EscalatesTo { get; init; }
}
