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

    /// <summary>Items with a status of your own words (neither open, mitigated nor accepted).</summary>
    public int OtherStatus { get; init; }

    /// <summary>Items whose status is not stated: counted as none of the others.</summary>
    public int StatusNotStated { get; init; }

    /// <summary>All items of the category.</summary>
    public int Total => Open + Mitigated + Accepted + OtherStatus + StatusNotStated;
}

/// <summary>The computed debt summary: per category (RAD-AI's seven, in order, then your own), per severity, and totals; an item whose status or severity is not stated counts as not stated, never as open.</summary>
public sealed class DebtSummary
{
    internal DebtSummary(IReadOnlyList<DebtItem> items)
    {
        var categories = DebtCategory.WellKnown.Concat(items.Select(i => i.Category)).Distinct().ToList();
        Rows = categories.Select(c => Row(c, items.Where(i => i.Category == c).ToList())).ToList();
        BySeverity = Enum.GetValues<Severity>().ToDictionary(s => s, s => items.Count(i => i.Severity == s));
        SeverityNotStated = items.Count(i => i.Severity is null);
        Totals = new DebtSummaryRow
        {
            Category = default,
            Open = Rows.Sum(r => r.Open),
            Mitigated = Rows.Sum(r => r.Mitigated),
            Accepted = Rows.Sum(r => r.Accepted),
            OtherStatus = Rows.Sum(r => r.OtherStatus),
            StatusNotStated = Rows.Sum(r => r.StatusNotStated),
        };
    }

    /// <summary>The counts by status of some items (a category's, a severity's), under <paramref name="category"/>.</summary>
    internal static DebtSummaryRow Row(DebtCategory category, IReadOnlyCollection<DebtItem> items) => new()
    {
        Category = category,
        Open = items.Count(i => i.Status == DebtStatus.Open),
        Mitigated = items.Count(i => i.Status == DebtStatus.Mitigated),
        Accepted = items.Count(i => i.Status == DebtStatus.Accepted),
        OtherStatus = items.Count(i => i.Status is { IsWellKnown: false }),
        StatusNotStated = items.Count(i => i.Status is null),
    };

    /// <summary>One row per category, in category order.</summary>
    public IReadOnlyList<DebtSummaryRow> Rows { get; }

    /// <summary>Item counts per severity.</summary>
    public IReadOnlyDictionary<Severity, int> BySeverity { get; }

    /// <summary>Items whose severity is not stated.</summary>
    public int SeverityNotStated { get; }

    /// <summary>Totals over all categories (its <see cref="DebtSummaryRow.Category"/> is meaningless).</summary>
    public DebtSummaryRow Totals { get; }

    /// <summary>"15 items: 11 open, 4 mitigated, 0 accepted", then other and unstated statuses when there are any.</summary>
    public override string ToString()
        => $"{Totals.Total} items: {Totals.Open} open, {Totals.Mitigated} mitigated, {Totals.Accepted} accepted"
           + (Totals.OtherStatus > 0 ? $", {Totals.OtherStatus} with another status" : string.Empty)
           + (Totals.StatusNotStated > 0 ? $", {Totals.StatusNotStated} with status not stated" : string.Empty);
}
