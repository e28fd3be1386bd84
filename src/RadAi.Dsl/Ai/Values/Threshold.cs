using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl.Ai;

/// <summary>
/// A limit on a metric, e.g. "PSI &gt; 0.2", "&lt; 250 ms", "accuracy &lt; 0.85", "&gt; 5 % sustained 3 days";
/// or words when the source states it without a number ("significant distribution shift").
/// <see cref="object.ToString"/> gives the canonical text and <see cref="Parse"/> reads it back to an equal value.
/// </summary>
public sealed partial record Threshold
{
    private static readonly HashSet<string> KnownUnits = new(StringComparer.Ordinal) { "%", "ms", "s", "min", "h", "d", "x" };
    private static readonly SearchValues<char> ComparisonCharacters = SearchValues.Create("<>=≤≥");

    // Whether a typed threshold reads back equal from its text depends only on its five parts, and a model repeats the
    // same few thresholds thousands of times (every drift monitor "PSI > 0.2"): the answer is kept instead of parsing
    // the text again. Bounded, so a model with ever-new thresholds does not grow it without end.
    private static readonly BoundedMemo<(string? Metric, Comparison Comparison, long Value, string? Unit, string? Qualifier), bool> RoundTrips = new(4096);

    /// <summary>Creates a typed threshold.</summary>
    /// <param name="metric">The metric compared (optional, e.g. "PSI").</param>
    /// <param name="comparison">How the metric compares to the value.</param>
    /// <param name="value">The limit.</param>
    /// <param name="unit">The unit of the value: "%", "ms", "s", "min", "h", "d", "x" or none.</param>
    /// <param name="qualifier">Words after the value, e.g. "sustained for 3 checks".</param>
    /// <exception cref="ArgumentException">An unknown unit, a non-finite value, or a metric/qualifier the text form cannot tell apart.</exception>
    public Threshold(string? metric, Comparison comparison, double value, string? unit = null, string? qualifier = null)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"Threshold value {value} must be a finite number.", nameof(value));
        if (unit is not null && !KnownUnits.Contains(unit))
            throw new ArgumentException($"Threshold unit '{unit}' is not one of {string.Join(", ", KnownUnits)}; put other words in the qualifier.", nameof(unit));
        Metric = string.IsNullOrWhiteSpace(metric) ? null : metric.Trim();
        Comparison = comparison;
        Value = value;
        Unit = unit;
        Qualifier = string.IsNullOrWhiteSpace(qualifier) ? null : qualifier.Trim();
        if (!ReadsBack())
            throw new ArgumentException($"Threshold '{this}' would read back differently; check the metric name and qualifier.", nameof(metric));
    }

    private Threshold(string words) => Words = words;

    private bool ReadsBack()
    {
        var key = (Metric, Comparison, BitConverter.DoubleToInt64Bits(Value), Unit, Qualifier);
        return RoundTrips.Get(key, this, static threshold => Parse(threshold.ToString()) == threshold);
    }

    /// <summary>The metric compared, if named.</summary>
    public string? Metric { get; }

    /// <summary>The comparison (meaningless when <see cref="Words"/> is set).</summary>
    public Comparison Comparison { get; }

    /// <summary>The limit (meaningless when <see cref="Words"/> is set).</summary>
    public double Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public string? Unit { get; }

    /// <summary>Words after the value, e.g. "sustained for 3 checks".</summary>
    public string? Qualifier { get; }

    /// <summary>The threshold in words when no typed form fits; null for typed thresholds.</summary>
    public string? Words { get; }

    /// <summary>Whether the threshold is typed (has a comparison and a number).</summary>
    public bool IsTyped => Words is null;

    /// <summary>"PSI &gt; 0.2" style text.</summary>
    public static Threshold Above(string? metric, double value, string? unit = null) => new(metric, Comparison.GreaterThan, value, unit);

    /// <summary>"accuracy &lt; 0.85" style text.</summary>
    public static Threshold Below(string? metric, double value, string? unit = null) => new(metric, Comparison.LessThan, value, unit);

    /// <summary>Whether a measured value crosses this threshold (false for worded thresholds).</summary>
    public bool IsCrossedBy(double measured) => IsTyped && Comparison.Holds(measured, Value);

    /// <summary>Parses canonical text; text without a comparison and number is kept as words.</summary>
    /// <exception cref="FormatException">The text is empty.</exception>
    public static Threshold Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("A threshold needs text, e.g. \"PSI > 0.2\".");
        var t = Freshness.Normalize(text);
        var m = Pattern().Match(t);
        if (m.Success && ComparisonText.TryParse(m.Groups["op"].Value, out var op)
            && double.TryParse(m.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var metric = m.Groups["m"].Value.Trim();
            var rest = m.Groups["rest"].Value.Trim();
            string? unit = null;
            if (rest.Length > 0)
            {
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                var first = space < 0 ? rest : rest[..space];
                if (KnownUnits.Contains(first))
                {
                    unit = first;
                    rest = rest[first.Length..].Trim();
                }
            }
            if (!metric.AsSpan().ContainsAny(ComparisonCharacters))
                return new Threshold(metric.Length == 0 ? null : metric, op, value, unit, rest.Length == 0 ? null : rest, skipCheck: true);
        }
        return new Threshold(t);
    }

    private Threshold(string? metric, Comparison comparison, double value, string? unit, string? qualifier, bool skipCheck)
    {
        _ = skipCheck;
        Metric = metric;
        Comparison = comparison;
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Words is not null) return Words;
        var text = (Metric is null ? string.Empty : Metric + " ") + Comparison.Symbol() + " " + Value.ToString("R", CultureInfo.InvariantCulture);
        if (Unit is not null) text += " " + Unit;
        if (Qualifier is not null) text += " " + Qualifier;
        return text;
    }

    [GeneratedRegex(@"^(?<m>[^<>=≤≥]*?)\s*(?<op><=|>=|==|<|>|=|≤|≥)\s*(?<v>-?\d+(\.\d+)?)(?<rest>(\s.*)?)$")]
    private static partial Regex Pattern();
}
