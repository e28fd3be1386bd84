using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// A number with what it measures, as written: [metric] [comparison] number[magnitude] [unit], e.g. "AUC 0.94",
/// "MAE 2.1 min", "MAPE 8 %", "p95 latency &lt; 5 ms", "2M events/day", "~500K events/sec".
/// The metric is the words before the number (a leading "p95" gives <see cref="Percentile"/>); the comparison is one
/// of &lt; &lt;= &gt; &gt;= = ≤ ≥, or "~" for an approximate value; the magnitude is k/K (thousand), M (million) or
/// B (billion); the unit is the words after the number and holds no digit. <see cref="StatedValue.Text"/> keeps the text as written.
/// </summary>
public sealed partial record Quantity : StatedValue
{
    private Quantity(string text) : base(text) { }

    /// <summary>What is measured, e.g. "MAE" or "p95 latency"; null when the text starts with the number.</summary>
    public string? Metric { get; private init; }

    /// <summary>The percentile named in the metric ("p95" gives 95), or null.</summary>
    public double? Percentile { get; private init; }

    /// <summary>The comparison written before the number ("&lt; 5 ms"), or null for a plain value.</summary>
    public Comparison? Comparison { get; private init; }

    /// <summary>Whether the value is approximate ("~2 min").</summary>
    public bool IsApproximate { get; private init; }

    /// <summary>The number as written, before its magnitude ("2" in "2M events/day").</summary>
    public double Number { get; private init; }

    /// <summary>The value with its magnitude applied ("2M" gives 2,000,000).</summary>
    public double Value { get; private init; }

    /// <summary>The unit words after the number ("min", "%", "events/day"), or null.</summary>
    public string? Unit { get; private init; }

    /// <inheritdoc/>
    public override bool IsTyped => true;

    /// <summary>The value as a duration when the unit is a time unit ("5 ms", "4 h", "2.1 min").</summary>
    public override TimeSpan? Duration
        => Unit is not null && Value >= 0 && DurationText.TryParse(Value.ToString("R", CultureInfo.InvariantCulture) + " " + Unit, out var d) ? d : null;

    /// <summary>Whether a measured value satisfies this quantity's comparison ("&lt; 5 ms" holds for 4); false without a comparison.</summary>
    public bool IsSatisfiedBy(double measured) => Comparison is { } c && c.Holds(measured, Value);

    /// <summary>A duration in compact units: "250 ms", "4 h".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public static Quantity Of(TimeSpan duration) => TryRead(DurationText.Format(DurationText.RequireNonNegative(duration, "A duration")))!;

    /// <summary>A number with an optional unit and metric, written "metric number unit" ("AUC 0.94", "8 %").</summary>
    /// <exception cref="ArgumentException">A non-finite value, or a metric or unit the text form cannot tell apart.</exception>
    public static Quantity Of(double value, string? unit = null, string? metric = null)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"Quantity value {value} must be a finite number.", nameof(value));
        var number = value.ToString("R", CultureInfo.InvariantCulture);
        // A bare number (most often a baseline or a current value) is read without the grammar: it reads back as itself
        // unless it has an exponent ("1E+20"), which the grammar has no place for.
        if (string.IsNullOrWhiteSpace(metric) && string.IsNullOrWhiteSpace(unit) && !number.Contains('E', StringComparison.Ordinal))
            return new Quantity(number) { Number = value, Value = value };
        var text = (string.IsNullOrWhiteSpace(metric) ? string.Empty : metric.Trim() + " ") + number
                   + (string.IsNullOrWhiteSpace(unit) ? string.Empty : " " + unit.Trim());
        var q = TryRead(Freshness.Normalize(text));
        if (q is null || q.Value != value)
            throw new ArgumentException($"Quantity '{text}' would read back differently; check the metric and the unit.", nameof(metric));
        return q;
    }

    /// <summary>Parses a quantity (see the type's grammar).</summary>
    /// <exception cref="FormatException">The text is not a quantity; the message names it.</exception>
    public static new Quantity Parse(string text)
        => TryParse(text, out var quantity)
            ? quantity
            : throw new FormatException($"'{text}' is not a quantity; write [metric] [comparison] number [unit], e.g. \"AUC 0.94\", \"MAE 2.1 min\", \"p95 latency < 5 ms\" or \"2M events/day\".");

    /// <summary>Tries to parse a quantity; false for empty, malformed or wordy text.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? quantity)
    {
        quantity = string.IsNullOrWhiteSpace(text) ? null : TryRead(Freshness.Normalize(text));
        return quantity is not null;
    }

    internal static Quantity? TryRead(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var metric = m.Groups["m"].Value.Trim();
        var unit = m.Groups["u"].Value.Trim();
        // A metric is words: one that holds a bare number ("MAE 2.1 min 3") is not a quantity's.
        if (metric.Length > 0 && (!metric.Any(char.IsLetter) || metric.EndsWith('-') || metric.EndsWith('+')
                                  || metric.Split(' ').Any(w => BareNumber().IsMatch(w)))) return null;
        if (!TryNumber(m.Groups["n"].Value, m.Groups["k"].Value, out var number, out var value)) return null;
        Comparison? comparison = null;
        var op = m.Groups["op"].Value;
        if (op.Length > 0 && op != "~")
        {
            if (!ComparisonText.TryParse(op, out var c)) return null;
            comparison = c;
        }
        return new Quantity(text)
        {
            Metric = metric.TrimEnd(':').Trim() is { Length: > 0 } name ? name : null,
            Percentile = PercentileOf(metric),
            Comparison = comparison,
            IsApproximate = op == "~",
            Number = number,
            Value = value,
            Unit = unit.Length == 0 ? null : unit,
        };
    }

    internal static bool TryNumber(string digits, string magnitude, out double number, out double value)
    {
        value = 0;
        if (!double.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)) return false;
        value = number * magnitude switch { "k" or "K" => 1e3, "M" => 1e6, "B" => 1e9, _ => 1 };
        return true;
    }

    private static double? PercentileOf(string metric)
    {
        var p = PercentilePattern().Match(metric);
        return p.Success && double.TryParse(p.Groups["p"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 100 ? v : null;
    }

    // metric: words that do not end in a digit run glued to the number; unit: no digits at all.
    [GeneratedRegex(@"^(?:(?<m>[^<>=≤≥~]*?)\s+|(?<m>[^<>=≤≥~]*?)\s*(?=[<>=≤≥~]))?(?<op><=|>=|==|<|>|=|≤|≥|~)?\s*(?<n>[-+]?\d+(?:\.\d+)?)(?<k>[kKMB](?![A-Za-z]))?(?:\s*(?<u>[^\d\s.,;:/][^\d]*))?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[-+~]?\d+(?:[.,]\d+)?[kKMB]?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^[Pp](?<p>\d{1,2}(?:\.\d+)?)\b")]
    private static partial Regex PercentilePattern();
}
