using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>
/// A limit on a metric, e.g. "PSI &gt; 0.2", "&lt; 250 ms", "accuracy &lt; 0.85", "&gt; 5 % sustained 3 days";
/// or words when the source states it without a number (<see cref="AsWritten"/>: "significant distribution shift").
/// <see cref="object.ToString"/> gives the text with the number as written ("0.90" stays "0.90") and <see cref="Parse"/> reads a typed threshold back to an equal value.
/// </summary>
public sealed partial record Threshold
{
    private const string Example = "\"PSI > 0.2\", \"< 250 ms\" or \"> 5 % sustained 3 days\"";
    private static readonly HashSet<string> KnownUnits = new(StringComparer.Ordinal) { "%", "ms", "s", "min", "h", "d", "x" };
    private static readonly SearchValues<char> ComparisonCharacters = SearchValues.Create("<>=≤≥");

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
        if (!ReadsBackAsGiven() && TryRead(ToString()) != this)
            throw new ArgumentException($"Threshold '{this}' would read back differently; check the metric name and qualifier.", nameof(metric));
    }

    // Parts that always read back as given, known without parsing the text (most thresholds): a known comparison, a
    // metric without a comparison sign, a number without an exponent (the grammar has none), no qualifier (which could
    // start like a unit). Anything else is read back from its text.
    private bool ReadsBackAsGiven()
    {
        Span<char> number = stackalloc char[32];
        return Qualifier is null
               && ComparisonText.TryParse(Comparison.Symbol(), out var read) && read == Comparison
               && (Metric is null || !Metric.AsSpan().ContainsAny(ComparisonCharacters))
               && Value.TryFormat(number, out var length, "R", CultureInfo.InvariantCulture) && !number[..length].Contains('E');
    }

    private Threshold(string words) => Words = words;

    // The number as parsed when it differs from the shortest form of Value ("0.90"), so it is shown as written; null otherwise.
    private string? WrittenNumber { get; init; }

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

    /// <summary>The threshold in words (<see cref="AsWritten"/>); null for typed thresholds.</summary>
    public string? Words { get; }

    /// <summary>Whether the threshold is typed (has a comparison and a number); false for one kept <see cref="AsWritten"/>.</summary>
    public bool IsTyped => Words is null;

    /// <summary>"PSI &gt; 0.2" style text.</summary>
    public static Threshold Above(string? metric, double value, string? unit = null) => new(metric, Comparison.GreaterThan, value, unit);

    /// <summary>"accuracy &lt; 0.85" style text.</summary>
    public static Threshold Below(string? metric, double value, string? unit = null) => new(metric, Comparison.LessThan, value, unit);

    /// <summary>
    /// A threshold the source states in words, kept as written (trimmed, whitespace runs as one space) and not typed:
    /// "MAE-based, per market". It never crosses (<see cref="IsCrossedBy"/> is false) and inspections report it as untyped.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static Threshold AsWritten(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("A threshold in words needs text, e.g. \"MAE-based, per market\".", nameof(text));
        return new Threshold(Freshness.Normalize(text));
    }

    /// <summary>Whether a measured value crosses this threshold (false for thresholds in words).</summary>
    public bool IsCrossedBy(double measured) => IsTyped && Comparison.Holds(measured, Value);

    /// <summary>Parses a typed threshold: [metric] comparison number [unit] [qualifier], e.g. "PSI &gt; 0.2".</summary>
    /// <exception cref="FormatException">The text is not a typed threshold (words go through <see cref="AsWritten"/>).</exception>
    public static Threshold Parse(string text)
        => TryParse(text, out var threshold)
            ? threshold
            : throw new FormatException($"'{text}' is not a threshold; write it as {Example}, or keep words with Threshold.AsWritten.");

    /// <summary>Tries to parse a typed threshold (see <see cref="Parse"/>); false for words and malformed text.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Threshold? threshold)
    {
        threshold = string.IsNullOrWhiteSpace(text) ? null : TryRead(Freshness.Normalize(text));
        return threshold is not null;
    }

    /// <summary>Stored text read back: the typed threshold when it parses, else the words as written.</summary>
    /// <exception cref="FormatException">The text is empty.</exception>
    internal static Threshold ReadStored(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("A threshold needs text, e.g. \"PSI > 0.2\".");
        return TryParse(text, out var threshold) ? threshold : AsWritten(text);
    }

    private static Threshold? TryRead(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success || !ComparisonText.TryParse(m.Groups["op"].Value, out var op)
            || !double.TryParse(m.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        var metric = m.Groups["m"].Value.Trim();
        if (metric.AsSpan().ContainsAny(ComparisonCharacters)) return null;
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
            // A word of letters and digits right after the number is a unit mistyped ("5 sec0nds"), not a qualifier.
            else if (first.Any(char.IsDigit) && first.Any(char.IsLetter)) return null;
        }
        var number = m.Groups["v"].Value;
        return new Threshold(metric.Length == 0 ? null : metric, op, value, unit, rest.Length == 0 ? null : rest, parsed: true)
        {
            WrittenNumber = number == Shortest(value) ? null : number,
        };
    }

    // Parsed parts already read back equal: the public constructor's round-trip check would parse the same text again.
    private Threshold(string? metric, Comparison comparison, double value, string? unit, string? qualifier, bool parsed)
    {
        _ = parsed;
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
        var text = (Metric is null ? string.Empty : Metric + " ") + Comparison.Symbol() + " " + (WrittenNumber ?? Shortest(Value));
        if (Unit is not null) text += " " + Unit;
        if (Qualifier is not null) text += " " + Qualifier;
        return text;
    }

    private static string Shortest(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<m>[^<>=≤≥]*?)\s*(?<op><=|>=|==|<|>|=|≤|≥)\s*(?<v>-?\d+(\.\d+)?)(?<rest>(\s.*)?)$")]
    private static partial Regex Pattern();
}
