using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// A range as written: [metric] low separator high [unit], e.g. "2–4 h", "0.4–0.6", "5--10 %", "2 h to 4 h",
/// "latency 100-200 ms". The separator is "–", "—", "--", "-" or " to "; a unit after the high end applies to the low
/// end too. The low end is not above the high end. <see cref="StatedValue.Text"/> keeps the text as written.
/// </summary>
public sealed partial record ValueRange : StatedValue
{
    private ValueRange(string text, Quantity low, Quantity high) : base(text)
    {
        Low = low;
        High = high;
    }

    /// <summary>What is measured, or null.</summary>
    public string? Metric { get; private init; }

    /// <summary>The low end (with the range's unit).</summary>
    public Quantity Low { get; }

    /// <summary>The high end (with the range's unit).</summary>
    public Quantity High { get; }

    /// <summary>The unit of the high end ("h" in "2–4 h"), or null.</summary>
    public string? Unit => High.Unit;

    /// <inheritdoc/>
    public override bool IsTyped => true;

    /// <summary>Whether a value lies in the range, ends included (values in the range's unit).</summary>
    public bool Contains(double value) => value >= Low.Value && value <= High.Value;

    /// <summary>Parses a range (see the type's grammar).</summary>
    /// <exception cref="FormatException">The text is not a range or its low end is above its high end; the message names the text.</exception>
    public static new ValueRange Parse(string text)
        => TryParse(text, out var range)
            ? range
            : throw new FormatException($"'{text}' is not a range; write [metric] low–high [unit], e.g. \"2–4 h\" or \"0.4–0.6\", the lower first.");

    /// <summary>Tries to parse a range; false for malformed text or reversed ends.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ValueRange? range)
    {
        range = string.IsNullOrWhiteSpace(text) ? null : TryRead(Freshness.Normalize(text));
        return range is not null;
    }

    internal static ValueRange? TryRead(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var metric = m.Groups["m"].Value.Trim();
        if (metric.Length > 0 && !metric.Any(char.IsLetter)) return null;
        var highUnit = m.Groups["hu"].Value.Trim();
        var lowUnit = m.Groups["lu"].Value.Trim();
        if (lowUnit.Length == 0) lowUnit = highUnit;
        var low = Quantity.TryRead(Join(m.Groups["lo"].Value, lowUnit));
        var high = Quantity.TryRead(Join(m.Groups["hi"].Value, highUnit));
        if (low is null || high is null || low.Comparison is not null || high.Comparison is not null) return null;
        var lowDuration = low.Duration;
        var highDuration = high.Duration;
        var reversed = lowDuration is { } ld && highDuration is { } hd ? ld > hd : low.Value > high.Value;
        if (reversed) return null;
        return new ValueRange(text, low, high) { Metric = metric.TrimEnd(':').Trim() is { Length: > 0 } name ? name : null };
    }

    private static string Join(string number, string unit) => unit.Length == 0 ? number : number + " " + unit;

    // low unit: words without digits or dashes; high unit: words without digits.
    [GeneratedRegex(@"^(?:(?<m>.*?[^\d\s.+\-–—])\s+)?(?<lo>[-+]?\d+(?:\.\d+)?[kKMB]?)\s*(?<lu>[^\d\s\-–—.,;:/][^\d\-–—]*?)?\s*(?:–|—|--|-| to )\s*(?<hi>[+]?\d+(?:\.\d+)?[kKMB]?)\s*(?<hu>[^\d\s.,;:/][^\d]*)?$")]
    private static partial Regex Pattern();
}
