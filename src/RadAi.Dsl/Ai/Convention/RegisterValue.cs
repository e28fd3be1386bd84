using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RadAi.Dsl;

/// <summary>A single record of a register (or none), stored under one JSON property; set after checking it can be stored.</summary>
internal sealed class RegisterValue<T>(RadAiRegister owner, string name, Action<T> readBack) : RegisterPart(owner, name)
    where T : class
{
    private JsonTypeInfo<T>? _contract;

    /// <summary>The record, or null.</summary>
    public T? Value { get; private set; }

    public override bool IsEmpty => Value is null;

    private JsonTypeInfo<T> Contract => _contract ??= Owner.Root.WriteOptions.Contract<T>();

    /// <summary>Sets the record (replacing an earlier one); <paramref name="what"/> names it in errors.</summary>
    /// <exception cref="ArgumentException">The record refers to an element of another workspace or holds a number JSON cannot hold.</exception>
    public T Set(T value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        Owner.RequireStorable(value, Contract, what);
        Value = value;
        Owner.Root.MarkUsed(Owner);
        return value;
    }

    public override void WriteValue(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, Value!, Contract);

    public override void Read(RegisterReader reader)
    {
        if (reader.Value<T>(Name) is { } value) reader.Apply("$." + Name, () => readBack(value));
    }
}
