using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai;

/// <summary>The JSON shape of RAD-AI registers stored in workspace properties: camelCase, enums by name, values as canonical text.</summary>
internal static class RadAiJson
{
    /// <summary>Where, inside a stored list, a reading error stands ("[1].keyMetrics[0]"), kept in <see cref="Exception.Data"/>.</summary>
    public const string InnerPathKey = "RadAi.PathInsideList";

    public static JsonSerializerOptions CreateOptions(Workspace workspace)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new ElementRefConverter(workspace));
        options.Converters.Add(new EquatableListConverterFactory());
        options.Converters.Add(new TextConverter<Freshness>(Freshness.ReadStored, f => f.ToString()));
        options.Converters.Add(new TextConverter<Threshold>(Threshold.ReadStored, t => t.ToString()));
        options.Converters.Add(new TextConverter<ConfidenceRange>(ConfidenceRange.Parse, c => c.ToString()));
        options.Converters.Add(new TextConverter<LatencyTarget>(LatencyTarget.Parse, l => l.ToString()));
        options.Converters.Add(new TextConverter<MetricValue>(MetricValue.Parse, m => m.ToString()));
        options.Converters.Add(new TextConverter<Quality.QualityAttribute>(t => new(t), a => a.Name));
        options.Converters.Add(new TextConverter<BoundaryDelineation.AiTaskType>(t => new(t), a => a.Name));
        options.Converters.Add(new TextConverter<TimeSpan>(DurationText.Parse, DurationText.Format));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class TextConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException($"Expected text for a {typeof(T).Name}, found {reader.TokenType}.");
            var text = reader.GetString()!;
            try
            {
                return parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new JsonException(e.Message, e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
    }

    private sealed class ElementRefConverter(Workspace workspace) : JsonConverter<ElementRef>
    {
        public override ElementRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected an element's canonical name, found {reader.TokenType}.");
            var name = reader.GetString()!;
            var element = workspace.Model.GetElementWithCanonicalName(name) ?? workspace.Model.GetElement(name);
            return element is null
                ? throw new JsonException($"No element '{name}' in workspace '{workspace.Name}'; refer to elements by canonical name, e.g. \"Container://System.Container\".")
                : new ElementRef(element);
        }

        public override void Write(Utf8JsonWriter writer, ElementRef value, JsonSerializerOptions options)
        {
            RadAiModel.RequireSameWorkspace(workspace, value.Element);
            writer.WriteStringValue(value.CanonicalName);
        }
    }

    private sealed class EquatableListConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableList<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
            => (JsonConverter)Activator.CreateInstance(typeof(EquatableListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class EquatableListConverter<T> : JsonConverter<EquatableList<T>>
    {
        public override EquatableList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Fast path: read the items in one pass with the item converter. A nested Deserialize call first scans the
            // whole value to scope a new reader (every list was read twice), which was most of loading a register.
            // Anything unusual (null items, a bad value) goes the old way from the same position, so every value read
            // and every error (message and JSON path) stays what it was.
            var start = reader;
            try
            {
                if (TryReadItems(ref reader, options) is { } items) return items;
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                // fall through: the old way reports it
            }
            reader = start;
            List<T>? list;
            try
            {
                list = JsonSerializer.Deserialize<List<T>>(ref reader, options);
            }
            catch (JsonException e)
            {
                throw InsideList(e, e.Path is { Length: > 1 } path ? path[1..] : string.Empty);
            }
            // A register list holds values; a null item would only fail later, far from its JSON, in a register's checks.
            if (default(T) is null && list is not null && list.IndexOf(default!) is var at and >= 0)
                throw InsideList(new JsonException($"Item {at} of the list is null; give it a value or remove it."), $"[{at}]");
            return EquatableList.From(list);
        }

        // The nested Deserialize reports a path from its own root ("$[1].metric"), and the serializer keeps a path it
        // finds set, so the list's own name would be lost. The error goes on without a path (the serializer then sets
        // the list's path) and with what lies inside the list (InnerPathKey), which RegisterReader appends.
        private static JsonException InsideList(JsonException error, string pathInsideList)
        {
            var wrapped = new JsonException(error.Message, error.InnerException ?? error);
            wrapped.Data[InnerPathKey] = pathInsideList + (error.Data[InnerPathKey] as string);
            return wrapped;
        }

        private static EquatableList<T>? TryReadItems(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray) return null;
            var converter = (JsonConverter<T>)options.GetConverter(typeof(T));
            var items = new List<T>();
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray) return EquatableList.From(items);
                if (reader.TokenType == JsonTokenType.Null) return null;
                items.Add(converter.Read(ref reader, typeof(T), options)!);
            }
            return null;
        }

        public override void Write(Utf8JsonWriter writer, EquatableList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value) JsonSerializer.Serialize(writer, item, options);
            writer.WriteEndArray();
        }
    }
}
