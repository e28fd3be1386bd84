using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RadAi.Dsl.Benchmarks.Json;

/// <summary>
/// The tokens of a JSON document in prepared arrays (kinds, property names, string values, numbers), so that
/// a bare <see cref="Utf8JsonWriter"/> can write the same bytes without any model: the physical floor the
/// workspace serializer is compared to.
/// </summary>
internal sealed class RawJsonTape
{
    private enum Kind : byte
    {
        StartObject,
        EndObject,
        StartArray,
        EndArray,
        StartObjectProperty,
        StartArrayProperty,
        StringProperty,
        NumberProperty,
        BoolProperty,
        StringValue,
        NumberValue,
        BoolValue,
    }

    private readonly Kind[] _kinds;
    private readonly string?[] _names;
    private readonly string?[] _strings;
    private readonly long[] _numbers;

    private RawJsonTape(Kind[] kinds, string?[] names, string?[] strings, long[] numbers)
    {
        _kinds = kinds;
        _names = names;
        _strings = strings;
        _numbers = numbers;
    }

    public int Count => _kinds.Length;

    /// <summary>Records the document's tokens; property names are interned as the serializer's literals are.</summary>
    public static RawJsonTape Record(ReadOnlySpan<byte> utf8)
    {
        var kinds = new List<Kind>();
        var names = new List<string?>();
        var strings = new List<string?>();
        var numbers = new List<long>();
        var reader = new Utf8JsonReader(utf8);
        string? pending = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pending = string.Intern(reader.GetString()!);
                continue;
            }
            var named = pending is not null;
            (Kind kind, string? text, long number) token = reader.TokenType switch
            {
                JsonTokenType.StartObject => (named ? Kind.StartObjectProperty : Kind.StartObject, null, 0),
                JsonTokenType.StartArray => (named ? Kind.StartArrayProperty : Kind.StartArray, null, 0),
                JsonTokenType.EndObject => (Kind.EndObject, null, 0),
                JsonTokenType.EndArray => (Kind.EndArray, null, 0),
                JsonTokenType.String => (named ? Kind.StringProperty : Kind.StringValue, reader.GetString(), 0),
                JsonTokenType.Number => (named ? Kind.NumberProperty : Kind.NumberValue, null, reader.GetInt64()),
                JsonTokenType.True or JsonTokenType.False => (named ? Kind.BoolProperty : Kind.BoolValue, null, reader.GetBoolean() ? 1 : 0),
                _ => throw new NotSupportedException($"Token {reader.TokenType} is not used by Structurizr JSON."),
            };
            kinds.Add(token.kind);
            names.Add(pending);
            strings.Add(token.text);
            numbers.Add(token.number);
            pending = null;
        }
        return new RawJsonTape([.. kinds], [.. names], [.. strings], [.. numbers]);
    }

    /// <summary>
    /// Writes the tokens with a bare Utf8JsonWriter into the serializer's own buffer (pooled segments, then one array of
    /// the exact length) and returns the bytes, as the serializer does. The
    /// relaxed encoder escapes quotes as <c>\"</c> and leaves non-ASCII raw, as Jackson does (RAD-AI registers are JSON
    /// held in string properties, full of quotes).
    /// </summary>
    public byte[] Write()
    {
        using var buffer = new PooledSegmentWriter();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var kinds = _kinds;
            for (var i = 0; i < kinds.Length; i++)
            {
                switch (kinds[i])
                {
                    case Kind.StartObject: w.WriteStartObject(); break;
                    case Kind.EndObject: w.WriteEndObject(); break;
                    case Kind.StartArray: w.WriteStartArray(); break;
                    case Kind.EndArray: w.WriteEndArray(); break;
                    case Kind.StartObjectProperty: w.WriteStartObject(_names[i]!); break;
                    case Kind.StartArrayProperty: w.WriteStartArray(_names[i]!); break;
                    case Kind.StringProperty: w.WriteString(_names[i]!, _strings[i]); break;
                    case Kind.NumberProperty: w.WriteNumber(_names[i]!, _numbers[i]); break;
                    case Kind.BoolProperty: w.WriteBoolean(_names[i]!, _numbers[i] != 0); break;
                    case Kind.StringValue: w.WriteStringValue(_strings[i]); break;
                    case Kind.NumberValue: w.WriteNumberValue(_numbers[i]); break;
                    case Kind.BoolValue: w.WriteBooleanValue(_numbers[i] != 0); break;
                }
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A bare reader pass: every token read, nothing built.</summary>
    public static int CountTokens(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var count = 0;
        while (reader.Read()) count++;
        return count;
    }
}
