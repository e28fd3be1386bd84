using System.Text.Json;
using System.Text.Json.Serialization;

namespace RadAi.Dsl;

/// <summary>
/// Stores a value of an open vocabulary as its text and reads it back through <see cref="IVocabulary{TSelf}.Parse"/>
/// (so the enum names of convention version 1 read as the well-known values). One generic converter, named on each
/// vocabulary type, so the generated contract (<see cref="RadAiJsonContext"/>) uses it without reflection.
/// </summary>
internal sealed class VocabularyConverter<T> : JsonConverter<T> where T : struct, IVocabulary<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected text for a {typeof(T).Name}, found {reader.TokenType}.");
        try
        {
            return T.Parse(reader.GetString()!);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
