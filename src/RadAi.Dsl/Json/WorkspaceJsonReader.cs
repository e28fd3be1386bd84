using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Reads Structurizr workspace JSON in one forward pass with <see cref="Utf8JsonReader"/>: the model's elements and
/// relationships, nearly all of a large file, are built as their tokens go by, without a <see cref="JsonDocument"/> of
/// the whole file. The small sections (configuration, documentation, views, deployment nodes, perspectives) are parsed
/// as small documents and read by <see cref="JsonSectionReader"/>. Jackson's leniency is kept (unknown fields are
/// ignored, numbers and booleans read as their text where a string is expected, unknown enum names as unset); every
/// other mismatch is a <see cref="WorkspaceJsonException"/> naming its JSON path, which is worked out from the byte
/// offset only when an error needs it.
/// </summary>
internal sealed class WorkspaceJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 256, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    // Replaced before anyone can see it: the name comes after the model in Java's alphabetical order.
    private const string Placeholder = "?";

    private readonly Workspace _workspace = new(Placeholder);
    private readonly JsonSectionReader _sections;
    private readonly List<JsonDocument> _documents = [];
    private readonly List<PendingRelationship> _pending = [];
    private readonly List<(string Text, long Offset)> _textIds = [];
    private readonly List<(string Name, string? Value)> _properties = [];
    private readonly List<(StaticStructureElement Element, long IdOffset, long NameOffset)> _children = [];
    // Repeated short values (tags, technologies, property names) share one string: about 30 % fewer bytes allocated,
    // and kept by the model, reading a large workspace.
    private readonly Utf8StringCache _cache = new();
    private int _elementOrder;
    // Where the buffer being read starts in the whole input (custom elements are read from a slice of it).
    private int _sliceOffset;
    // Where the last value read starts in the whole input: an error about it names its path from there.
    private long _valueOffset;

    private WorkspaceJsonReader() => _sections = new JsonSectionReader(_workspace);

    private Model Model => _workspace.Model;

    /// <summary>The workspace in the JSON, which has been checked to be UTF-8 and has no lone surrogate escape.</summary>
    /// <exception cref="WorkspaceJsonException">The JSON is malformed or cannot be read as a workspace.</exception>
    public static Workspace Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new WorkspaceJsonReader();
        try
        {
            return reader.ReadWorkspace(utf8);
        }
        catch (JsonException e)
        {
            throw WorkspaceJson.Malformed(e, utf8);
        }
        catch (ErrorAt e)
        {
            // As a parser that reads the whole document first: malformed JSON is reported wherever it is.
            ThrowIfMalformed(utf8);
            throw new WorkspaceJsonException(JsonTokenPath.At(utf8, e.Offset) + e.PathSuffix, e.Message);
        }
        catch (WorkspaceJsonException)
        {
            ThrowIfMalformed(utf8);
            throw;
        }
        finally
        {
            foreach (var d in reader._documents) d.Dispose();
        }
    }

    private static void ThrowIfMalformed(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8, Options);
        try
        {
            while (r.Read()) { }
        }
        catch (JsonException e)
        {
            throw WorkspaceJson.Malformed(e, utf8);
        }
    }

    private Workspace ReadWorkspace(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8, Options);
        r.Read();
        var start = r.TokenStartIndex;
        if (r.TokenType != JsonTokenType.StartObject) throw new ErrorAt(start, $"expected an object but found {Describe(r.TokenType)}.");
        string? name = null, description = null, version = null, thumbnail = null, user = null, agent = null;
        long nameOffset = 0;
        long? id = null;
        DateTimeOffset? date = null;
        JsonElement? configuration = null, documentation = null, views = null;
        var seen = 0UL;
        while (NextField(ref r, ref seen, out var field))
        {
            switch (field)
            {
                case JsonField.Name: name = String(ref r); nameOffset = _valueOffset; break;
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
        r.Read();

        if (string.IsNullOrEmpty(name)) throw new ErrorAt(start, ".name", "is missing or empty.");
        try
        {
            _workspace.Name = name;
        }
        catch (ArgumentException e)
        {
            throw new ErrorAt(nameOffset, ExceptionWords.Of(e));
        }
        _workspace.Description = description;
        _workspace.Id = id ?? 0;
        _workspace.Version = version;
        _workspace.Thumbnail = thumbnail;
        _workspace.LastModifiedDate = date;
        _workspace.LastModifiedUser = user;
        _workspace.LastModifiedAgent = agent;
        // None of these depends on the order of the model's sections; the views need the whole model.
        if (Section(configuration, "configuration") is { } c) _sections.ReadConfiguration(c);
        if (Section(documentation, "documentation") is { } d) JsonSectionReader.ReadDocumentation(d, _workspace.Documentation);
        if (Section(views, "views") is { } v) _sections.ReadViews(v);
        return _workspace;
    }

    // ------------------------------------------------------------------ model

    private void ReadModel(ref Utf8JsonReader r, ReadOnlySpan<byte> utf8)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartObject) throw Expected(ref r, "an object");
        var seen = 0UL;
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
                    ReadElements(ref r, utf8, ElementKind.Person, null);
                    break;
                case JsonField.SoftwareSystems:
                    ReadElements(ref r, utf8, ElementKind.SoftwareSystem, null);
                    break;
                case JsonField.CustomElements:
                    // Java writes custom elements first; they join the model after people and systems, so they are read last.
                    r.Read();
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
        if (deploymentNodes is { ValueKind: not JsonValueKind.Null } nodes)
        {
            var location = JsonLocation.Root.Property("model").Property("deploymentNodes");
            if (nodes.ValueKind != JsonValueKind.Array)
                throw new WorkspaceJsonException(location.ToString(), $"expected an array but found {JsonObjectReader.Describe(nodes.ValueKind)}.");
            var i = 0;
            foreach (var n in nodes.EnumerateArray()) _sections.ReadDeploymentNode(new JsonObjectReader(n, location.Item(i++)), null);
        }
        ReadPendingRelationships(utf8);
        // Relationships of deployment elements come last: deployment nodes are read last.
        _sections.ReadPendingRelationships();
        IdOrder.Apply(Model);
    }

    // The methods that run per element, relationship or token are marked AggressiveOptimization: compiled optimised at
    // their first call. Otherwise a program that reads workspaces a few times (a tool, a test run, a service's first
    // requests) runs them unoptimised, then instrumented for dynamic PGO, for its first 10-15 reads, until the runtime
    // recompiles them in the background (measured with the benchmarks' side-by-side mode, docs/performance.md). What it
    // costs: these methods get no dynamic PGO, and ReadyToRun leaves them to the JIT.
    private enum ElementKind
    {
        Person,
        SoftwareSystem,
        Container,
        Component,
        Custom,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadElements(ref Utf8JsonReader r, ReadOnlySpan<byte> buffer, ElementKind kind, Element? parent)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartArray) throw Expected(ref r, "an array");
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndArray) return;
            if (r.TokenType != JsonTokenType.StartObject) throw Expected(ref r, "an object");
            ReadElement(ref r, buffer, kind, parent);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadElement(ref Utf8JsonReader r, ReadOnlySpan<byte> buffer, ElementKind kind, Element? parent)
    {
        var start = Offset(ref r);
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
        // Relationships are registered owner by owner in this (pre-)order, which Java's nesting does not follow.
        var order = _elementOrder++;
        var child = -1;
        if (kind == ElementKind.SoftwareSystem) _children.Clear();
        else if (kind is ElementKind.Container or ElementKind.Component)
        {
            child = _children.Count;
            _children.Add((element, 0, 0));
        }

        string? id = null, name = null, description = null, tags = null, url = null, group = null, technology = null, metadata = null;
        long idOffset = 0, nameOffset = 0, urlOffset = 0;
        var seen = 0UL;
        while (NextField(ref r, ref seen, out var field))
        {
            switch (field)
            {
                case JsonField.Id: id = String(ref r); idOffset = _valueOffset; break;
                case JsonField.Name: name = String(ref r); nameOffset = _valueOffset; break;
                case JsonField.Description: description = CachedString(ref r); break;
                case JsonField.Tags: tags = CachedString(ref r); break;
                case JsonField.Url: url = String(ref r); urlOffset = _valueOffset; break;
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
        if (string.IsNullOrEmpty(id)) throw new ErrorAt(start, ".id", "is missing or empty.");
        if (string.IsNullOrEmpty(name)) throw new ErrorAt(start, ".name", "is missing or empty.");
        element.SetIdBeforeAttach(id);
        try
        {
            element.Name = Element.RequireName(name, element.GetType().Name);
        }
        catch (ArgumentException e)
        {
            throw new ErrorAt(nameOffset, ExceptionWords.Of(e));
        }
        element.Description = description;
        element.ReplaceTags(tags);
        SetUrl(element, url, urlOffset);
        element.Group = group;
        switch (element)
        {
            case Container c: c.Technology = technology; break;
            case Component k: k.Technology = technology; break;
            case CustomElement e: e.Metadata = metadata; break;
        }
        if (kind is ElementKind.Container or ElementKind.Component)
        {
            _children[child] = (element, idOffset, nameOffset);
            return;
        }
        Attach(element, idOffset, nameOffset);
        // A system's containers and components join after it, each container before its components.
        foreach (var (descendant, descendantId, descendantName) in _children) Attach(descendant, descendantId, descendantName);
        _children.Clear();
    }

    /// <summary>An element joins the model; an id already taken, or a name its parent refuses, is an error at that field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Attach(StaticStructureElement element, long idOffset, long nameOffset)
    {
        if (Model.IsIdTaken(element.Id)) throw new ErrorAt(idOffset, $"id '{element.Id}' is used twice; element and relationship ids must be unique.");
        // New ids continue after the highest one read.
        Model.Found(element.Id);
        try
        {
            switch (element)
            {
                case Person person: Model.AttachPerson(person); break;
                case SoftwareSystem system: Model.AttachSoftwareSystem(system); break;
                case Container container: container.SoftwareSystem.AttachContainer(container); break;
                case Component component: component.Container.AttachComponent(component); break;
                default: Model.AttachCustomElement((CustomElement)element); break;
            }
        }
        catch (Exception e) when (e is ModelException or ArgumentException)
        {
            throw new ErrorAt(nameOffset, ExceptionWords.Of(e));
        }
    }

    private static void SetUrl(ModelItem item, string? url, long offset)
    {
        try
        {
            item.Url = url;
        }
        catch (Exception e) when (e is ModelException or ArgumentException)
        {
            throw new ErrorAt(offset, ExceptionWords.Of(e));
        }
    }

    private void ReadDocumentation(ref Utf8JsonReader r, ReadOnlySpan<byte> buffer, StaticStructureElement element)
    {
        // Java writes "documentation": {} for every element: recognise that without building anything (and without
        // copying the reader, which is costly at this rate).
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartObject) throw Expected(ref r, "an object");
        var start = checked((int)r.TokenStartIndex);
        var depth = r.CurrentDepth;
        r.Read();
        if (r.TokenType == JsonTokenType.EndObject) return;
        while (r.TokenType != JsonTokenType.EndObject || r.CurrentDepth != depth)
        {
            r.Skip();
            r.Read();
        }
        var document = JsonDocument.Parse(buffer[start..checked((int)r.BytesConsumed)].ToArray());
        _documents.Add(document);
        var documentation = element switch
        {
            SoftwareSystem s => s.Documentation,
            Container c => c.Documentation,
            _ => ((Component)element).Documentation,
        };
        try
        {
            var json = new JsonObjectReader(document.RootElement, JsonLocation.Root);
            if (JsonSectionReader.HasDocumentation(json)) JsonSectionReader.ReadDocumentation(json, documentation);
        }
        catch (WorkspaceJsonException e)
        {
            throw ErrorAt.Within(_sliceOffset + start, e);
        }
    }

    private void ReadPerspectives(ref Utf8JsonReader r, ModelItem item)
    {
        // The value starts after the property name, maybe after white space: the path finder takes the next token.
        var start = _sliceOffset + r.BytesConsumed;
        ReadPerspectives(Subtree(ref r), start, item);
    }

    private static void ReadPerspectives(JsonElement perspectives, long start, ModelItem item)
    {
        if (perspectives.ValueKind == JsonValueKind.Null) return;
        try
        {
            if (perspectives.ValueKind != JsonValueKind.Array)
                throw new WorkspaceJsonException(JsonLocation.Root.ToString(), $"expected an array but found {JsonObjectReader.Describe(perspectives.ValueKind)}.");
            var i = 0;
            foreach (var p in perspectives.EnumerateArray()) JsonSectionReader.ReadPerspective(new JsonObjectReader(p, JsonLocation.Root.Item(i++)), item);
        }
        catch (WorkspaceJsonException e)
        {
            throw ErrorAt.Within(start, e);
        }
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
        // Where its object starts in the input (which is at most 1 GiB).
        public int Offset;
        public IdValue Source, Destination;
    }

    /// <summary>
    /// An id as it stands in the input, kept small (there is one pair per relationship): Start is -1 when there is none,
    /// the byte range of a plain string (as Java writes ids), or, at -2 and below, an index into the ids read as text
    /// (escaped, or a number), which are rare.
    /// </summary>
    private struct IdValue
    {
        public int Start, Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRelationships(ref Utf8JsonReader r, Element owner, int ownerOrder)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return;
        if (r.TokenType != JsonTokenType.StartArray) throw Expected(ref r, "an array");
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndArray) return;
            if (r.TokenType != JsonTokenType.StartObject) throw Expected(ref r, "an object");
            var p = new PendingRelationship { OwnerOrder = ownerOrder, Offset = checked((int)Offset(ref r)), Source = { Start = -1 }, Destination = { Start = -1 } };
            string? id = null, description = null, technology = null, tags = null, url = null, linked = null;
            long urlOffset = 0, perspectivesOffset = 0;
            InteractionStyle? interactionStyle = null;
            var hasProperties = false;
            JsonElement? perspectives = null;
            var seen = 0UL;
            while (NextField(ref r, ref seen, out var field))
            {
                switch (field)
                {
                    case JsonField.Id: id = String(ref r); break;
                    // A null source is the owner, as when it is left out.
                    case JsonField.SourceId: p.Source = Id(ref r); break;
                    case JsonField.DestinationId: p.Destination = Id(ref r); break;
                    case JsonField.Description: description = CachedString(ref r); break;
                    case JsonField.Technology: technology = CachedString(ref r); break;
                    case JsonField.Tags: tags = CachedString(ref r); break;
                    case JsonField.Url: url = String(ref r); urlOffset = _valueOffset; break;
                    case JsonField.LinkedRelationshipId: linked = String(ref r); break;
                    case JsonField.InteractionStyle:
                        // An unknown name reads as unset, not as an error (Jackson's leniency).
                        var style = CachedString(ref r);
                        interactionStyle = style is not null && Enum.TryParse<InteractionStyle>(style, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
                        break;
                    case JsonField.Properties: hasProperties = ReadProperties(ref r, _properties); break;
                    case JsonField.Perspectives:
                        perspectivesOffset = _sliceOffset + r.BytesConsumed;
                        perspectives = Subtree(ref r);
                        break;
                    default: r.Skip(); break;
                }
            }
            if (string.IsNullOrEmpty(id)) throw new ErrorAt(p.Offset, ".id", "is missing or empty.");
            // Both ends are the owner until every element is known; ReadPendingRelationships sets them.
            var relationship = new Relationship(Model, id, owner, owner, description, technology, linked is not null)
            {
                LinkedRelationshipId = linked,
            };
            relationship.SetInteractionStyleRaw(interactionStyle);
            relationship.ReplaceTags(tags);
            SetUrl(relationship, url, urlOffset);
            if (hasProperties) Apply(_properties, relationship.Properties);
            if (perspectives is { } list) ReadPerspectives(list, perspectivesOffset, relationship);
            p.Relationship = relationship;
            _pending.Add(p);
        }
    }

    /// <summary>The id that is the next value; a byte range of the input when it is a plain string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IdValue Id(ref Utf8JsonReader r)
    {
        r.Read();
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return new IdValue { Start = -1 };
            case JsonTokenType.String when !r.ValueIsEscaped && !r.HasValueSequence:
                // The token starts at its opening quote.
                return new IdValue { Start = _sliceOffset + checked((int)r.TokenStartIndex) + 1, Length = r.ValueSpan.Length };
            default:
                _textIds.Add((ScalarText(ref r), Offset(ref r)));
                return new IdValue { Start = -1 - _textIds.Count };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPendingRelationships(ReadOnlySpan<byte> utf8)
    {
        var pending = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending);
        Model.EnsureRelationshipCapacity(pending.Length);
        // Registered in the order of their owners; each element's relationship lists are the model's to make, when first asked for.
        foreach (var i in InOwnerOrder(pending))
        {
            ref readonly var p = ref pending[i];
            var relationship = p.Relationship;
            var source = p.Source.Start == -1 ? relationship.Source : Resolve(utf8, p.Source, p.Offset, ".sourceId");
            var destination = p.Destination.Start == -1
                ? throw new ErrorAt(p.Offset, ".destinationId", "is missing or empty.")
                : Resolve(utf8, p.Destination, p.Offset, ".destinationId");
            relationship.SetEndsBeforeRegister(source, destination);
            try
            {
                // Register looks the id up itself: asking first would look it up twice more per relationship.
                Model.Register(relationship);
            }
            catch (Exception e) when (e is ModelException or ArgumentException)
            {
                // Nothing was registered, so the id is taken now only if it was before.
                if (Model.IsIdTaken(relationship.Id))
                    throw new ErrorAt(p.Offset, ".id", $"id '{relationship.Id}' is used twice; element and relationship ids must be unique.");
                throw new ErrorAt(p.Offset, ".id", ExceptionWords.Of(e));
            }
            Model.Found(relationship.Id);
        }
    }

    /// <summary>Indexes of the pending relationships, stably ordered by owner (a counting sort; usually one pass).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] InOwnerOrder(ReadOnlySpan<PendingRelationship> pending)
    {
        var counts = new int[_elementOrder + 1];
        foreach (ref readonly var p in pending) counts[p.OwnerOrder + 1]++;
        for (var i = 1; i < counts.Length; i++) counts[i] += counts[i - 1];
        var order = new int[pending.Length];
        for (var i = 0; i < pending.Length; i++) order[counts[pending[i].OwnerOrder]++] = i;
        return order;
    }

    /// <summary>The element an id names; a plain one is looked up from its UTF-8 bytes, through a stack buffer, without creating a string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit] // the stack buffer is written before it is read
    private Element Resolve(ReadOnlySpan<byte> utf8, in IdValue id, long relationshipOffset, string field)
    {
        if (id.Start <= -2)
        {
            var (text, offset) = _textIds[-2 - id.Start];
            if (text.Length == 0) throw new ErrorAt(relationshipOffset, field, "is missing or empty.");
            return Model.GetElement(text) ?? throw NoSuchElement(offset, text);
        }
        var bytes = utf8.Slice(id.Start, id.Length);
        // The value token starts at the quote before the id.
        var valueOffset = id.Start - 1;
        if (bytes.IsEmpty) throw new ErrorAt(relationshipOffset, field, "is missing or empty.");
        const int StackLimit = 128;
        if (bytes.Length > StackLimit)
        {
            var longId = Encoding.UTF8.GetString(bytes);
            return Model.GetElement(longId) ?? throw NoSuchElement(valueOffset, longId);
        }
        Span<char> chars = stackalloc char[StackLimit];
        // Ids are nearly always ASCII (Java numbers them): widened without the general decoder's set-up.
        var length = System.Text.Ascii.ToUtf16(bytes, chars, out var written) == System.Buffers.OperationStatus.Done
            ? written
            : Encoding.UTF8.GetChars(bytes, chars);
        return Model.GetElement(chars[..length]) ?? throw NoSuchElement(valueOffset, chars[..length].ToString());
    }

    private static ErrorAt NoSuchElement(long offset, string id) => new(offset, $"names element id '{id}', which does not exist.");

    // ------------------------------------------------------------------ values

    /// <summary>
    /// Moves to the next property of the current object; false at its end. A known name given twice in one object is
    /// an error: which of the two is meant cannot be told.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextField(ref Utf8JsonReader r, ref ulong seen, out JsonField field)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.EndObject)
        {
            field = JsonField.Unknown;
            return false;
        }
        field = Classify(ref r);
        if (field == JsonField.Unknown) return true;
        var bit = 1UL << (int)field;
        if ((seen & bit) != 0) throw new ErrorAt(Offset(ref r), "is given twice in one object; give it once.");
        seen |= bit;
        return true;
    }

    private static JsonField Classify(ref Utf8JsonReader r)
    {
        if (!r.ValueIsEscaped && !r.HasValueSequence) return JsonFields.Classify(r.ValueSpan);
        // An escape takes at least two bytes for one: no known name (20 bytes at most) is escaped in more than this.
        const int Longest = 6 * 20;
        if (r.ValueSpan.Length > Longest) return JsonField.Unknown;
        Span<byte> name = stackalloc byte[Longest];
        return JsonFields.Classify(name[..r.CopyString(name)]);
    }

    private long Offset(ref Utf8JsonReader r) => _sliceOffset + r.TokenStartIndex;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? String(ref Utf8JsonReader r)
    {
        r.Read();
        _valueOffset = Offset(ref r);
        return r.TokenType switch
        {
            JsonTokenType.String => r.GetString(),
            JsonTokenType.Null => null,
            _ => ScalarText(ref r),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? CachedString(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType switch
        {
            JsonTokenType.String => _cache.Get(ref r),
            JsonTokenType.Null => null,
            _ => ScalarText(ref r),
        };
    }

    /// <summary>A number or boolean where a string is expected reads as its JSON text; anything else is an error.</summary>
    private string ScalarText(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.String => r.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(r.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Expected(ref r, "a string"),
    };

    private long? Long(ref Utf8JsonReader r)
    {
        r.Read();
        switch (r.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.Number when r.TryGetInt64(out var n): return n;
            case JsonTokenType.Number when r.TryGetDouble(out var d) && Math.Abs(d) < long.MaxValue: return (long)d;
            case JsonTokenType.String when long.TryParse(r.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s): return s;
            default: throw Expected(ref r, "an integer");
        }
    }

    private DateTimeOffset? Date(ref Utf8JsonReader r)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return null;
        if (r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var millis))
        {
            // Epoch milliseconds, as Jackson writes a date by default.
            if (millis < -62135596800000L || millis > 253402300799999L) throw Expected(ref r, "a date");
            return DateTimeOffset.FromUnixTimeMilliseconds(millis);
        }
        if (r.TokenType == JsonTokenType.String && DateTimeOffset.TryParse(r.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            return date;
        throw Expected(ref r, "a date such as \"2024-01-15T00:00:00Z\"");
    }

    /// <summary>Reads a properties object into the buffer (scalars as their JSON text); false when the value is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadProperties(ref Utf8JsonReader r, List<(string Name, string? Value)> buffer)
    {
        buffer.Clear();
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return false;
        if (r.TokenType != JsonTokenType.StartObject) throw Expected(ref r, "an object");
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject) return true;
            var name = _cache.Get(ref r);
            r.Read();
            string? value = r.TokenType switch
            {
                JsonTokenType.String => _cache.Get(ref r),
                JsonTokenType.Null => null,
                _ => ScalarText(ref r),
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

    private static JsonObjectReader? Section(JsonElement? value, string name) => value is { ValueKind: not JsonValueKind.Null } v
        ? new JsonObjectReader(v, JsonLocation.Root.Property(name))
        : null;

    private ErrorAt Expected(ref Utf8JsonReader r, string what) => new(Offset(ref r), $"expected {what} but found {Describe(r.TokenType)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// An error at a byte offset of the input (and a path below it, such as <c>.name</c> for a missing field): the
    /// reader turns it into a <see cref="WorkspaceJsonException"/> with the JSON path, which only the input can give.
    /// </summary>
#pragma warning disable CA1032, CA1064 // Never leaves the reader.
    private sealed class ErrorAt(long offset, string pathSuffix, string problem, Exception? inner = null) : Exception(problem, inner)
#pragma warning restore CA1032, CA1064
    {
        public ErrorAt(long offset, string problem) : this(offset, "", problem) { }

        public long Offset { get; } = offset;

        public string PathSuffix { get; } = pathSuffix;

        /// <summary>An error of a section read from its own small document, whose paths start at that document's root.</summary>
        public static ErrorAt Within(long sectionOffset, WorkspaceJsonException e)
        {
            var path = e.JsonPath ?? "$";
            var problem = e.JsonPath is null ? e.Message : e.Message[(path.Length + 2)..];
            return new ErrorAt(sectionOffset, path[1..], problem, e.InnerException);
        }
    }
}
