using System.Globalization;
using Humanizer;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// A typed <see cref="Freshness"/> as words for a reader: "under 5 seconds", "daily", "every 15 minutes",
/// "on catalog change", "online: under 5 seconds; offline: daily". Durations go through <see cref="Words.Duration"/>.
/// </summary>
internal static class FreshnessWords
{
    public static string Of(Freshness? freshness) => freshness switch
    {
        null => string.Empty,
        BoundedFreshness b => (b.Comparison == Comparison.AtMost ? "at most " : "under ") + Words.Duration(b.Limit) + (b.Qualifier is null ? string.Empty : " " + b.Qualifier),
        CadenceFreshness { Count: 1, Period: not CadencePeriod.Minute } c => c.ToString(),
        CadenceFreshness c => "every " + Period(c.Period).ToQuantity(c.Count),
        FreshnessRange r => Of(r.From) + " to " + Of(r.To),
        PerModeFreshness p => string.Join("; ", p.Modes.Select(m => m.Mode + ": " + Of(m.Freshness))),
        _ => freshness.ToString(),
    };

    private static string Period(CadencePeriod period) => period.ToString().ToLower(CultureInfo.InvariantCulture);
}
