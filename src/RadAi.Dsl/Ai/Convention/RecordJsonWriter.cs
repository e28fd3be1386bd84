using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RadAi.Dsl.Ai;

/// <summary>
/// Writes register records with the convention's options, byte for byte as <see cref="JsonSerializer"/> writes them,
/// from a plan built once per type out of the serializer's own contract (<see cref="JsonTypeInfo.Properties"/>: names,
/// order, getters) and its converters.
/// </summary>
/// <remarks>
/// Why: a register of a large model is tens of megabytes of JSON, and the serializer started a new top-level
/// serialization (a fresh write stack) for every item of every list in every record; that was most of the first read
/// of the workspace properties. The plan writes records with typed getters and the same value converters the
/// serializer would call, so nothing is boxed and no write stack is made. Anything the plan does not reproduce exactly
/// (a contract customised by attributes or modifiers, polymorphic or <see cref="object"/> values, collections other
/// than <see cref="EquatableList{T}"/>, a value type's own properties) is written by the serializer itself, so the bytes
/// are the serializer's by construction; RecordJsonWriterTests compares both over every register of a rich model.
/// </remarks>
internal sealed class RecordJsonWriter
{
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
                   && !options.IgnoreReadOnlyProperties
                   && !options.IncludeFields;
    }

    /// <summary>Writes <paramref name="rows"/> as a JSON array, as <c>JsonSerializer.Serialize(writer, rows, options)</c> does.</summary>
    public void WriteRows<T>(Utf8JsonWriter writer, IReadOnlyCollection<T> rows)
    {
        var item = For<T>();
        writer.WriteStartArray();
        foreach (var row in rows) item.WriteNullable(writer, row);
        writer.WriteEndArray();
    }

    /// <summary>Writes one value, as <c>JsonSerializer.Serialize(writer, value, options)</c> does.</summary>
    public void Write<T>(Utf8JsonWriter writer, T value) => For<T>().WriteNullable(writer, value);

    /// <summary>Whether values of <typeparamref name="T"/> are written by the plan (false: by the serializer). For tests.</summary>
    internal bool IsPlanned<T>() => For<T>() is not SerializerWriter<T>;

    private ValueWriter<T> For<T>() => (ValueWriter<T>)For(typeof(T));

    private object For(Type type)
    {
        if (_writers.TryGetValue(type, out var known)) return known;
        var writer = Create(type);
        _writers[type] = writer;
        // An object's members are planned after it is registered, so a type that contains itself finds its own writer.
        (writer as IObjectWriter)?.Plan(this);
        return writer;
    }

    private object Create(Type type)
    {
        if (!_planned) return Make(typeof(SerializerWriter<>), type, _options);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Make(typeof(NullableWriter<>), underlying, For(underlying));
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableList<>))
            return _options.GetConverter(type).GetType().Assembly == typeof(RecordJsonWriter).Assembly
                ? Make(typeof(ListWriter<>), type.GetGenericArguments()[0], For(type.GetGenericArguments()[0]))
                : Make(typeof(SerializerWriter<>), type, _options);
        var info = _options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.None && IsValueConverter(type, info.Converter))
            return Make(typeof(ConverterWriter<>), type, info.Converter, _options);
        if (info.Kind == JsonTypeInfoKind.Object && !type.IsValueType && IsPlainObject(info))
            return Make(typeof(ObjectWriter<>), type, info);
        return Make(typeof(SerializerWriter<>), type, _options);
    }

    /// <summary>
    /// A converter the serializer calls as <c>Write(writer, value, options)</c> for a value of exactly this type: one of
    /// the convention's own (text values, element references, enums by name) or a built-in one for a sealed leaf type.
    /// </summary>
    private static bool IsValueConverter(Type type, JsonConverter converter)
    {
        if (type == typeof(object) || type.IsInterface || type.IsAbstract) return false; // written by runtime type
        if (type.IsEnum) return true; // JsonStringEnumConverter's, or the built-in one: both write the value as such
        if (converter.GetType().Assembly == typeof(RecordJsonWriter).Assembly) return true;
        return type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long)
               || type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(DateOnly)
               || type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid);
    }

    /// <summary>An object written member by member with the serializer's defaults: nothing customised on it or its members.</summary>
    private static bool IsPlainObject(JsonTypeInfo info)
    {
        if (info.PolymorphismOptions is not null || info.OnSerializing is not null || info.OnSerialized is not null
            || info.NumberHandling is not null || info.Type.IsAssignableTo(typeof(IJsonOnSerializing))
            || info.Type.IsAssignableTo(typeof(IJsonOnSerialized)))
            return false;
        foreach (var property in info.Properties)
        {
            if (property.Get is null || property.ShouldSerialize is not null || property.CustomConverter is not null
                || property.IsExtensionData || property.NumberHandling is not null || property.Order != 0
                || property.AttributeProvider is not PropertyInfo { GetMethod: { IsStatic: false } getter } member
                || getter.GetParameters().Length != 0 || !member.DeclaringType!.IsAssignableFrom(info.Type)
                || member.IsDefined(typeof(JsonIgnoreAttribute), inherit: true))
                return false;
        }
        return true;
    }

    private static object Make(Type generic, Type argument, params object[] arguments)
        => Activator.CreateInstance(generic.MakeGenericType(argument), arguments)!;

    /// <summary>Writes values of one type.</summary>
    private abstract class ValueWriter<T>
    {
        /// <summary>Writes a value that is not null.</summary>
        public abstract void Write(Utf8JsonWriter writer, T value);

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
        private readonly JsonTypeInfo<T> _info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

        public override void Write(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, _info);
    }

    private sealed class ConverterWriter<T>(JsonConverter converter, JsonSerializerOptions options) : ValueWriter<T>
    {
        private readonly JsonConverter<T> _converter = (JsonConverter<T>)converter;

        public override void Write(Utf8JsonWriter writer, T value) => _converter.Write(writer, value, options);
    }

    private sealed class NullableWriter<T>(object inner) : ValueWriter<T?> where T : struct
    {
        private readonly ValueWriter<T> _inner = (ValueWriter<T>)inner;

        public override void Write(Utf8JsonWriter writer, T? value) => _inner.Write(writer, value!.Value);
    }

    private sealed class ListWriter<T>(object item) : ValueWriter<EquatableList<T>>
    {
        private readonly ValueWriter<T> _item = (ValueWriter<T>)item;

        public override void Write(Utf8JsonWriter writer, EquatableList<T> value)
        {
            writer.WriteStartArray();
            for (var i = 0; i < value.Count; i++) _item.WriteNullable(writer, value[i]);
            writer.WriteEndArray();
        }
    }

    private interface IObjectWriter
    {
        void Plan(RecordJsonWriter writers);
    }

    private sealed class ObjectWriter<T>(JsonTypeInfo info) : ValueWriter<T>, IObjectWriter where T : class
    {
        private MemberWriter<T>[] _members = [];

        public void Plan(RecordJsonWriter writers)
        {
            var members = new List<MemberWriter<T>>(info.Properties.Count);
            foreach (var property in info.Properties)
            {
                var getter = ((PropertyInfo)property.AttributeProvider!).GetMethod!;
                var name = JsonEncodedText.Encode(property.Name, writers._options.Encoder);
                members.Add((MemberWriter<T>)Activator.CreateInstance(
                    typeof(MemberWriter<,>).MakeGenericType(typeof(T), property.PropertyType),
                    name, getter, writers.For(property.PropertyType))!);
            }
            _members = [.. members];
        }

        public override void Write(Utf8JsonWriter writer, T value)
        {
            writer.WriteStartObject();
            foreach (var member in _members) member.Write(writer, value);
            writer.WriteEndObject();
        }
    }

    private abstract class MemberWriter<TOwner>
    {
        public abstract void Write(Utf8JsonWriter writer, TOwner owner);
    }

    private sealed class MemberWriter<TOwner, TValue>(JsonEncodedText name, MethodInfo getter, object value) : MemberWriter<TOwner>
    {
        private readonly Func<TOwner, TValue> _get = getter.CreateDelegate<Func<TOwner, TValue>>();
        private readonly ValueWriter<TValue> _value = (ValueWriter<TValue>)value;

        public override void Write(Utf8JsonWriter writer, TOwner owner)
        {
            var value = _get(owner);
            if (value is null) return; // WhenWritingNull
            writer.WritePropertyName(name);
            _value.Write(writer, value);
        }
    }
}
