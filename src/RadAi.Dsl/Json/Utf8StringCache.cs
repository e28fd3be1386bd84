using System.Text;
using System.Text.Json;

namespace RadAi.Dsl;

/// <summary>
/// Reuses the string of a short JSON string value seen before ("Relationship", "Uses", "HTTPS", property names):
/// a large workspace repeats a few hundred such values 100,000s of times, and each copy would live as long as the
/// model. Direct-mapped and bounded: a collision simply replaces the entry. Strings are immutable, so sharing one
/// instance is invisible to users.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int MaxLength = 40;
    private const int Size = 1024; // a power of two

    private readonly byte[]?[] _keys = new byte[Size][];
    private readonly string?[] _values = new string[Size];

    /// <summary>The current string value of the reader (which must be on a string token).</summary>
    // Optimised at first call, as the reader's per-token methods are (see WorkspaceJsonReader).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength) return reader.GetString()!;
        var utf8 = reader.ValueSpan;
        var slot = Hash(utf8) & (Size - 1);
        if (_keys[slot] is { } key && utf8.SequenceEqual(key)) return _values[slot]!;
        // The whole document was checked to be valid UTF-8 before reading.
        var value = Encoding.UTF8.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }

    // FNV-1a: short keys, no need for anything stronger.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8) hash = (hash ^ b) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }
}
