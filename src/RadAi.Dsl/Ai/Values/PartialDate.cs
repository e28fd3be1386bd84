using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>How precisely a <see cref="PartialDate"/> is stated.</summary>
public enum DatePrecision
{
    /// <summary>A year: "2022".</summary>
    Year,
    /// <summary>A quarter: "2024-Q3".</summary>
    Quarter,
    /// <summary>A month: "2025-01".</summary>
    Month,
    /// <summary>A day: "2025-01-15".</summary>
    Day,
}

/// <summary>
/// A date as precise as the source states it, kept as written: "2022", "2024-Q3", "2025-01", "2025-01-15", each with
/// an optional qualifier in parentheses ("2022 (inferred)"). Nothing is filled in: "2022" is a year, never 1 January.
/// </summary>
/// <example><code>var trained = PartialDate.Parse("2022 (inferred)"); // Year 2022, Qualifier "inferred"</code></example>
public sealed partial record PartialDate
{
    private PartialDate(string text) => Text = text;

    /// <summary>The date as written (trimmed, whitespace runs as one space).</summary>
    public string Text { get; }

    /// <summary>The year.</summary>
    public int Year { get; private init; }

    /// <summary>The quarter (1–4) when stated as one.</summary>
    public int? Quarter { get; private init; }

    /// <summary>The month (1–12) when stated.</summary>
    public int? Month { get; private init; }

    /// <summary>The day of the month when stated.</summary>
    public int? Day { get; private init; }

    /// <summary>How precisely the date is stated.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : Quarter is not null ? DatePrecision.Quarter : DatePrecision.Year;

    /// <summary>The words in parentheses after the date ("inferred"), or null.</summary>
    public string? Qualifier { get; private init; }

    /// <summary>The first day the stated period covers (for ordering; not a stated day unless <see cref="Precision"/> is <see cref="DatePrecision.Day"/>).</summary>
    public DateOnly Start => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, 1),
        DatePrecision.Quarter => new DateOnly(Year, (Quarter!.Value - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day the stated period covers.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>A day, written "yyyy-MM-dd".</summary>
    public static implicit operator PartialDate(DateOnly day)
        => new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { Year = day.Year, Month = day.Month, Day = day.Day };

    /// <summary>Parses "2022", "2024-Q3", "2025-01" or "2025-01-15", each optionally followed by "(qualifier)".</summary>
    /// <exception cref="FormatException">The text is none of them or names no real date; the message names the text.</exception>
    public static PartialDate Parse(string text)
        => TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date; write \"2022\", \"2024-Q3\", \"2025-01\" or \"2025-01-15\", optionally with a qualifier such as \"2022 (inferred)\".");

    /// <summary>Tries to parse a date (see <see cref="Parse"/>); false for malformed text or a date that does not exist.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = Freshness.Normalize(text);
        var m = Pattern().Match(t);
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? quarter = m.Groups["q"].Success ? int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) : null;
        int? month = m.Groups["mo"].Success ? int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))) return false;
        var qualifier = m.Groups["qual"].Success ? m.Groups["qual"].Value.Trim() : null;
        if (qualifier is { Length: 0 }) return false;
        date = new PartialDate(t) { Year = year, Quarter = quarter, Month = month, Day = day, Qualifier = qualifier };
        return true;
    }

    /// <summary>The date as written.</summary>
    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:Q(?<q>[1-4])|(?<mo>\d{2})(?:-(?<d>\d{2}))?))?(?:\s*\((?<qual>[^()]*)\))?$")]
    private static partial Regex Pattern();
}
