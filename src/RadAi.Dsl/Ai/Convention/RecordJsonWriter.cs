using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai;

/// <summary>
/// Writes register records with the convention's options, byte for byte as <see cref="JsonSerializer"/> writes them,
/// from a plan built once per type: the serializer's contract for a plain record (its public properties in declaration
/// order, named by the options' naming policy, nulls left out), written with typed getters and the very converters the
/// serializer calls for the values (text values, element references, enums, strings, numbers, dates). The same plan
/// tells whether a record will store (<see cref="IsCertainlyStorable"/>).
/// </summary>
/// <remarks>
/// Why: a register of a large model is tens of megabytes of JSON, and the serializer started a new top-level
/// serialization (a fresh write stack) for every item of every list in every record, and needed its full metadata for
/// every record type (hundreds of emitted accessors to compile in a fresh process) just to check records on add.
/// Anything the plan does not reproduce exactly (a type or member carrying a System.Text.Json attribute, inheritance,
/// polymorphic or <see cref="object"/> values, collections other than <see cref="EquatableList{T}"/>, structs) is written
/// by the serializer itself, so the bytes are the serializer's by construction; RecordJsonWriterTests compares both over
/// every register of a rich model and checks that the plan's contract is the serializer's for every record type.
/// </remarks>
internal sealed class RecordJsonWriter
{
    // The serializer's default MaxDepth: deeper than this, writing fails, so the storability walk gives up and lets it.
    private const int MaxDepth = 64;

    private readonly JsonSerializerOptions _options;
    private readonly Dictionary<Type, object> _writers = [];
    private readonly bool _planned;

    /// <param name="options">The convention's serializer options (read-only).</param>
    /// <param name="plan">False writes every value with the serializer (the reference the plan is tested against).</param>
    public RecordJsonWriter(JsonSerializerOptions options, bool plan = true)
    {
        _options = options;
        // The plan skips null members and writes nothing else specially: it holds for exactly these options' settings.
        _planned = plan
                   && options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull
                   && options.ReferenceHandler is null
                   && options.NumberHandling == JsonNumberHandling.Strict
                   && options.TypeInfoResolver is DefaultJsonTypeInfoResolver { Modifiers.Count: 0 }
                   && !options.IgnoreReadOnlyProperties
                   && !options.IncludeFields;
    }

    /// <summary>Writes <paramref name="rows"/> as a JSON array, as <c>JsonSerializer.Serialize(writer, rows, options)</c> does.</summary>
    /// <remarks>
    /// The write loops are compiled optimised at once (AggressiveOptimization): they run once per register per process,
    /// over 100,000s of records, and would otherwise spend most of that run in unoptimised code waiting to tier up.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteRows<T>(Utf8JsonWriter writer, IReadOnlyCollection<T> rows)
    {
        var item = For<T>();
        writer.WriteStartArray();
        foreach (var row in rows) item.WriteNullable(writer, row);
        writer.WriteEndArray();
    }

    /// <summary>Writes one value, as <c>JsonSerializer.Serialize(writer, value, options)</c> does.</summary>
    public void Write<T>(Utf8JsonWriter writer, T value) => For<T>().WriteNullable(writer, value);

    /// <summary>
    /// True when writing the value cannot fail: every element reference in it is an element of
    /// <paramref name="workspace"/> and every floating-point number is finite (the only ways writing a record with the
    /// convention's options fails: nulls are skipped, text values are validated when they are made, lone surrogates are
    /// escaped). False when the serializer must decide, e.g. for a value the plan does not cover; the caller then lets
    /// the serializer write the record, so the error is exactly the one it always was. Nothing is written either way.
    /// </summary>
    public bool IsCertainlyStorable<T>(T value, Workspace workspace)
    {
        // The serializer writes a root of static type object by its runtime type; anything else by its static type.
        if (typeof(T) == typeof(object))
            return value is null || ((IValueWriter)For(value.GetType())).IsStorableObject(value, workspace, 0);
        return value is null || For<T>().IsStorable(value, workspace, 0);
    }

    /// <summary>Whether values of <typeparamref name="T"/> are written by the plan (false: by the serializer). For tests.</summary>
    internal bool IsPlanned<T>() => For<T>() is not SerializerWriter<T>;

    /// <summary>The property names the plan writes for a record type, in order (null: not planned). For tests.</summary>
    internal IReadOnlyList<string>? PlannedNames(Type type) => For(type) is IObjectWriter o ? o.Names : null;

    private ValueWriter<T> For<T>() => (ValueWriter<T>)For(typeof(T));

    private object For(Type type)
    {
        // Under a lock (re-entered while planning): a writer is registered before its members are planned, so a type
        // that contains itself finds its own writer, and no other thread may see it half planned.
        lock (_writers)
        {
            if (_writers.TryGetValue(type, out var known)) return known;
            var writer = Create(type);
            _writers[type] = writer;
            try
            {
                (writer as IObjectWriter)?.Plan(this);
            }
            catch
            {
                _writers.Remove(type); // never leave a half-planned writer behind
                throw;
            }
            return writer;
        }
    }

    private object Create(Type type)
    {
        if (!_planned) return Make(typeof(SerializerWriter<>), type, _options);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Make(typeof(NullableWriter<>), underlying, For(underlying));
        var custom = CustomConverterFor(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableList<>) && IsOwn(custom))
            return Make(typeof(ListWriter<>), type.GetGenericArguments()[0], For(type.GetGenericArguments()[0]));
        if (type == typeof(ElementRef) && IsOwn(custom))
            return new ElementRefWriter((JsonConverter<ElementRef>)_options.GetConverter(type), _options);
        if (IsLeaf(type, custom))
        {
            var converter = _options.GetConverter(type);
            if (type == typeof(double)) return new DoubleWriter((JsonConverter<double>)converter, _options);
            if (type == typeof(float)) return new SingleWriter((JsonConverter<float>)converter, _options);
            return Make(typeof(ConverterWriter<>), type, converter, _options);
        }
        if (custom is null && IsPlainRecord(type))
            return Make(typeof(ObjectWriter<>), type, _options.PropertyNamingPolicy!, _options.Encoder!);
        return Make(typeof(SerializerWriter<>), type, _options);
    }

    /// <summary>The first of the options' converters that takes the type, as the serializer picks it (null: none).</summary>
    private JsonConverter? CustomConverterFor(Type type)
    {
        foreach (var converter in _options.Converters)
            if (converter.CanConvert(type)) return converter;
        return null;
    }

    private static bool IsOwn(JsonConverter? converter) => converter?.GetType().Assembly == typeof(RecordJsonWriter).Assembly;

    /// <summary>
    /// A value the serializer writes by calling its converter's <c>Write(writer, value, options)</c>: one of the
    /// convention's own converters (text values), an enum (by name, or as a number) or a built-in sealed leaf type.
    /// </summary>
    private static bool IsLeaf(Type type, JsonConverter? custom)
    {
        if (custom is not null) return IsOwn(custom) || (type.IsEnum && custom is JsonStringEnumConverter);
        if (type.IsEnum || type == typeof(string)) return true;
        return type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float)
               || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTime)
               || type == typeof(DateTimeOffset) || type == typeof(Guid);
    }

    /// <summary>
    /// A class the serializer writes member by member with its defaults: no base class but object, not a collection,
    /// and no System.Text.Json attribute on it or its members (no renamed, ignored, ordered, included or converted member).
    /// </summary>
    private static bool IsPlainRecord(Type type)
    {
        if (!type.IsClass || type.IsAbstract || type.BaseType != typeof(object) || type.IsGenericTypeDefinition
            || typeof(IEnumerable).IsAssignableFrom(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
            || typeof(IJsonOnSerializing).IsAssignableFrom(type) || typeof(IJsonOnSerialized).IsAssignableFrom(type)
            || HasJsonAttribute(type))
            return false;
        foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            if (member is PropertyInfo or FieldInfo && HasJsonAttribute(member)) return false;
        return true;
    }

    private static bool HasJsonAttribute(MemberInfo member)
    {
        foreach (var attribute in member.GetCustomAttributesData())
            if (attribute.AttributeType.Namespace is "System.Text.Json.Serialization" or "System.Text.Json") return true;
        return false;
    }

    private static object Make(Type generic, Type argument, params object[] arguments)
        => Activator.CreateInstance(generic.MakeGenericType(argument), arguments)!;

    private interface IValueWriter
    {
        bool IsStorableObject(object value, Workspace workspace, int depth);
    }

    /// <summary>Writes values of one type.</summary>
    private abstract class ValueWriter<T> : IValueWriter
    {
        /// <summary>Writes a value that is not null.</summary>
        public abstract void Write(Utf8JsonWriter writer, T value);

        /// <summary>Whether writing the value (not null) cannot fail; see <see cref="RecordJsonWriter.IsCertainlyStorable"/>.</summary>
        public virtual bool IsStorable(T value, Workspace workspace, int depth) => true;

        public bool IsStorableObject(object value, Workspace workspace, int depth) => IsStorable((T)value, workspace, depth);

        /// <summary>Writes a value, null as <c>null</c> (as the serializer does for a list item or a root).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteNullable(Utf8JsonWriter writer, T value)
        {
            if (value is null) writer.WriteNullValue();
            else Write(writer, value);
        }
    }

    private sealed class SerializerWriter<T>(JsonSerializerOptions options) : ValueWriter<T>
    {
        private JsonTypeInfo<T>? _info;

        public override void Write(Utf8JsonWriter writer, T value)
            => JsonSerializer.Serialize(writer, value, _info ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

        // Not planned: the serializer decides.
        public override bool IsStorable(T value, Workspace workspace, int depth) => false;
    }

    private class ConverterWriter<T>(JsonConverter converter, JsonSerializerOptions options) : ValueWriter<T>
    {
        private readonly JsonConverter<T> _converter = (JsonConverter<T>)converter;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public sealed override void Write(Utf8JsonWriter writer, T value) => _converter.Write(writer, value, options);
    }

    private sealed class DoubleWriter(JsonConverter<double> converter, JsonSerializerOptions options) : ConverterWriter<double>(converter, options)
    {
        public override bool IsStorable(double value, Workspace workspace, int depth) => double.IsFinite(value);
    }

    private sealed class SingleWriter(JsonConverter<float> converter, JsonSerializerOptions options) : ConverterWriter<float>(converter, options)
    {
        public override bool IsStorable(float value, Workspace workspace, int depth) => float.IsFinite(value);
    }

    private sealed class ElementRefWriter(JsonConverter<ElementRef> converter, JsonSerializerOptions options) : ConverterWriter<ElementRef>(converter, options)
    {
        public override bool IsStorable(ElementRef value, Workspace workspace, int depth)
            => value.Element is { } element && ReferenceEquals(element.Model.Workspace, workspace);
    }

    private sealed class NullableWriter<T>(object inner) : ValueWriter<T?> where T : struct
    {
        private readonly ValueWriter<T> _inner = (ValueWriter<T>)inner;

        public override void Write(Utf8JsonWriter writer, T? value) => _inner.Write(writer, value!.Value);

        public override bool IsStorable(T? value, Workspace workspace, int depth) => _inner.IsStorable(value!.Value, workspace, depth);
    }

    private sealed class ListWriter<T>(object item) : ValueWriter<EquatableList<T>>
    {
        private readonly ValueWriter<T> _item = (ValueWriter<T>)item;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override void Write(Utf8JsonWriter writer, EquatableList<T> value)
        {
            writer.WriteStartArray();
            for (var i = 0; i < value.Count; i++) _item.WriteNullable(writer, value[i]);
            writer.WriteEndArray();
        }

        public override bool IsStorable(EquatableList<T> value, Workspace workspace, int depth)
        {
            if (depth >= MaxDepth) return false;
            for (var i = 0; i < value.Count; i++)
                if (value[i] is { } item && !_item.IsStorable(item, workspace, depth + 1)) return false;
            return true;
        }
    }

    private interface IObjectWriter
    {
        IReadOnlyList<string> Names { get; }

        void Plan(RecordJsonWriter writers);
    }

    private sealed class ObjectWriter<T>(JsonNamingPolicy? naming, System.Text.Encodings.Web.JavaScriptEncoder? encoder) : ValueWriter<T>, IObjectWriter
        where T : class
    {
        private MemberWriter<T>[] _members = [];

        public IReadOnlyList<string> Names { get; private set; } = [];

        public void Plan(RecordJsonWriter writers)
        {
            // The serializer's reflection contract for such a type: public instance properties with a public getter and
            // no parameters, in declaration order (the same reflection call it makes), named by the naming policy.
            var members = new List<MemberWriter<T>>();
            var names = new List<string>();
            foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetMethod is not { IsPublic: true } getter || property.GetIndexParameters().Length != 0) continue;
                var name = naming?.ConvertName(property.Name) ?? property.Name;
                names.Add(name);
                members.Add((MemberWriter<T>)Activator.CreateInstance(
                    typeof(MemberWriter<,>).MakeGenericType(typeof(T), property.PropertyType),
                    JsonEncodedText.Encode(name, encoder), getter, writers.For(property.PropertyType))!);
            }
            _members = [.. members];
            Names = names;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override void Write(Utf8JsonWriter writer, T value)
        {
            writer.WriteStartObject();
            foreach (var member in _members) member.Write(writer, value);
            writer.WriteEndObject();
        }

        public override bool IsStorable(T value, Workspace workspace, int depth)
        {
            if (depth >= MaxDepth) return false;
            foreach (var member in _members)
                if (!member.IsStorable(value, workspace, depth + 1)) return false;
            return true;
        }
    }

    private abstract class MemberWriter<TOwner>
    {
        public abstract void Write(Utf8JsonWriter writer, TOwner owner);

        public abstract bool IsStorable(TOwner owner, Workspace workspace, int depth);
    }

    private sealed class MemberWriter<TOwner, TValue>(JsonEncodedText name, MethodInfo getter, object value) : MemberWriter<TOwner>
    {
        private readonly Func<TOwner, TValue> _get = getter.CreateDelegate<Func<TOwner, TValue>>();
        private readonly ValueWriter<TValue> _value = (ValueWriter<TValue>)value;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override void Write(Utf8JsonWriter writer, TOwner owner)
        {
            var value = _get(owner);
            if (value is null) return; // WhenWritingNull
            writer.WritePropertyName(name);
            _value.Write(writer, value);
        }

        public override bool IsStorable(TOwner owner, Workspace workspace, int depth)
            => _get(owner) is not { } value || _value.IsStorable(value, workspace, depth);
    }
}
