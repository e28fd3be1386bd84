using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>One tier of a <see cref="TieredValue"/>: a label and its value ("P1", "5 min").</summary>
/// <param name="Label">The tier, e.g. "P1" or "online".</param>
/// <param name="Value">Its value, typed where it parses, as written otherwise.</param>
public sealed record Tier(string Label, StatedValue Value)
{
    /// <summary>"label: value".</summary>
    public override string ToString() => Label + ": " + Value;
}

/// <summary>
/// A value per tier as written: "label: value" parts separated by " / " or ";", at least two, with at least one typed
/// value, e.g. "P1: 5 min / P2: 30 min". A part's value may be words ("P3: next business day").
/// <see cref="StatedValue.Text"/> keeps the text as written.
/// </summary>
public sealed partial record TieredValue : StatedValue
{
    private TieredValue(string text, EquatableList<Tier> tiers) : base(text) => Tiers = tiers;

    /// <summary>The tiers, in the order written.</summary>
    public EquatableList<Tier> Tiers { get; }

    /// <inheritdoc/>
    public override bool IsTyped => true;

    /// <summary>The value of a tier by label (case-insensitive), or null.</summary>
    public StatedValue? ValueOf(string label) => Tiers.FirstOrDefault(t => string.Equals(t.Label, label, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Parses tiers (see the type's grammar).</summary>
    /// <exception cref="FormatException">The text is not tiers; the message names it.</exception>
    public static new TieredValue Parse(string text)
        => TryParse(text, out var tiers)
            ? tiers
            : throw new FormatException($"'{text}' is not a tiered value; write \"label: value\" parts separated by \" / \" or \";\", e.g. \"P1: 5 min / P2: 30 min\".");

    /// <summary>Tries to parse tiers; false for malformed text, fewer than two tiers, or no typed value.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TieredValue? tiers)
    {
        tiers = string.IsNullOrWhiteSpace(text) ? null : TryRead(Freshness.Normalize(text));
        return tiers is not null;
    }

    internal static TieredValue? TryRead(string text)
    {
        var parts = Separator().Split(text);
        if (parts.Length < 2) return null;
        var tiers = new List<Tier>(parts.Length);
        var typed = false;
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) return null;
            var label = part[..colon].Trim();
            var rest = part[(colon + 1)..].Trim();
            if (label.Length == 0 || rest.Length == 0) return null;
            StatedValue value = (StatedValue?)ValueRange.TryRead(rest) ?? (StatedValue?)Quantity.TryRead(rest) ?? new QualitativeValue(rest);
            typed |= value.IsTyped;
            tiers.Add(new Tier(label, value));
        }
        return typed ? new TieredValue(text, EquatableList.From(tiers)) : null;
    }

    [GeneratedRegex(@"\s+/\s+|\s*;\s*")]
    private static partial Regex Separator();
}
