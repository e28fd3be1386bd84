using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>A serving-latency target such as "P95 &lt; 250 ms" (percentile optional).</summary>
public sealed partial record LatencyTarget
{
    /// <summary>Creates a target.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative limit or percentile outside (0, 100].</exception>
    public LatencyTarget(TimeSpan limit, int? percentile = null)
    {
        Limit = DurationText.RequireNonNegative(limit, "A latency target");
        if (percentile is <= 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "A latency percentile lies in 1..100.");
        Percentile = percentile;
    }

    /// <summary>The latency limit.</summary>
    public TimeSpan Limit { get; }

    /// <summary>The percentile (95 for P95), or null for every request.</summary>
    public int? Percentile { get; }

    /// <summary>Parses "P95 &lt; 250 ms" or "&lt; 10 ms": an optional percentile in 1..100, "&lt;" and a duration.</summary>
    /// <exception cref="FormatException">Not a latency target.</exception>
    public static LatencyTarget Parse(string text)
        => TryParse(text, out var target) ? target : throw new FormatException($"'{text}' is not a latency target; write e.g. \"P95 < 250 ms\" or \"< 10 ms\".");

    /// <summary>Tries to parse a latency target (see <see cref="Parse"/>); false for malformed text or a percentile outside 1..100.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LatencyTarget? target)
    {
        target = null;
        var m = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!m.Success || !DurationText.TryParse(m.Groups["d"].Value, out var limit)) return false;
        int? percentile = null;
        if (m.Groups["p"].Success)
        {
            if (!int.TryParse(m.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is <= 0 or > 100) return false;
            percentile = p;
        }
        target = new LatencyTarget(limit, percentile);
        return true;
    }

    /// <summary>"P95 &lt; 250 ms".</summary>
    public override string ToString() => (Percentile is { } p ? "P" + p.ToString(CultureInfo.InvariantCulture) + " " : string.Empty) + "< " + DurationText.Format(Limit);

    [GeneratedRegex(@"^([Pp](?<p>\d+)\s*)?<\s*(?<d>.+)$")]
    private static partial Regex Pattern();
}
