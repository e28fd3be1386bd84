using System.Diagnostics.CodeAnalysis;

namespace RadAi.Dsl;

/// <summary>
/// A value as an architect writes it, kept exactly as written (<see cref="Text"/>, also <see cref="ToString"/>) and
/// typed where the text parses: a <see cref="Quantity"/> ("MAE 2.1 min", "p95 latency &lt; 5 ms", "2M events/day"),
/// a <see cref="ValueRange"/> ("2–4 h", "0.4–0.6") or a <see cref="TieredValue"/> ("P1: 5 min / P2: 30 min").
/// Words no typed form fits ("immediate", "minutes; varies", "per batch") are kept by the explicit
/// <see cref="AsWritten"/> as a <see cref="QualitativeValue"/>.
/// </summary>
/// <example><code>
/// StatedValue sla = StatedValue.Parse("P1: 5 min / P2: 30 min"); // TieredValue
/// StatedValue now = StatedValue.AsWritten("immediate");           // QualitativeValue, never "0 s"
/// StatedValue four = TimeSpan.FromHours(4);                       // Quantity "4 h"
/// </code></example>
public abstract record StatedValue
{
    private protected StatedValue(string text) => Text = text;

    /// <summary>The value as written (trimmed, whitespace runs as one space).</summary>
    public string Text { get; }

    /// <summary>Whether the text parsed into a typed form; false for a <see cref="QualitativeValue"/>.</summary>
    public abstract bool IsTyped { get; }

    /// <summary>The value as a duration when it is a single quantity in a time unit ("4 h", "250 ms"); otherwise null.</summary>
    public virtual TimeSpan? Duration => null;

    /// <summary>The value as written.</summary>
    public sealed override string ToString() => Text;

    /// <summary>A duration as a quantity in compact units ("250 ms", "4 h").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public static implicit operator StatedValue(TimeSpan duration) => Quantity.Of(duration);

    /// <summary>A plain number as a quantity ("0.94", "180").</summary>
    /// <exception cref="ArgumentException">The number is not finite.</exception>
    public static implicit operator StatedValue(double number) => Quantity.Of(number);

    /// <summary>Parses a typed value: tiers ("P1: 5 min / P2: 30 min"), a range ("2–4 h") or a quantity ("AUC 0.94").</summary>
    /// <exception cref="FormatException">The text is none of them (words go through <see cref="AsWritten"/>); the message names the text.</exception>
    public static StatedValue Parse(string text)
        => TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a typed value; write a quantity (\"MAE 2.1 min\", \"p95 latency < 5 ms\"), a range (\"2–4 h\") or tiers (\"P1: 5 min / P2: 30 min\"), or keep words with StatedValue.AsWritten.");

    /// <summary>Tries to parse a typed value (see <see cref="Parse"/>); false for words and malformed text.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out StatedValue? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = Freshness.Normalize(text);
        value = (StatedValue?)TieredValue.TryRead(t) ?? (StatedValue?)ValueRange.TryRead(t) ?? Quantity.TryRead(t);
        return value is not null;
    }

    /// <summary>
    /// A value the source states in words, kept as written (trimmed, whitespace runs as one space) and not typed:
    /// "immediate", "real-time", "minutes; varies", "per batch".
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static QualitativeValue AsWritten(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("A value in words needs text, e.g. \"immediate\".", nameof(text));
        return new QualitativeValue(Freshness.Normalize(text));
    }

    /// <summary>Throws when a stated quantity (or a range's low end) is negative, naming what it belongs to; words pass.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative quantity.</exception>
    internal static StatedValue? RequireNonNegative(StatedValue? value, string what)
    {
        var low = value switch { Quantity q => q.Value, ValueRange r => r.Low.Value, _ => 0 };
        return low < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value?.Text, $"{what} must not be negative (got '{value}').") : value;
    }

    /// <summary>Stored text read back: the typed value when it parses, else the words as written.</summary>
    /// <exception cref="FormatException">The text is empty.</exception>
    internal static StatedValue ReadStored(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("A stated value needs text, e.g. \"4 h\" or \"immediate\".");
        return TryParse(text, out var value) ? value : AsWritten(text);
    }
}

/// <summary>A value stated in words because no typed form fits ("immediate", "minutes; varies"). Made by <see cref="StatedValue.AsWritten"/>.</summary>
public sealed record QualitativeValue : StatedValue
{
    internal QualitativeValue(string text) : base(text) { }

    /// <inheritdoc/>
    public override bool IsTyped => false;
}
