using System.Text.RegularExpressions;

namespace RadAi.Dsl.Ai.Debt;

/// <summary>An AI debt register entry (E7). The id's prefix must match the category ("EN-001" for entanglement).</summary>
public sealed partial record DebtItem
{
    /// <summary>Creates a debt item.</summary>
    /// <param name="id">Id with the category prefix, e.g. "EN-001".</param>
    /// <param name="category">The category.</param>
    /// <param name="description">What the debt is.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="affects">The affected elements.</param>
    /// <param name="mitigation">The mitigation plan.</param>
    /// <param name="status">Open, mitigated or accepted.</param>
    /// <exception cref="ArgumentException">The id is not "PREFIX-number" with the category's prefix.</exception>
    public DebtItem(string id, DebtCategory category, string description, Severity severity, EquatableList<ElementRef> affects, string mitigation, DebtStatus status)
    {
        if (string.IsNullOrWhiteSpace(id) || !IdPattern().IsMatch(id))
            throw new ArgumentException($"Debt id '{id}' must look like \"{category.Prefix()}-001\".", nameof(id));
        if (!id.StartsWith(category.Prefix() + "-", StringComparison.Ordinal))
            throw new ArgumentException($"Debt id '{id}' has prefix '{id.Split('-')[0]}', but category {category.DisplayName()} uses '{category.Prefix()}' (e.g. \"{category.Prefix()}-001\").", nameof(id));
        Id = id;
        Category = category;
        Description = description;
        Severity = severity;
        Affects = affects ?? [];
        Mitigation = mitigation;
        Status = status;
    }

    /// <summary>The id, e.g. "EN-001".</summary>
    public string Id { get; }

    /// <summary>The category.</summary>
    public DebtCategory Category { get; }

    /// <summary>What the debt is.</summary>
    public string Description { get; }

    /// <summary>How serious it is.</summary>
    public Severity Severity { get; }

    /// <summary>The affected elements.</summary>
    public EquatableList<ElementRef> Affects { get; }

    /// <summary>The mitigation plan.</summary>
    public string Mitigation { get; }

    /// <summary>Open, mitigated or accepted.</summary>
    public DebtStatus Status { get; }

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

    [GeneratedRegex(@"^[A-Z]{2}-\d+$")]
    private static partial Regex IdPattern();
}
