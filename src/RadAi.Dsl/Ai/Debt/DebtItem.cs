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
    public Severity? Severity { get; init; }

    /// <summary>The affected elements.</summary>
    public EquatableList<ElementRef> Affects { get; init => field = value ?? []; } = [];

    /// <summary>The mitigation plan.</summary>
    public string? Mitigation { get; init; }

    /// <summary>Open, mitigated or accepted.</summary>
    public DebtStatus? Status { get; init; }

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

    /// <summary>"EN-001 (High, Open)", with only the facts stated.</summary>
    public override string ToString()
    {
        var stated = string.Join(", ", new[] { Severity?.ToString(), Status?.Name }.OfType<string>());
        return stated.Length == 0 ? Id : $"{Id} ({stated})";
    }

    /// <summary>
    /// Throws unless the id is "PREFIX-number": with the category's prefix for one of RAD-AI's seven, with a prefix of
    /// two to four capital letters that is none of theirs for a category of your own.
    /// </summary>
    /// <exception cref="ModelException">The id does not match the category.</exception>
    internal void RequireIdOfCategory()
    {
        var prefix = Category.Prefix;
        var example = (prefix ?? "XY") + "-001";
        if (string.IsNullOrWhiteSpace(Id) || !IdPattern().IsMatch(Id))
            throw new ModelException($"Debt id '{Id}' must look like \"{example}\".");
        if (prefix is not null && !Id.StartsWith(prefix + "-", StringComparison.Ordinal))
            throw new ModelException($"Debt id '{Id}' has prefix '{Id.Split('-')[0]}', but category {Category} uses '{prefix}' (e.g. \"{example}\").");
        if (prefix is null && DebtCategory.FromId(Id) is { } taken)
            throw new ModelException($"Debt id '{Id}' of category {Category} uses the prefix of {taken}; give your category a prefix of its own.");
    }

    [GeneratedRegex(@"^[A-Z]{2,4}-\d+$")]
    private static partial Regex IdPattern();
}
