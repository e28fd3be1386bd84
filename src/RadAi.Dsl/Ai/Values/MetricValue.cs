using System.Globalization;

namespace RadAi.Dsl;

/// <summary>A named metric and its value as stated ("AUC: 0.95", "MAE: ~2 min", "recall: 0.94").</summary>
/// <param name="Name">The metric name.</param>
/// <param name="Value">The value as text; <see cref="Number"/> reads it when it is a plain number.</param>
public sealed record MetricValue(string Name, string Value)
{
    /// <summary>The value as a number when it is one (invariant culture), else null.</summary>
    public double? Number => double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Creates a metric with a numeric value.</summary>
    public static MetricValue Of(string name, double value) => new(name, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Parses "name: value" (also "name=value"); both parts non-empty.</summary>
    /// <exception cref="FormatException">No separator, or an empty name or value.</exception>
    public static MetricValue Parse(string text)
        => TryParse(text, out var metric) ? metric : throw new FormatException($"'{text}' is not a metric; write it as \"name: value\", e.g. \"AUC: 0.95\".");

    /// <summary>Tries to parse a metric (see <see cref="Parse"/>); false without a separator or with an empty name or value.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MetricValue? metric)
    {
        metric = null;
        if (text is null) return false;
        var at = text.IndexOf(':', StringComparison.Ordinal);
        if (at < 0) at = text.IndexOf('=', StringComparison.Ordinal);
        if (at < 0) return false;
        var name = text[..at].Trim();
        var value = text[(at + 1)..].Trim();
        if (name.Length == 0 || value.Length == 0) return false;
        metric = new MetricValue(name, value);
        return true;
    }

    /// <summary>"name: value".</summary>
    public override string ToString() => Name + ": " + Value;
}
