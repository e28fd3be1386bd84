namespace RadAi.Dsl.Ai.Debt;

/// <summary>Counts of one category's items by status (a row of the debt summary dashboard).</summary>
/// <param name="Category">The category.</param>
/// <param name="Open">Open items.</param>
/// <param name="Mitigated">Mitigated items.</param>
/// <param name="Accepted">Accepted items.</param>
public sealed record DebtSummaryRow(DebtCategory Category, int Open, int Mitigated, int Accepted)
{
    /// <summary>All items of the category.</summary>
    public int Total => Open + Mitigated + Accepted;
}

/// <summary>The computed debt summary: per category (all seven, in order), per severity, and totals.</summary>
public sealed class DebtSummary
{
    internal DebtSummary(IReadOnlyList<DebtItem> items)
    {
        Rows = Enum.GetValues<DebtCategory>().Select(c => new DebtSummaryRow(c,
            items.Count(i => i.Category == c && i.Status == DebtStatus.Open),
            items.Count(i => i.Category == c && i.Status == DebtStatus.Mitigated),
            items.Count(i => i.Category == c && i.Status == DebtStatus.Accepted))).ToList();
        BySeverity = Enum.GetValues<Severity>().ToDictionary(s => s, s => items.Count(i => i.Severity == s));
        Totals = new DebtSummaryRow(default, Rows.Sum(r => r.Open), Rows.Sum(r => r.Mitigated), Rows.Sum(r => r.Accepted));
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
