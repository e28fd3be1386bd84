using System.Text.Json;

namespace RadAi.Dsl.Ai;

/// <summary>
/// Base of the RAD-AI registers that hold workspace-level tables (lineage, debt, pipelines, …). Every change marks the
/// register's workspace property for rewriting; the JSON is written when the workspace's properties are next read, so
/// a workspace serialized at any time carries the whole RAD-AI model, and building a large register stays linear.
/// </summary>
public abstract class RadAiRegister
{
    private protected RadAiRegister(RadAiModel root) => Root = root;

    /// <summary>The RAD-AI model this register belongs to.</summary>
    public RadAiModel Root { get; }

    internal abstract string Key { get; }

    private IReadOnlyList<RegisterTable>? _tables;

    /// <summary>The register's stored parts, in JSON order: each declared once, for writing, reading and emptiness.</summary>
    private protected abstract IEnumerable<RegisterTable> DeclareTables();

    private IReadOnlyList<RegisterTable> Tables => _tables ??= [.. DeclareTables()];

    internal bool IsEmpty
    {
        get
        {
            // Asked on every change of the register: a loop, not LINQ (an enumerator and a delegate per add).
            var tables = Tables;
            for (var i = 0; i < tables.Count; i++)
                if (!tables[i].IsEmpty) return false;
            return true;
        }
    }

    internal void WriteTables(Utf8JsonWriter writer, RecordJsonWriter records)
    {
        foreach (var table in Tables) table.Write(writer, records);
    }

    internal void ReadTables(RegisterReader reader)
    {
        foreach (var table in Tables) table.Read(reader);
    }

    private Func<string?>? _serialized;

    /// <summary>Computes the stored JSON of the register (null when empty); handed to the workspace as a deferred property value.</summary>
    internal Func<string?> Serialized => _serialized ??= () => IsEmpty ? null : Root.Serialize(this);

    /// <summary>
    /// Checks that a record about to be stored refers only to elements of this workspace; the message names the record
    /// and the element. Called before the register changes, so a refused record leaves no trace.
    /// </summary>
    /// <exception cref="ArgumentException">The record refers to an element of another workspace.</exception>
    private protected void RequireStorable<T>(T item, string what)
    {
        try
        {
            Root.RequireStorable(item);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{what}: {e.Message}", e);
        }
    }

    /// <summary>Records that the register changed: its workspace property is rewritten when next read.</summary>
    private protected void Commit() => Root.Persist(this);

    /// <summary>Adds an item to a table after checking it (see <see cref="RequireStorable"/>).</summary>
    private protected T AddTo<T>(List<T> table, T item, string what)
    {
        ArgumentNullException.ThrowIfNull(item, what);
        RequireStorable(item, what);
        table.Add(item);
        Commit();
        return item;
    }

    private protected static void RequireUnique<T>(TableIndex<T, string> existing, string newId, string kind)
    {
        if (string.IsNullOrWhiteSpace(newId)) throw new ArgumentException($"A {kind} needs an id.");
        if (existing.Contains(newId))
            throw new ArgumentException($"Duplicate {kind} id '{newId}': ids must be unique.");
    }
}
