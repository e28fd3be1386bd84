namespace RadAi.Dsl;

/// <summary>A comparison used in bounds and thresholds.</summary>
public enum Comparison
{
    /// <summary>"&lt;"</summary>
    LessThan,
    /// <summary>"&lt;="</summary>
    AtMost,
    /// <summary>"&gt;"</summary>
    GreaterThan,
    /// <summary>"&gt;="</summary>
    AtLeast,
    /// <summary>"="</summary>
    EqualTo,
}

/// <summary>Symbols for <see cref="Comparison"/>.</summary>
public static class ComparisonText
{
    /// <summary>The symbol: "&lt;", "&lt;=", "&gt;", "&gt;=", "=".</summary>
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.LessThan => "<",
        Comparison.AtMost => "<=",
        Comparison.GreaterThan => ">",
        Comparison.AtLeast => ">=",
        _ => "=",
    };

    /// <summary>Parses a symbol: "&lt;", "&lt;=", "&gt;", "&gt;=", "=" (also "≤", "≥", "==").</summary>
    /// <exception cref="FormatException">The text is not one of them.</exception>
    public static Comparison Parse(string symbol)
        => TryParse(symbol, out var comparison) ? comparison : throw new FormatException($"'{symbol}' is not a comparison; write one of <, <=, >, >=, =.");

    /// <summary>Parses a symbol (also "≤", "≥", "=="); false for anything else.</summary>
    public static bool TryParse(string? symbol, out Comparison comparison)
    {
        comparison = symbol switch
        {
            "<" => Comparison.LessThan,
            "<=" or "≤" => Comparison.AtMost,
            ">" => Comparison.GreaterThan,
            ">=" or "≥" => Comparison.AtLeast,
            "=" or "==" => Comparison.EqualTo,
            _ => (Comparison)(-1),
        };
        return (int)comparison >= 0;
    }

    /// <summary>Whether <paramref name="value"/> satisfies "value {comparison} limit".</summary>
    public static bool Holds(this Comparison comparison, double value, double limit) => comparison switch
    {
        Comparison.LessThan => value < limit,
        Comparison.AtMost => value <= limit,
        Comparison.GreaterThan => value > limit,
        Comparison.AtLeast => value >= limit,
        _ => value == limit,
    };
}
