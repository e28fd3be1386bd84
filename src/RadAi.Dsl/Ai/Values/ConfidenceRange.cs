using System.Globalization;

namespace RadAi.Dsl;

/// <summary>The expected confidence interval of a non-deterministic output, within [0, 1].</summary>
/// <example><code>var range = new ConfidenceRange(0.60, 0.98); // "0.60–0.98"</code></example>
public sealed record ConfidenceRange
{
    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound lies outside [0, 1] or min is above max.</exception>
    public ConfidenceRange(double min, double max)
    {
        if (double.IsNaN(min) || min < 0 || min > 1)
            throw new ArgumentOutOfRangeException(nameof(min), min, $"Confidence minimum {Format(min)} must lie within [0, 1].");
        if (double.IsNaN(max) || max < 0 || max > 1)
            throw new ArgumentOutOfRangeException(nameof(max), max, $"Confidence maximum {Format(max)} must lie within [0, 1].");
        if (min > max)
            throw new ArgumentOutOfRangeException(nameof(min), min, $"Confidence minimum {Format(min)} is above the maximum {Format(max)}; swap them.");
        Min = min;
        Max = max;
    }

    /// <summary>The lowest expected confidence.</summary>
    public double Min { get; }

    /// <summary>The highest expected confidence.</summary>
    public double Max { get; }

    /// <summary>Whether a confidence value lies in the range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>Canonical text, e.g. "0.60–0.98" (en dash, two decimals at least, invariant culture).</summary>
    public override string ToString() => Format(Min) + "–" + Format(Max);

    /// <summary>Parses "0.60–0.98", "0.60-0.98", "0.60--0.98" or "0.60 to 0.98": two numbers within [0, 1], the lower first.</summary>
    /// <exception cref="FormatException">The text is not such a range.</exception>
    public static ConfidenceRange Parse(string text)
    {
        if (TryParse(text, out var range)) return range;
        var why = TryReadBounds(text, out var min, out var max) ? ": " + Problem(min, max) : string.Empty;
        throw new FormatException($"'{text}' is not a confidence range{why}; write it as \"0.60–0.98\", two numbers within [0, 1], the lower first.");
    }

    /// <summary>Tries to parse a range (see <see cref="Parse"/>); false for malformed text, bounds outside [0, 1] or reversed bounds.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConfidenceRange? range)
    {
        range = TryReadBounds(text, out var min, out var max) && Problem(min, max) is null ? new ConfidenceRange(min, max) : null;
        return range is not null;
    }

    private static bool TryReadBounds(string? text, out double min, out double max)
    {
        min = max = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().Replace("--", "–", StringComparison.Ordinal).Replace(" to ", "–", StringComparison.Ordinal).Replace('—', '–');
        var dash = t.IndexOf('–', StringComparison.Ordinal);
        if (dash < 0) dash = t.IndexOf('-', 1);
        if (dash <= 0) return false;
        return double.TryParse(t[..dash].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out min)
               && double.TryParse(t[(dash + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out max);
    }

    private static string? Problem(double min, double max)
    {
        if (double.IsNaN(min) || min < 0 || min > 1) return $"minimum {Format(min)} must lie within [0, 1]";
        if (double.IsNaN(max) || max < 0 || max > 1) return $"maximum {Format(max)} must lie within [0, 1]";
        return min > max ? $"minimum {Format(min)} is above the maximum {Format(max)}" : null;
    }

    internal static string Format(double value) => value.ToString(value * 100 % 1 == 0 ? "0.00" : "0.00##", CultureInfo.InvariantCulture);
}
