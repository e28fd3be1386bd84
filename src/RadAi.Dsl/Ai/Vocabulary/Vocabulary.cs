using System.Text;

namespace RadAi.Dsl;

/// <summary>What every open vocabulary (<see cref="IVocabulary{TSelf}"/>) shares: its names, equality and reading.</summary>
internal static class Vocabulary
{
    /// <summary>The text of a new value, trimmed.</summary>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public static string Name(string? text, string what)
        => string.IsNullOrWhiteSpace(text) ? throw new ArgumentException($"A {what} needs a name.", nameof(text)) : text.Trim();

    /// <summary>Whether two names name the same value: letters and digits compared without case, everything else ignored.</summary>
    public static bool Same(string? left, string? right)
    {
        int i = 0, j = 0;
        var a = left ?? string.Empty;
        var b = right ?? string.Empty;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
            i++;
            j++;
        }
    }

    /// <summary>The name's letters and digits, lower case: equal for names that are <see cref="Same"/> ("humanintheloop").</summary>
    public static string Key(string? name)
    {
        var key = new StringBuilder(name?.Length ?? 0);
        foreach (var c in name ?? string.Empty)
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }

    /// <summary>A hash code agreeing with <see cref="Same"/>.</summary>
    public static int Hash(string? name) => StringComparer.Ordinal.GetHashCode(Key(name));

    /// <summary>A number from the name that is the same in every run and on every machine (FNV-1a over <see cref="Key"/>).</summary>
    public static uint StableHash(string? name)
    {
        var hash = 2166136261u;
        foreach (var c in Key(name))
            hash = unchecked((hash ^ c) * 16777619u);
        return hash;
    }

    /// <summary>
    /// The value a text names: the well-known value with that name, or with that version-1 stored name (its words run
    /// together, "FallbackToPrevious", or the one <paramref name="storedName"/> gives), else a new value of the text.
    /// </summary>
    /// <exception cref="FormatException">The text is blank.</exception>
    public static T Parse<T>(string? text, Func<string, T> create, Func<T, string>? storedName = null) where T : struct, IVocabulary<T>
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException($"A {typeof(T).Name} needs a name; the text is blank.");
        var trimmed = text.Trim();
        foreach (var known in T.WellKnown)
            if (string.Equals(known.Name, trimmed, StringComparison.Ordinal)) return known;
        foreach (var known in T.WellKnown)
            if (string.Equals(storedName?.Invoke(known) ?? Identifier(known.Name), trimmed, StringComparison.Ordinal)) return known;
        return create(trimmed);
    }

    /// <summary>A name's words run together, each capitalised, without punctuation: "Fallback to previous" → "FallbackToPrevious".</summary>
    public static string Identifier(string name)
    {
        var text = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return text.ToString();
    }
}
