namespace RadAi.Dsl;

/// <summary>How one debt item worsens another (the example's debt dependency map).</summary>
/// <param name="From">The causing item's id.</param>
/// <param name="To">The affected item's id.</param>
/// <param name="Effect">How, e.g. "schema breaks cascade to".</param>
public sealed record DebtInteraction(string From, string To, string? Effect = null) : RadAiRecord;
