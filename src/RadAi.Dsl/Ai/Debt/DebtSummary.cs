namespace RadAi.Dsl;

/// <summary>Counts of one category's items by status (a row of the debt summary dashboard).</summary>
public sealed record DebtSummaryRow
{
    /// <summary>The category.</summary>
    public required DebtCategory Category { get; init; }

    /// <summary>Open items.</summary>
    public required int Open { get; init; }

    /// <summary>Mitigated items.</summary>
    public required int Mitigated { get; init; }

    /// <summary>Accepted items.</summary>
    public required int Accepted { get; init; }

    /// <summary>All items of the category.</summary>
    public int Total => Open + Mitigated + Accepted;
}

/// <summary>The computed debt summary: per category (all seven, in order), per severity, and totals.</summary>
public sealed class DebtSummary
{
    internal DebtSummary(IReadOnlyList<DebtItem> items)
    {
        Rows = Enum.GetValues<DebtCategory>().Select(c => new DebtSummaryRow
        {
            Category = c,
            Open = items.Count(i => i.Category == c && i.Status == DebtStatus.Open),
            Mitigated = items.Count(i => i.Category == c && i.Status == DebtStatus.Mitigated),
            Accepted = items.Count(i => i.Category == c && i.Status == DebtStatus.Accepted),
        }).ToList();
        BySeverity = Enum.GetValues<Severity>().ToDictionary(s => s, s => items.Count(i => i.Severity == s));
        Totals = new DebtSummaryRow
        {
            Category = default,
            Open = Rows.Sum(r => r.Open),
            Mitigated = Rows.Sum(r => r.Mitigated),
            Accepted = Rows.Sum(r => r.Accepted),
        };
    }

    /// <summary>One row per category, in category order.</summary>
    public IReadOnlyList<DebtSummaryRow> Rows { get; }

    /// <summary>Item counts per severity.</summary>
    public IReadOnlyDictionary<Severity, int> BySeverity { get; }

    /// <summary>Totals over all categories (its <see cref="DebtSummaryRow.Category"/> is meaningless).</summary>
    public DebtSummaryRow Totals { get; }

    /// <summary>"15 items: 11 open, 4 mitigated, 0 accepted".</summary>
    public override string ToString() => $"{Totals.Total} items: {Totals.Open} open, {Totals.Mitigated} mitigated, {Totals.Accepted} accepted";
}
