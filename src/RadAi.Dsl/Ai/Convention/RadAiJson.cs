using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// The JSON shape of RAD-AI records stored in a workspace: camelCase, nulls left out, enums by name, values as their
/// canonical text, elements by canonical name. Built on the generated contract (<see cref="RadAiJsonContext"/>).
/// </summary>
internal static partial class RadAiJson
{
    /// <summary>Where, inside a stored list, a reading error stands ("[1].keyMetrics[0]"), kept in <see cref="Exception.Data"/>.</summary>
    public const string InnerPathKey = "RadAi.PathInsideList";

    /// <summary>Options for writing the records of <paramref name="workspace"/>.</summary>
    public static JsonSerializerOptions ForWriting(Workspace workspace)
    {
        var options = new JsonSerializerOptions(RadAiJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = RadAiJsonContext.Default.WithAddedModifier(OmitNoExtraFacts),
        };
        options.Converters.Add(new ElementRefConverter(workspace));
        options.Converters.Add(new TextConverter<Freshness>(Freshness.ReadStored, f => f.ToString())
        {
            Words = new(Freshness.AsWritten, f => f is DescribedFreshness && Freshness.TryParse(f.ToString(), out _)),
        });
        options.Converters.Add(new TextConverter<Threshold>(Threshold.ReadStored, t => t.ToString())
        {
            Words = new(Threshold.AsWritten, t => !t.IsTyped && Threshold.TryParse(t.ToString(), out _)),
        });
        options.Converters.Add(new TextConverter<ConfidenceRange>(ConfidenceRange.Parse, c => c.ToString()));
        options.Converters.Add(new TextConverter<LatencyTarget>(LatencyTarget.Parse, l => l.ToString()));
        options.Converters.Add(new TextConverter<MetricValue>(MetricValue.Parse, m => m.ToString()));
        // Workspaces of convention version 1 hold some of these values as JSON numbers (a baseline of 180, a count of 200).
        options.Converters.Add(new TextConverter<StatedValue>(StatedValue.ReadStored, v => v.Text, readsNumbers: true)
        {
            Words = new(StatedValue.AsWritten, v => v is QualitativeValue && StatedValue.TryParse(v.Text, out _)),
        });
        options.Converters.Add(new TextConverter<PartialDate>(PartialDate.Parse, d => d.Text));
        options.Converters.Add(new TextConverter<QualityAttribute>(t => new(t), a => a.Name));
        options.Converters.Add(new TextConverter<AiTaskType>(t => new(t), a => a.Name));
        options.Converters.Add(new TextConverter<Criticality>(t => new(t), c => c.Name));
        options.Converters.Add(new TextConverter<TimeSpan>(DurationText.Parse, DurationText.Format));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Options for reading: those for writing plus one converter per list type the records hold. The serializer writes
    /// an <see cref="EquatableList{T}"/> as any list, but cannot make one; the converters are listed type by type
    /// because making one per type at run time would need reflection.
    /// </summary>
    public static JsonSerializerOptions ForReading(JsonSerializerOptions writing)
    {
        var options = new JsonSerializerOptions(writing);
        options.Converters.Add(new EquatableListConverter<string>());
        options.Converters.Add(new EquatableListConverter<ElementRef>());
        options.Converters.Add(new EquatableListConverter<MetricValue>());
        options.Converters.Add(new EquatableListConverter<NamedValue>());
        options.Converters.Add(new EquatableListConverter<ArchitectureModule>());
        options.Converters.Add(new EquatableListConverter<Hyperparameter>());
        options.Converters.Add(new EquatableListConverter<ModelVersion>());
        options.Converters.Add(new EquatableListConverter<PerformanceBaseline>());
        options.Converters.Add(new EquatableListConverter<TrainingDataset>());
        options.Converters.Add(new EquatableListConverter<ConsideredAlternative>());
        options.Converters.Add(new EquatableListConverter<LineageStage>());
        options.Converters.Add(new EquatableListConverter<FailureAction>());
        options.Converters.Add(new EquatableListConverter<PipelineStage>());
        options.Converters.Add(new EquatableListConverter<QualityCheckpoint>());
        options.Converters.Add(new EquatableListConverter<SchemaField>());
        options.Converters.Add(new EquatableListConverter<StereotypeProperty>());
        options.Converters.Add(new EquatableListConverter<DpiaFinding>());
        options.Converters.Add(new EquatableListConverter<GateThreshold>());
        options.Converters.Add(new EquatableListConverter<ConfidenceBand>());
        options.Converters.Add(new EquatableListConverter<EquatableList<string>>());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Records whose members give the defaults of their type's optional members other than lists (see
    /// <see cref="MemberDefaults"/>): one for every stored type with such a member.
    /// </summary>
    public static IReadOnlyList<object> Templates { get; } = [new Stereotype("Name", "Label")];

    /// <summary>
    /// A record without extra facts is stored as it was before records took them (no <c>extraFacts</c> member), so
    /// workspaces of convention version 1 keep their bytes; reading a record without the member gives no facts.
    /// </summary>
    private static void OmitNoExtraFacts(JsonTypeInfo contract)
    {
        if (contract.Kind != JsonTypeInfoKind.Object || !typeof(RadAiRecord).IsAssignableFrom(contract.Type)) return;
        foreach (var member in contract.Properties)
            if (member.DeclaringType == typeof(RadAiRecord))
                member.ShouldSerialize = static (_, value) => value is EquatableList<NamedValue> { Count: > 0 };
    }

    /// <summary>The contract of a stored type under <paramref name="options"/>.</summary>
    public static JsonTypeInfo<T> Contract<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>
    /// How a value kept as words is stored when its text would parse as a typed value ("real-time", "any ESI 1
    /// prediction"): as <c>{"asWritten": "..."}</c>, so that it reads back as words. Other words and every typed value stay
    /// plain text, so stored bytes of convention version 1 do not change.
    /// </summary>
    private sealed record WordsForm<T>(Func<string, T> Read, Func<T, bool> WouldReadAsTyped);

    private const string AsWrittenMember = "asWritten";

    private sealed class TextConverter<T>(Func<string, T> parse, Func<T, string> format, bool readsNumbers = false) : JsonConverter<T>
    {
        public WordsForm<T>? Words { get; init; }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (Words is not null && reader.TokenType == JsonTokenType.StartObject) return ReadWords(ref reader, Words);
            string text;
            if (readsNumbers && reader.TokenType == JsonTokenType.Number)
                text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            else if (reader.TokenType != JsonTokenType.String)
                throw new JsonException($"Expected text for a {typeof(T).Name}, found {reader.TokenType}.");
            else
                text = reader.GetString()!;
            try
            {
                return parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or ModelException)
            {
                throw new JsonException(e.Message, e);
            }
        }

        private static T ReadWords(ref Utf8JsonReader reader, WordsForm<T> words)
        {
            string? text = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(AsWrittenMember))
                    throw new JsonException($"A {typeof(T).Name} kept as words is stored as {{\"{AsWrittenMember}\": \"...\"}} and nothing else.");
                reader.Read();
                if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected text for '{AsWrittenMember}', found {reader.TokenType}.");
                text = reader.GetString();
            }
            try
            {
                return words.Read(text ?? throw new JsonException($"A {typeof(T).Name} kept as words needs '{AsWrittenMember}'."));
            }
            catch (ArgumentException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        // A value that reads numbers writes a plain number as the number it was read from, so a workspace of convention
        // version 1 (which stored counts and baselines as numbers) is written back byte for byte.
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            var text = format(value);
            if (Words is not null && Words.WouldReadAsTyped(value))
            {
                writer.WriteStartObject();
                writer.WriteString(AsWrittenMember, text);
                writer.WriteEndObject();
            }
            else if (readsNumbers && JsonNumber().IsMatch(text)) writer.WriteRawValue(text, skipInputValidation: true);
            else writer.WriteStringValue(text);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex JsonNumber();

    /// <summary>
    /// Reads a JSON array into an <see cref="EquatableList{T}"/>, item by item (and writes one, for options used both ways). An error inside an item keeps its place:
    /// the serializer only knows the list's own path, so what lies inside the list ("[1].metric") travels in
    /// <see cref="InnerPathKey"/> and <see cref="RegisterReader"/> appends it.
    /// </summary>
    private sealed class EquatableListConverter<T> : JsonConverter<EquatableList<T>>
    {
        private JsonTypeInfo<T>? _item;

        public override EquatableList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"Expected a list, found {reader.TokenType}.");
            var item = _item ??= options.Contract<T>();
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                // A register list holds values; a null item would only fail later, far from its JSON, in a register's checks.
                if (reader.TokenType == JsonTokenType.Null && default(T) is null)
                    throw InsideList(new JsonException($"Item {items.Count} of the list is null; give it a value or remove it."), $"[{items.Count}]");
                try
                {
                    items.Add(JsonSerializer.Deserialize(ref reader, item)!);
                }
                catch (JsonException e)
                {
                    throw InsideList(e, $"[{items.Count}]" + (e.Path is { Length: > 1 } path ? path[1..] : string.Empty));
                }
            }
            return EquatableList.From(items);
        }

        // The error goes on without a path (the serializer then sets the list's own) and with what lies inside the list.
        private static JsonException InsideList(JsonException error, string pathInsideList)
        {
            var wrapped = new JsonException(error.Message, error.InnerException ?? error);
            wrapped.Data[InnerPathKey] = pathInsideList + (error.Data[InnerPathKey] as string);
            return wrapped;
        }

        public override void Write(Utf8JsonWriter writer, EquatableList<T> value, JsonSerializerOptions options)
        {
            var item = _item ??= options.Contract<T>();
            writer.WriteStartArray();
            foreach (var x in value) JsonSerializer.Serialize(writer, x, item);
            writer.WriteEndArray();
        }
    }
}
