namespace RadAi.Dsl.Diff;

/// <summary>
/// One change between two workspaces, in the model's own terms: what (<see cref="Subject"/>), where
/// (<see cref="Area"/>), which fact (<see cref="Field"/>) and its values on either side, as written. A side that does
/// not state the fact has a null value (shown as "not stated"); no value is made up.
/// </summary>
public sealed record ArchitectureChange
{
    /// <summary>The part of the architecture the change belongs to.</summary>
    public required DiffArea Area { get; init; }

    /// <summary>What happened.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>What the change is about, in words: "model MDL-X", "relationship A -> B (reads)".</summary>
    public required string Subject { get; init; }

    /// <summary>The fact that changed ("version", "threshold"); null for additions and removals.</summary>
    public string? Field { get; init; }

    /// <summary>The value in the first workspace, as written; null when it does not state one.</summary>
    public string? Before { get; init; }

    /// <summary>The value in the second workspace, as written; null when it does not state one.</summary>
    public string? After { get; init; }

    /// <summary>What the change means when its words alone do not say it ("resolved", "superseded", "retired"); null otherwise.</summary>
    public string? Meaning { get; init; }

    /// <summary>One sentence for people: "model MDL-X: version v1 → v2".</summary>
    public string Summary => Kind switch
    {
        ChangeKind.Changed when Field is null => $"{Subject}: other facts changed",
        ChangeKind.Changed or ChangeKind.Renamed or ChangeKind.Moved
            => $"{Subject}: {Field ?? "other facts"} {Stated(Before)} → {Stated(After)}" + (Meaning is null ? string.Empty : $" ({Meaning})"),
        _ => $"{Subject} {Meaning ?? (Kind == ChangeKind.Added ? "added" : "removed")}",
    };

    /// <inheritdoc/>
    public override string ToString() => Summary;

    private static string Stated(string? value) => string.IsNullOrWhiteSpace(value) ? MarkdownText.NotStated : value;
}
