using System.Text.Json;

namespace RadAi.Dsl.Ai;

/// <summary>
/// One named part of a register's stored JSON: a table of records, or a single record. Declared once per register, it
/// gives writing, reading (each record re-added through the register's own checks) and emptiness, so the three cannot
/// disagree on names or order.
/// </summary>
internal abstract class RegisterTable
{
    private RegisterTable(string name) => Name = name;

    /// <summary>The JSON property name.</summary>
    public string Name { get; }

    /// <summary>Whether there is nothing to store (an empty part is not written).</summary>
    public abstract bool IsEmpty { get; }

    public abstract void Write(Utf8JsonWriter writer, RecordJsonWriter records);

    public abstract void Read(RegisterReader reader);

    /// <summary>A table of records; reading re-adds each through <paramref name="add"/>, errors located at its row.</summary>
    public static RegisterTable Rows<T>(string name, IReadOnlyCollection<T> rows, Action<T> add) => new RowsTable<T>(name, rows, add);

    /// <summary>A single record (or none); reading hands it to <paramref name="set"/>.</summary>
    public static RegisterTable Single<T>(string name, Func<T?> get, Action<T> set) where T : class => new SingleValue<T>(name, get, set);

    private sealed class RowsTable<T>(string name, IReadOnlyCollection<T> rows, Action<T> add) : RegisterTable(name)
    {
        public override bool IsEmpty => rows.Count == 0;

        public override void Write(Utf8JsonWriter writer, RecordJsonWriter records)
        {
            if (IsEmpty) return;
            writer.WritePropertyName(Name);
            records.WriteRows(writer, rows);
        }

        public override void Read(RegisterReader reader)
        {
            foreach (var (row, path) in reader.Table<T>(Name)) reader.Apply(path, () => add(row));
        }
    }

    private sealed class SingleValue<T>(string name, Func<T?> get, Action<T> set) : RegisterTable(name) where T : class
    {
        public override bool IsEmpty => get() is null;

        public override void Write(Utf8JsonWriter writer, RecordJsonWriter records)
        {
            if (get() is not { } value) return;
            writer.WritePropertyName(Name);
            records.Write(writer, value);
        }

        public override void Read(RegisterReader reader)
        {
            if (reader.Value<T>(Name) is { } value) reader.Apply("$." + Name, () => set(value));
        }
    }
}
