using System.Globalization;
using System.Text;
using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// The fast path of reading: one forward pass with <see cref="Utf8JsonReader"/> (no <see cref="JsonDocument"/> of
/// the whole file), building the model in the order <see cref="WorkspaceJsonReader"/> does, with the same results.
/// It accepts only what it reads exactly as that reader would; on anything else (a value of another type, an escaped
/// or repeated field name, a missing or unknown id, a model error, an unusual section order) it gives up and the
/// caller reads the document again with <see cref="WorkspaceJsonReader"/>, which stays the one definition of every
/// error message and JSON path. Small or rare parts (configuration, documentation, views, deployment nodes,
/// perspectives) are parsed as small <see cref="JsonDocument"/>s and read by <see cref="WorkspaceJsonReader"/> itself.
/// </summary>
internal sealed class WorkspaceJsonStreamReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 256, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    // Replaced before anyone can see it: the name comes after the model in Java's alphabetical order.
    private const string Placeholder = "?";

    private readonly Workspace _workspace = new(Placeholder);
    private readonly WorkspaceJsonReader _documentReader;
    private readonly List<JsonDocument> _documents = [];
    private readonly List<PendingRelationship> _pending = [];
    private readonly List<(string Name, string? Value)> _properties = [];
    private readonly List<Element> _children = [];
    private readonly Utf8StringCache _cache = new();
    private readonly NumberedElements _numbered = new();
    private int _elementOrder;
    // Where the buffer being read starts in the whole input (custom elements are read from a slice of it).
    private int _sliceOffset;

    private WorkspaceJsonStreamReader() => _documentReader = new WorkspaceJsonReader(_workspace);

    private Model Model => _workspace.Model;

    /// <summary>The workspace, or null when the fast path cannot read this document exactly as the full reader would.</summary>
    public static Workspace? TryRead(ReadOnlySpan<byte> utf8)
    {
        var reader = new WorkspaceJsonStreamReader();
        try
        {
            return reader.Read(utf8);
        }
#pragma warning disable CA1031 // Any failure at all means "not the fast path": the full reader decides and reports.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
        finally
        {
            foreach (var d in reader._documents) d.Dispose();
        }
    }

    private Workspace Read(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8, Options);
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject) throw Abandon();
        string? name = null, description = null, version = null, thumbnail = null, user = null, agent = null;
        long? id = null;
        DateTimeOffset? date = null;
        JsonElement? configuration = null, documentation = null, views = null;
        var seen = 0UL;
        while (NextField(ref r, ref seen, out var field))
        {
            switch (field)
            {
                case JsonField.Name: name = String(ref r); break;
                case JsonField.Description: description = String(ref r); break;
                case JsonField.Version: version = String(ref r); break;
                case JsonField.Thumbnail: thumbnail = String(ref r); break;
                case JsonField.LastModifiedUser: user = String(ref r); break;
                case JsonField.LastModifiedAgent: agent = String(ref r); break;
                case JsonField.Id: id = Long(ref r); break;
                case JsonField.LastModifiedDate: date = Date(ref r); break;
                case JsonField.Properties: if (ReadProperties(ref r, _properties)) Apply(_properties, _workspace.Properties); break;
                case JsonField.Configuration: configuration = Subtree(ref r); break;
                case JsonField.Documentation: documentation = Subtree(ref r); break;
                case JsonField.Views: views = Subtree(ref r); break;
                case JsonField.Model: ReadModel(ref r, utf8); break;
                default: r.Skip(); break;
            }
        }
        if (r.Read()) throw Abandon();

        if (string.IsNullOrEmpty(name)) throw Abandon();
        _workspace.Name = name;
        _workspace.Description = description;
        _workspace.Id = id ?? 0;
        _workspace.Version = version;
        _workspace.Thumbnail = thumbnail;
        _workspace.LastModifiedDate = date;
        _workspace.LastModifiedUser = user;
        _workspace.LastModifiedAgent = agent;
        // The full reader reads these before the model; none of them depends on the model or changes it.
        if (ObjectOrNull(configuration) is { } c) _documentReader.ReadConfiguration(c);
        if (ObjectOrNull(documentation) is { } d) WorkspaceJsonReader.ReadDocumentation(d, _workspace.Documentation);
        if (ObjectOrNull(views) is { } v) _documentReader.ReadViews(v);
        return _workspace;
    }

    // ------------------------------------------------------------------ model

    private void ReadModel(ref Utf8JsonReader r, ReadOnlySpan<byte> utf8)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartObject) throw Abandon();
        var seen = 0UL;
        var systemsRead = false;
        var customStart = -1;
        var customLength = 0;
        JsonElement? deploymentNodes = null;
        while (NextField(ref r, ref seen, out var field))
        {
            switch (field)
            {
                case JsonField.Properties:
                    if (ReadProperties(ref r, _properties)) Apply(_properties, Model.Properties);
                    break;
                case JsonField.People:
                    // The full reader creates people first; after systems, keeping its order would need buffering.
                    if (systemsRead) throw Abandon();
                    ReadElements(ref r, utf8, ElementKind.Person, null);
                    break;
                case JsonField.SoftwareSystems:
                    systemsRead = ReadElements(ref r, utf8, ElementKind.SoftwareSystem, null);
                    break;
                case JsonField.CustomElements:
                    // Java writes custom elements first, but they come after people and systems: read them at the end.
                    if (!r.Read()) throw Abandon();
                    customStart = checked((int)r.TokenStartIndex);
                    r.Skip();
                    customLength = checked((int)r.BytesConsumed) - customStart;
                    break;
                case JsonField.DeploymentNodes:
                    deploymentNodes = Subtree(ref r);
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        if (customStart >= 0)
        {
            var slice = utf8.Slice(customStart, customLength);
            var custom = new Utf8JsonReader(slice, Options);
            _sliceOffset = customStart;
            ReadElements(ref custom, slice, ElementKind.Custom, null);
            _sliceOffset = 0;
        }
        if (deploymentNodes is { } nodes && nodes.ValueKind != JsonValueKind.Null)
        {
            if (nodes.ValueKind != JsonValueKind.Array) throw Abandon();
            foreach (var n in nodes.EnumerateArray()) _documentReader.ReadDeploymentNode(new JsonObjectReader(n, JsonLocation.Root), null);
        }
        ReadPendingRelationships(utf8);
        // Relationships of deployment elements come last, as in the full reader (deployment nodes are read last).
        _documentReader.ReadPendingRelationships();
        IdOrder.Apply(Model);
    }

    private enum ElementKind
    {
        Person,
        SoftwareSystem,
        Container,
        Component,
        Custom,
    }

    /// <summary>Reads an array of elements; true when it held any.</summary>
    private bool ReadElements(ref Utf8JsonReader r, ReadOnlySpan<byte> buffer, ElementKind kind, Element? parent)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return false;
        if (r.TokenType != JsonTokenType.StartArray) throw Abandon();
        var any = false;
        while (true)
        {
            if (!r.Read()) throw Abandon();
            if (r.TokenType == JsonTokenType.EndArray) return any;
            if (r.TokenType != JsonTokenType.StartObject) throw Abandon();
            ReadElement(ref r, buffer, kind, parent);
            any = true;
        }
    }

    private void ReadElement(ref Utf8JsonReader r, ReadOnlySpan<byte> buffer, ElementKind kind, Element? parent)
    {
        // Created when its object starts, because its children (which Java writes before its id and name) need
        // it as their parent; the id and name are set when the object ends, before it joins the model.
        StaticStructureElement element = kind switch
        {
            ElementKind.Person => new Person(Model, Placeholder, Placeholder),
            ElementKind.SoftwareSystem => new SoftwareSystem(Model, Placeholder, Placeholder),
            ElementKind.Container => new Container(Model, Placeholder, Placeholder, (SoftwareSystem)parent!),
            ElementKind.Component => new Component(Model, Placeholder, Placeholder, (Container)parent!),
            _ => new CustomElement(Model, Placeholder, Placeholder),
        };
        // The full reader queues relationships element by element in this (pre-)order; Java writes an element's
        // own relationships after its children, so the queue is put back in this order before it is read.
        var order = _elementOrder++;
        if (kind == ElementKind.SoftwareSystem) _children.Clear();
        else if (kind is ElementKind.Container or ElementKind.Component) _children.Add(element);

        string? id = null, name = null, description = null, tags = null, url = null, group = null, technology = null, metadata = null;
        var seen = 0UL;
        while (NextField(ref r, ref seen, out var field))
        {
            switch (field)
            {
                case JsonField.Id: id = String(ref r); break;
                case JsonField.Name: name = String(ref r); break;
                case JsonField.Description: description = CachedString(ref r); break;
                case JsonField.Tags: tags = CachedString(ref r); break;
                case JsonField.Url: url = String(ref r); break;
                case JsonField.Group: group = CachedString(ref r); break;
                case JsonField.Technology when kind is ElementKind.Container or ElementKind.Component: technology = CachedString(ref r); break;
                case JsonField.Metadata when kind == ElementKind.Custom: metadata = CachedString(ref r); break;
                case JsonField.Properties:
                    if (ReadProperties(ref r, _properties)) Apply(_properties, element.Properties);
                    break;
                case JsonField.Perspectives: ReadPerspectives(ref r, element); break;
                case JsonField.Relationships: ReadRelationships(ref r, element, order); break;
                case JsonField.Documentation when kind is ElementKind.SoftwareSystem or ElementKind.Container or ElementKind.Component:
                    ReadDocumentation(ref r, buffer, element);
                    break;
                case JsonField.Containers when kind == ElementKind.SoftwareSystem: ReadElements(ref r, buffer, ElementKind.Container, element); break;
                case JsonField.Components when kind == ElementKind.Container: ReadElements(ref r, buffer, ElementKind.Component, element); break;
                default: r.Skip(); break;
            }
        }
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name)) throw Abandon();
        element.SetIdBeforeAttach(id);
        element.Name = Element.RequireName(name, "element");
        element.Description = description;
        element.ReplaceTags(tags);
        element.Url = url;
        element.Group = group;
        switch (element)
        {
            case Container c: c.Technology = technology; break;
            case Component k: k.Technology = technology; break;
            case CustomElement e: e.Metadata = metadata; break;
        }
        switch (kind)
        {
            case ElementKind.Person:
                Claim(element);
                Model.AttachPerson((Person)element);
                break;
            case ElementKind.Custom:
                Claim(element);
                Model.AttachCustomElement((CustomElement)element);
                break;
            case ElementKind.SoftwareSystem:
                // The system, then its containers and components in the order the full reader attaches them.
                var system = (SoftwareSystem)element;
                Claim(element);
                Model.AttachSoftwareSystem(system);
                foreach (var child in _children)
                {
                    Claim(child);
                    if (child is Container container) system.AttachContainer(container);
                    else ((Container)child.Parent!).AttachComponent((Component)child);
                }
                _children.Clear();
                break;
        }
    }

    /// <summary>
    /// What the full reader does with an id read from JSON besides refusing one that is taken: Model.Register refuses
    /// those here (an element's id when it joins, a relationship's against elements and relationships alike).
    /// </summary>
    private void Claim(Element element)
    {
        Model.Found(element.Id);
        _numbered.Add(element);
    }

    private void ReadDocumentation(ref Utf8JsonReader r, ReadOnlySpan<byte> buffer, StaticStructureElement element)
    {
        // Java writes "documentation": {} for every element: recognise that without building anything (and without
        // copying the reader, which is costly at this rate).
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartObject) throw Abandon();
        var start = checked((int)r.TokenStartIndex);
        var depth = r.CurrentDepth;
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.EndObject) return;
        // Some content: skip to the end of the object, then let the full reader's code read that slice.
        while (r.TokenType != JsonTokenType.EndObject || r.CurrentDepth != depth)
        {
            r.Skip();
            if (!r.Read()) throw Abandon();
        }
        var document = JsonDocument.Parse(buffer[start..checked((int)r.BytesConsumed)].ToArray());
        _documents.Add(document);
        var json = new JsonObjectReader(document.RootElement, JsonLocation.Root);
        if (!WorkspaceJsonReader.HasDocumentation(json)) return;
        var documentation = element switch
        {
            SoftwareSystem s => s.Documentation,
            Container c => c.Documentation,
            Component k => k.Documentation,
            _ => throw Abandon(),
        };
        WorkspaceJsonReader.ReadDocumentation(json, documentation);
    }

    private void ReadPerspectives(ref Utf8JsonReader r, ModelItem item)
    {
        var perspectives = Subtree(ref r);
        if (perspectives.ValueKind == JsonValueKind.Null) return;
        if (perspectives.ValueKind != JsonValueKind.Array) throw Abandon();
        foreach (var p in perspectives.EnumerateArray()) WorkspaceJsonReader.ReadPerspective(new JsonObjectReader(p, JsonLocation.Root), item);
    }

    // ------------------------------------------------------------------ relationships

    /// <summary>
    /// A relationship read but not yet in the model: it is created with its owner at both ends, and its ends are
    /// resolved (from the ids' UTF-8 bytes, without creating strings) once every element is known.
    /// </summary>
    private struct PendingRelationship
    {
        public Relationship Relationship;
        public int OwnerOrder;
        // Byte ranges of the input; SourceStart is -1 when the source is the owner.
        public int SourceStart, SourceLength, DestinationStart, DestinationLength;
    }

    private void ReadRelationships(ref Utf8JsonReader r, Element owner, int ownerOrder)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartArray) throw Abandon();
        while (true)
        {
            if (!r.Read()) throw Abandon();
            if (r.TokenType == JsonTokenType.EndArray) return;
            if (r.TokenType != JsonTokenType.StartObject) throw Abandon();
            var p = new PendingRelationship { OwnerOrder = ownerOrder, SourceStart = -1, DestinationStart = -1 };
            string? id = null, description = null, technology = null, tags = null, url = null, linked = null;
            InteractionStyle? interactionStyle = null;
            var hasProperties = false;
            JsonElement? perspectives = null;
            var seen = 0UL;
            while (NextField(ref r, ref seen, out var field))
            {
                switch (field)
                {
                    case JsonField.Id: id = String(ref r); break;
                    case JsonField.SourceId:
                        // A null source is the owner, as when it is left out.
                        if (IdRange(ref r, out var sourceStart, out var sourceLength)) (p.SourceStart, p.SourceLength) = (sourceStart, sourceLength);
                        break;
                    case JsonField.DestinationId:
                        if (!IdRange(ref r, out p.DestinationStart, out p.DestinationLength)) throw Abandon();
                        break;
                    case JsonField.Description: description = CachedString(ref r); break;
                    case JsonField.Technology: technology = CachedString(ref r); break;
                    case JsonField.Tags: tags = CachedString(ref r); break;
                    case JsonField.Url: url = String(ref r); break;
                    case JsonField.LinkedRelationshipId: linked = String(ref r); break;
                    case JsonField.InteractionStyle:
                        // As JsonObjectReader.Enum: an unknown name reads as unset, not as an error.
                        var style = CachedString(ref r);
                        interactionStyle = style is not null && Enum.TryParse<InteractionStyle>(style, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
                        break;
                    case JsonField.Properties: hasProperties = ReadProperties(ref r, _properties); break;
                    case JsonField.Perspectives: perspectives = Subtree(ref r); break;
                    default: r.Skip(); break;
                }
            }
            if (string.IsNullOrEmpty(id) || p.DestinationStart < 0) throw Abandon();
            // Both ends are the owner until every element is known; ReadPendingRelationships sets them.
            var relationship = new Relationship(Model, id, owner, owner, description, technology, linked is not null)
            {
                LinkedRelationshipId = linked,
            };
            relationship.SetInteractionStyleRaw(interactionStyle);
            relationship.ReplaceTags(tags);
            relationship.Url = url;
            if (hasProperties) Apply(_properties, relationship.Properties);
            if (perspectives is { ValueKind: not JsonValueKind.Null } list)
            {
                if (list.ValueKind != JsonValueKind.Array) throw Abandon();
                foreach (var q in list.EnumerateArray()) WorkspaceJsonReader.ReadPerspective(new JsonObjectReader(q, JsonLocation.Root), relationship);
            }
            p.Relationship = relationship;
            _pending.Add(p);
        }
    }

    /// <summary>
    /// Where the id value of the next token lies in the whole input; false for null. Escaped ids (never written by
    /// Java) and other types give up.
    /// </summary>
    private bool IdRange(ref Utf8JsonReader r, out int start, out int length)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null)
        {
            start = length = -1;
            return false;
        }
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence) throw Abandon();
        // The token starts at its opening quote.
        start = _sliceOffset + checked((int)r.TokenStartIndex) + 1;
        length = r.ValueSpan.Length;
        return true;
    }

    private void ReadPendingRelationships(ReadOnlySpan<byte> utf8)
    {
        var pending = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending);
        Model.EnsureRelationshipCapacity(pending.Length);
        // First the ends of every relationship, resolved from their ids' bytes; then every relationship is registered in
        // the order of its owner. The elements' relationship lists are the model's to make, when first asked for.
        foreach (ref var p in pending)
        {
            var relationship = p.Relationship;
            var source = p.SourceStart < 0 ? relationship.Source : Resolve(utf8.Slice(p.SourceStart, p.SourceLength));
            var destination = Resolve(utf8.Slice(p.DestinationStart, p.DestinationLength));
            relationship.SetEndsBeforeRegister(source, destination);
        }
        foreach (var i in InOwnerOrder(pending))
        {
            var relationship = pending[i].Relationship;
            // Register refuses an id already taken by an element or relationship.
            Model.Found(relationship.Id);
            Model.Register(relationship);
        }
    }

    /// <summary>Indexes of the pending relationships, stably ordered by owner (a counting sort; usually one pass).</summary>
    private int[] InOwnerOrder(ReadOnlySpan<PendingRelationship> pending)
    {
        var counts = new int[_elementOrder + 1];
        foreach (ref readonly var p in pending) counts[p.OwnerOrder + 1]++;
        for (var i = 1; i < counts.Length; i++) counts[i] += counts[i - 1];
        var order = new int[pending.Length];
        for (var i = 0; i < pending.Length; i++) order[counts[pending[i].OwnerOrder]++] = i;
        return order;
    }

    /// <summary>The element with the id given as UTF-8 bytes, found without creating a string.</summary>
    private Element Resolve(ReadOnlySpan<byte> utf8Id)
    {
        if (utf8Id.IsEmpty) throw Abandon();
        if (_numbered.Find(utf8Id) is { } numbered) return numbered;
        const int StackLimit = 128;
        if (utf8Id.Length > StackLimit) return Model.GetElement(Encoding.UTF8.GetString(utf8Id)) ?? throw Abandon();
        Span<char> chars = stackalloc char[StackLimit];
        var length = Encoding.UTF8.GetChars(utf8Id, chars);
        return Model.GetElement(chars[..length]) ?? throw Abandon();
    }

    // ------------------------------------------------------------------ values

    /// <summary>Moves to the next property of the current object; false at its end. Escaped or repeated known names give up.</summary>
    private static bool NextField(ref Utf8JsonReader r, ref ulong seen, out JsonField field)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.EndObject)
        {
            field = JsonField.Unknown;
            return false;
        }
        // The full reader sees the unescaped name and, for a repeated one, only the last value.
        if (r.TokenType != JsonTokenType.PropertyName || r.ValueIsEscaped) throw Abandon();
        field = JsonFields.Classify(r.ValueSpan);
        if (field == JsonField.Unknown) return true;
        var bit = 1UL << (int)field;
        if ((seen & bit) != 0) throw Abandon();
        seen |= bit;
        return true;
    }

    private static string? String(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw Abandon();
        return r.TokenType switch
        {
            JsonTokenType.String => r.GetString(),
            JsonTokenType.Null => null,
            // Numbers and booleans read as their text in the full reader; rare enough to leave to it.
            _ => throw Abandon(),
        };
    }

    private string? CachedString(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw Abandon();
        return r.TokenType switch
        {
            JsonTokenType.String => _cache.Get(ref r),
            JsonTokenType.Null => null,
            _ => throw Abandon(),
        };
    }

    private static long? Long(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return null;
        return r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var n) ? n : throw Abandon();
    }

    private static DateTimeOffset? Date(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return null;
        // As JsonObjectReader.Date for text; numbers (epoch milliseconds) are left to the full reader.
        if (r.TokenType == JsonTokenType.String && DateTimeOffset.TryParse(r.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            return date;
        throw Abandon();
    }

    /// <summary>Reads a properties object into the buffer; false when the value is null.</summary>
    private bool ReadProperties(ref Utf8JsonReader r, List<(string Name, string? Value)> buffer)
    {
        buffer.Clear();
        if (!r.Read()) throw Abandon();
        if (r.TokenType == JsonTokenType.Null) return false;
        if (r.TokenType != JsonTokenType.StartObject) throw Abandon();
        while (true)
        {
            if (!r.Read()) throw Abandon();
            if (r.TokenType == JsonTokenType.EndObject) return true;
            var name = _cache.Get(ref r);
            if (!r.Read()) throw Abandon();
            // As JsonObjectReader.ReadProperties: scalars are kept as their JSON text.
            string? value = r.TokenType switch
            {
                JsonTokenType.String => _cache.Get(ref r),
                JsonTokenType.Null => null,
                JsonTokenType.Number => Encoding.UTF8.GetString(r.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                _ => throw Abandon(),
            };
            buffer.Add((name, value));
        }
    }

    private static void Apply(List<(string Name, string? Value)> properties, PropertyDictionary target)
    {
        foreach (var (name, value) in properties)
            if (!string.IsNullOrWhiteSpace(name)) target.Set(name, value);
    }

    /// <summary>The next value as a small document, kept alive until the read ends.</summary>
    private JsonElement Subtree(ref Utf8JsonReader r)
    {
        var document = JsonDocument.ParseValue(ref r);
        _documents.Add(document);
        return document.RootElement;
    }

    private static JsonObjectReader? ObjectOrNull(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Object } v => new JsonObjectReader(v, JsonLocation.Root),
        _ => throw Abandon(),
    };

    private static InvalidDataException Abandon() => new("The streaming reader leaves this document to the full reader.");
}
