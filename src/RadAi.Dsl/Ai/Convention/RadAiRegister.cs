using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RadAi.Dsl;

/// <summary>
/// Base of the RAD-AI registers that hold workspace-level tables (lineage, debt, pipelines, …). The typed records are
/// the only copy: the register's workspace property is written from them whenever the workspace is written.
/// </summary>
public abstract class RadAiRegister
{
    private readonly List<RegisterPart> _parts = [];

    private protected RadAiRegister(RadAiModel root) => Root = root;

    /// <summary>The RAD-AI model this register belongs to.</summary>
    public RadAiModel Root { get; }

    internal abstract string Key { get; }

    internal bool IsEmpty
    {
        get
        {
            foreach (var part in _parts)
                if (!part.IsEmpty) return false;
            return true;
        }
    }

    /// <summary>Declares a table of the register's stored JSON; declare in JSON order. Reading re-adds each record through <paramref name="readBack"/>.</summary>
    private protected RegisterTable<T> Table<T>(string name, Action<T> readBack) where T : class
        => Declare(new RegisterTable<T>(this, name, readBack));

    /// <summary>Declares a single record of the register's stored JSON; declare in JSON order. Reading hands it to <paramref name="readBack"/>.</summary>
    private protected RegisterValue<T> Value<T>(string name, Action<T> readBack) where T : class
        => Declare(new RegisterValue<T>(this, name, readBack));

    private TPart Declare<TPart>(TPart part) where TPart : RegisterPart
    {
        _parts.Add(part);
        return part;
    }

    /// <summary>Writes the register as one JSON object: its non-empty parts, in declaration order.</summary>
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var part in _parts)
        {
            if (part.IsEmpty) continue;
            writer.WritePropertyName(part.Name);
            part.WriteValue(writer);
        }
        writer.WriteEndObject();
    }

    internal void Read(RegisterReader reader)
    {
        foreach (var part in _parts) part.Read(reader);
    }

    /// <summary>
    /// Checks that a record about to be stored can be written (it refers only to elements of this workspace, its numbers
    /// are finite); the message names the record and the element. Called before the register changes, so a refused
    /// record leaves no trace.
    /// </summary>
    /// <exception cref="ModelException">The record refers to an element of another workspace.</exception>
    internal void RequireStorable<T>(T item, JsonTypeInfo<T> contract, string what)
    {
        try
        {
            Root.RequireStorable(item, contract);
        }
        catch (Exception e) when (e is ArgumentException or ModelException)
        {
            throw new ModelException($"{what}: {ExceptionWords.Of(e)}", e);
        }
    }

    private protected static void RequireUnique<T>(RegisterTable<T>.Index<string> existing, string newId, string kind) where T : class
    {
        if (string.IsNullOrWhiteSpace(newId)) throw new ModelException($"A {kind} needs an id.");
        if (existing.Contains(newId))
            throw new ModelException($"Duplicate {kind} id '{newId}': ids must be unique.");
    }
}
