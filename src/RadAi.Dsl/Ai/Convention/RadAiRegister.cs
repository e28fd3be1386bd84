using System.Text.Json;

namespace RadAi.Dsl.Ai;

/// <summary>
/// Base of the RAD-AI registers that hold workspace-level tables (lineage, debt, pipelines, …). Every change is
/// written through to the workspace at once, so a workspace serialized at any time carries the whole RAD-AI model.
/// </summary>
public abstract class RadAiRegister
{
    private protected RadAiRegister(RadAiModel root) => Root = root;

    /// <summary>The RAD-AI model this register belongs to.</summary>
    public RadAiModel Root { get; }

    internal abstract string Key { get; }

    internal abstract bool IsEmpty { get; }

    internal abstract void WriteTables(Utf8JsonWriter writer, JsonSerializerOptions options);

    internal abstract void ReadTables(RegisterReader reader);

    /// <summary>Writes the register to the workspace; when that fails (an element of another workspace), undoes the change and names it.</summary>
    private protected void Commit(string what, Action undo)
    {
        try
        {
            Root.Persist(this);
        }
        catch (ArgumentException e)
        {
            undo();
            Root.Persist(this);
            throw new ArgumentException($"{what}: {e.Message}", e);
        }
    }

    /// <summary>Adds an item to a table and writes the register through (undone when it refers to a foreign element).</summary>
    private protected T AddTo<T>(List<T> table, T item, string what)
    {
        ArgumentNullException.ThrowIfNull(item, what);
        table.Add(item);
        Commit(what, () => table.RemoveAt(table.LastIndexOf(item)));
        return item;
    }

    private protected static void WriteTable<T>(Utf8JsonWriter writer, string name, IReadOnlyCollection<T> items, JsonSerializerOptions options)
    {
        if (items.Count == 0) return;
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, items, options);
    }

    private protected static void WriteValue<T>(Utf8JsonWriter writer, string name, T? value, JsonSerializerOptions options) where T : class
    {
        if (value is null) return;
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, options);
    }

    private protected static void RequireUnique<T>(IEnumerable<T> existing, Func<T, string> id, string newId, string kind)
    {
        if (string.IsNullOrWhiteSpace(newId)) throw new ArgumentException($"A {kind} needs an id.");
        if (existing.Any(e => string.Equals(id(e), newId, StringComparison.Ordinal)))
            throw new ArgumentException($"Duplicate {kind} id '{newId}': ids must be unique.");
    }
}
