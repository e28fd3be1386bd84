using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// An AI debt register entry (E7). The id's prefix must match the category ("EN-001" for entanglement);
/// <see cref="DebtRegister.Add"/> checks it.
/// </summary>
/// <example><code>ai.Debt.Add(new DebtItem
/// {
///     Id = "EN-001", Category = DebtCategory.Entanglement, Description = "Shared features couple all models",
///     Severity = Severity.High, Affects = [flink, amber], Mitigation = "Version features", Status = DebtStatus.Open,
/// });</code></example>
public sealed partial record DebtItem : RadAiRecord
{
    /// <summary>The id, with the category's prefix, e.g. "EN-001".</summary>
    public required string Id { get; init; }

    /// <summary>The category.</summary>
    public required DebtCategory Category { get; init; }

    /// <summary>What the debt is.</summary>
    public required string Description { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The affected elements.</summary>
    public required EquatableList<ElementRef> Affects { get; init => field = value ?? []; }

    /// <summary>The mitigation plan.</summary>
    public required string Mitigation { get; init; }

    /// <summary>Open, mitigated or accepted.</summary>
    public required DebtStatus Status { get; init; }

    /// <summary>A short title, e.g. "Recommendation popularity amplification".</summary>
    public string? Title { get; init; }

    /// <summary>Affected things that are not elements, e.g. "3,000+ Metaflow projects".</summary>
    public string? AffectsNote { get; init; }

    /// <summary>Estimated effort, e.g. "2 sprints".</summary>
    public string? Effort { get; init; }

    /// <summary>Owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Words qualifying the status, e.g. "ongoing, not fully resolved".</summary>
    public string? StatusNote { get; init; }

    /// <summary>"EN-001 (High, Open)".</summary>
    public override string ToString() => $"{Id} ({Severity}, {Status})";

    /// <summary>Throws unless the id is "PREFIX-number" with the category's prefix.</summary>
    /// <exception cref="ArgumentException">The id does not match the category.</exception>
    internal void RequireIdOfCategory()
    {
        if (string.IsNullOrWhiteSpace(Id) || !IdPattern().IsMatch(Id))
            throw new ArgumentException($"Debt id '{Id}' must look like \"{Category.Prefix()}-001\".", nameof(Id));
        if (!Id.StartsWith(Category.Prefix() + "-", StringComparison.Ordinal))
            throw new ArgumentException($"Debt id '{Id}' has prefix '{Id.Split('-')[0]}', but category {Category.DisplayName()} uses '{Category.Prefix()}' (e.g. \"{Category.Prefix()}-001\").", nameof(Id));
    }

    [GeneratedRegex(@"^[A-Z]{2}-\d+$")]
    private static partial Regex IdPattern();
}
