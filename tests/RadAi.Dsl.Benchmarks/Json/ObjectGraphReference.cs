using System.Buffers.Text;
using System.Text.Json;

namespace RadAi.Dsl.Benchmarks.Json;

/// <summary>
/// A reference for the read benchmarks, not a reader: the least that any reader building one object per element and
/// relationship must do over the same bytes. One small object per JSON object that has an id, holding its id and name
/// as new strings, its description, technology and tags shared with every equal text seen before (by their UTF-8
/// bytes, without a string per repeat), its source and destination ids as numbers; and a dictionary from id to
/// object. No parents, children, relationship lists, properties, views or checks. The gap between this and the bare
/// <see cref="Utf8JsonReader"/> pass is what materialising a model costs on this runtime before any design choice.
/// </summary>
public static class ObjectGraphReference
{
    /// <summary>Builds the objects and returns how many there are.</summary>
    public static int Read(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var byId = new Dictionary<string, Item>(StringComparer.Ordinal);
        var shared = new Dictionary<int, (byte[] Utf8, string Text)>();
        var open = new Stack<Item>();
        var field = Field.None;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    open.Push(new Item());
                    break;
                case JsonTokenType.EndObject:
                    var item = open.Pop();
                    if (item.Id is not null) byId.TryAdd(item.Id, item);
                    break;
                case JsonTokenType.PropertyName:
                    field = Classify(ref reader);
                    break;
                case JsonTokenType.String when open.Count > 0:
                    var top = open.Peek();
                    switch (field)
                    {
                        case Field.Id: top.Id = reader.GetString(); break;
                        case Field.Name: top.Name = reader.GetString(); break;
                        case Field.Description: top.Description = Shared(ref reader, shared); break;
                        case Field.Technology: top.Technology = Shared(ref reader, shared); break;
                        case Field.Tags: top.Tags = Shared(ref reader, shared); break;
                        // Java writes numeric ids; anything else is kept as -1 (this is a reference, not a reader).
                        case Field.SourceId: top.Source = Utf8Parser.TryParse(reader.ValueSpan, out int source, out _) ? source : -1; break;
                        case Field.DestinationId: top.Destination = Utf8Parser.TryParse(reader.ValueSpan, out int destination, out _) ? destination : -1; break;
                    }
                    break;
            }
        }
        return byId.Count;
    }

    private static Field Classify(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("id"u8) ? Field.Id
            : reader.ValueTextEquals("name"u8) ? Field.Name
            : reader.ValueTextEquals("description"u8) ? Field.Description
            : reader.ValueTextEquals("technology"u8) ? Field.Technology
            : reader.ValueTextEquals("tags"u8) ? Field.Tags
            : reader.ValueTextEquals("sourceId"u8) ? Field.SourceId
            : reader.ValueTextEquals("destinationId"u8) ? Field.DestinationId
            : Field.None;

    // Equal texts share one string, found by a hash of their bytes (the last text with that hash wins the slot).
    private static string Shared(ref Utf8JsonReader reader, Dictionary<int, (byte[] Utf8, string Text)> shared)
    {
        var utf8 = reader.ValueSpan;
        var hash = 0;
        foreach (var b in utf8) hash = (hash * 31) + b;
        if (shared.TryGetValue(hash, out var entry) && entry.Utf8.AsSpan().SequenceEqual(utf8)) return entry.Text;
        var text = reader.GetString()!;
        shared[hash] = (utf8.ToArray(), text);
        return text;
    }

    private enum Field { None, Id, Name, Description, Technology, Tags, SourceId, DestinationId }

    private sealed class Item
    {
        public string? Id, Name, Description, Technology, Tags;
        public int Source, Destination;
    }
}
