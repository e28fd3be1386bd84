using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>Compact, culture-independent text for durations: "250 ms", "5 s", "15 min", "2 h", "7 d".</summary>
public static partial class DurationText
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)), ("min", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Formats a duration in the largest unit that divides it exactly (milliseconds with decimals otherwise).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero) return "0 s";
        foreach (var (unit, size) in Units)
            if (duration.Ticks % size.Ticks == 0)
                return (duration.Ticks / size.Ticks).ToString(CultureInfo.InvariantCulture) + " " + unit;
        return duration.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
    }

    /// <summary>Parses "5 s", "5s", "250ms", "1.5 h", "15 minutes", "2 days", "1 week".</summary>
    /// <exception cref="FormatException">The text is not a duration.</exception>
    public static TimeSpan Parse(string text)
        => TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a duration; write e.g. \"5 s\", \"15 min\", \"2 h\" or \"7 d\".");

    /// <summary>Tries to parse a duration (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is null) return false;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;
        var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var unit = m.Groups["u"].Value.ToLowerInvariant();
        TimeSpan? size = unit switch
        {
            "ms" or "millisecond" or "milliseconds" => TimeSpan.FromMilliseconds(1),
            "s" or "sec" or "secs" or "second" or "seconds" => TimeSpan.FromSeconds(1),
            "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(1),
            "h" or "hr" or "hrs" or "hour" or "hours" => TimeSpan.FromHours(1),
            "d" or "day" or "days" => TimeSpan.FromDays(1),
            "w" or "week" or "weeks" => TimeSpan.FromDays(7),
            _ => null,
        };
        if (size is null) return false;
        // A duration longer than a TimeSpan holds (about 29,000 years) is no duration, not a wrapped-around negative one.
        var ticks = Math.Round(value * size.Value.Ticks);
        if (!(ticks < long.MaxValue)) return false;
        duration = TimeSpan.FromTicks((long)ticks);
        return true;
    }

    /// <summary>Throws when a duration is negative, naming what it belongs to.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public static TimeSpan RequireNonNegative(TimeSpan duration, string what)
        => duration < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(duration), duration, $"{what} must not be negative (got {duration}).")
            : duration;

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<u>[A-Za-z]+)$")]
    private static partial Regex Pattern();
}
