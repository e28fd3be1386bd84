using System.Globalization;

namespace RadAi.Dsl;

/// <summary>
/// The C4 model of a workspace: people, software systems (with containers and components),
/// deployment nodes and the relationships between them. Ids come from one counter shared by
/// elements and relationships, as in structurizr-java.
/// </summary>
public sealed class Model
{
    private static readonly IReadOnlyList<Relationship> NoRelationships = [];

    private readonly List<Person> _people = [];
    private readonly List<SoftwareSystem> _softwareSystems = [];
    private readonly List<CustomElement> _customElements = [];
    private readonly List<DeploymentNode> _deploymentNodes = [];
    private readonly List<Element> _elements = [];
    private readonly Dictionary<string, Element> _elementsById = new(StringComparer.Ordinal);
    // Built on first query from the elements in order (no element's name or parent changes once it is in the model,
    // so it holds what registering each one would have added), then kept up to date by Register. Reading or building
    // a large model never needs it, and a canonical name is a new string per element.
    private Dictionary<string, Element>? _elementsByCanonicalName;
    private readonly Dictionary<string, StaticStructureElement> _topLevelByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> _relationshipsById = new(StringComparer.Ordinal);
    private readonly List<Relationship> _relationships = [];
    // Outgoing and incoming relationships live on the elements themselves (no lookup per relationship);
    // most pairs have one relationship, so the pair index holds exact-size arrays.
    // Keyed by the two elements' serial numbers (source in the high half).
    // long's own hash is low ^ high 32 bits: for two small serial numbers that collides massively (a ^ b), so
    // the pair index uses a mixing comparer.
    // Built on first query (reading a workspace never needs it), then kept up to date by Register.
    private Dictionary<long, Relationship[]>? _byPair;
    // Each element's relationship lists are made on first use (ListEnds) and kept up to date from then on: a workspace
    // read from JSON and only written back, or inspected by id, never needs them.
    private volatile bool _endsListed;
    private readonly Lock _endsLock = new();
    private readonly Dictionary<(string ElementId, string Environment), List<StaticStructureElementInstance>> _instancesByElement = [];
    private readonly Dictionary<string, List<StaticStructureElementInstance>> _instancesByEnvironment = new(StringComparer.Ordinal);
    private int _lastId;
    private int _lastSerial;

    internal Model(Workspace workspace) => Workspace = workspace;

    /// <summary>The workspace this model belongs to.</summary>
    public Workspace Workspace { get; }

    /// <summary>Model-level properties.</summary>
    public PropertyDictionary Properties { get; } = new();

    /// <summary>
    /// Which implied relationships to create when relationships are added. Default:
    /// <see cref="DefaultImpliedRelationshipsStrategy"/> (none), as structurizr-java's API.
    /// </summary>
    public IImpliedRelationshipsStrategy ImpliedRelationshipsStrategy { get; set; } = DefaultImpliedRelationshipsStrategy.Instance;

    /// <summary>People, in creation order.</summary>
    public IReadOnlyList<Person> People => _people;

    /// <summary>Software systems, in creation order.</summary>
    public IReadOnlyList<SoftwareSystem> SoftwareSystems => _softwareSystems;

    /// <summary>Custom elements, in creation order.</summary>
    public IReadOnlyList<CustomElement> CustomElements => _customElements;

    /// <summary>Top-level deployment nodes of every environment, in creation order.</summary>
    public IReadOnlyList<DeploymentNode> DeploymentNodes => _deploymentNodes;

    /// <summary>Every element, in creation order; read from JSON, in id order (creation order for ids Structurizr numbered).</summary>
    public IReadOnlyList<Element> Elements => _elements;

    /// <summary>Every relationship, in creation order; read from JSON, in id order (creation order for ids Structurizr numbered).</summary>
    public IReadOnlyList<Relationship> Relationships => _relationships;

    /// <summary>The deployment environments in use, in order of first appearance.</summary>
    public IReadOnlyList<string> DeploymentEnvironments => _deploymentNodes.Select(n => n.Environment).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when the model holds nothing.</summary>
    public bool IsEmpty => _elementsById.Count == 0;

    /// <summary>Adds a person.</summary>
    /// <exception cref="ModelException">A person or software system with that name exists.</exception>
    /// <example><code>var user = workspace.Model.AddPerson("User", "A user of the system.");</code></example>
    public Person AddPerson(string name, string? description = null)
    {
        var person = new Person(this, NextId(), Element.RequireName(name, "person")) { Description = description };
        AttachPerson(person);
        return person;
    }

    /// <summary>Adds a software system.</summary>
    /// <exception cref="ModelException">A person or software system with that name exists.</exception>
    public SoftwareSystem AddSoftwareSystem(string name, string? description = null)
    {
        var system = new SoftwareSystem(this, NextId(), Element.RequireName(name, "software system")) { Description = description };
        AttachSoftwareSystem(system);
        return system;
    }

    /// <summary>Adds a custom element.</summary>
    public CustomElement AddCustomElement(string name, string? metadata = null, string? description = null)
    {
        var element = new CustomElement(this, NextId(), Element.RequireName(name, "custom element")) { Metadata = metadata, Description = description };
        AttachCustomElement(element);
        return element;
    }

    /// <summary>Adds a top-level deployment node in an environment.</summary>
    /// <exception cref="ModelException">A top-level node with that name exists in the environment.</exception>
    /// <example><code>var server = model.AddDeploymentNode("Live", "Server", "A VM.", "Ubuntu 24.04", 2);</code></example>
    public DeploymentNode AddDeploymentNode(string environment, string name, string? description = null, string? technology = null, int instances = 1)
        => AddDeploymentNode(environment, name, description, technology, instances.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a top-level deployment node with an instance range such as "0..N".</summary>
    public DeploymentNode AddDeploymentNode(string environment, string name, string? description, string? technology, string instances)
    {
        name = Element.RequireName(name, "deployment node");
        environment = string.IsNullOrWhiteSpace(environment) ? DeploymentElement.DefaultEnvironment : environment.Trim();
        var node = new DeploymentNode(this, NextId(), name, null, environment) { Description = description, Technology = technology, Instances = instances };
        AttachDeploymentNode(node);
        return node;
    }

    /// <summary>The element with the id, or null.</summary>
    public Element? GetElement(string id) => id is null ? null : _elementsById.GetValueOrDefault(id);

    /// <summary>The element with the id, or null; for a reader that has the id as characters but not as a string.</summary>
    internal Element? GetElement(ReadOnlySpan<char> id) => _elementsById.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var element) ? element : null;

    /// <summary>The relationship with the id, or null.</summary>
    public Relationship? GetRelationship(string id) => id is null ? null : _relationshipsById.GetValueOrDefault(id);

    /// <summary>The element with the canonical name (e.g. <c>Container://Shop.Web App</c>), or null.</summary>
    public Element? GetElementWithCanonicalName(string canonicalName) => canonicalName is null ? null : CanonicalNameIndex().GetValueOrDefault(canonicalName);

    /// <summary>The person with the name, or null.</summary>
    public Person? GetPersonWithName(string name) => _topLevelByName.GetValueOrDefault(name) as Person;

    /// <summary>The software system with the name, or null.</summary>
    public SoftwareSystem? GetSoftwareSystemWithName(string name) => _topLevelByName.GetValueOrDefault(name) as SoftwareSystem;

    /// <summary>Relationships ending at the element.</summary>
    public IReadOnlyList<Relationship> GetIncomingRelationships(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!ReferenceEquals(element.Model, this)) return NoRelationships;
        if (!_endsListed) ListEnds();
        return element.IncomingRelationships ?? NoRelationships;
    }

    /// <summary>Relationships from <paramref name="source"/> to <paramref name="destination"/>.</summary>
    public IReadOnlyList<Relationship> GetRelationships(Element source, Element destination)
    {
        return source is not null && destination is not null && ReferenceEquals(source.Model, this) && ReferenceEquals(destination.Model, this) && PairIndex().TryGetValue(PairKey(source, destination), out var list) ? list : NoRelationships;
    }

    /// <summary>Instances of a container or software system in an environment.</summary>
    public IReadOnlyList<StaticStructureElementInstance> GetInstances(StaticStructureElement element, string environment)
        => _instancesByElement.TryGetValue((element.Id, environment), out var list) ? list : [];

    internal IReadOnlyList<Relationship> OutgoingOf(Element element)
    {
        if (!_endsListed) ListEnds();
        return element.OutgoingRelationships ?? NoRelationships;
    }

    /// <summary>
    /// Lists every element's outgoing and incoming relationships, each list created at its final size, in one pass over
    /// the model's relationships (in the order they were added, so each list keeps that order too).
    /// </summary>
    private void ListEnds()
    {
        lock (_endsLock)
        {
            if (_endsListed) return;
            var outgoing = new int[_lastSerial + 1];
            var incoming = new int[_lastSerial + 1];
            foreach (var r in _relationships)
            {
                outgoing[r.Source.Serial]++;
                incoming[r.Destination.Serial]++;
            }
            foreach (var r in _relationships)
            {
                (r.Source.OutgoingRelationships ??= new List<Relationship>(outgoing[r.Source.Serial])).Add(r);
                (r.Destination.IncomingRelationships ??= new List<Relationship>(incoming[r.Destination.Serial])).Add(r);
            }
            // Published last (a volatile write): whoever sees it true sees every list complete.
            _endsListed = true;
        }
    }

    internal bool HasRelationship(Element source, Element destination) => GetRelationships(source, destination).Count > 0;

    internal int NextSerial() => ++_lastSerial;

    /// <summary>Changes whenever an element is renamed: canonical names remembered before that are built again (see <see cref="Element.CanonicalName"/>).</summary>
    internal int NameEpoch { get; private set; }

    internal void ElementRenamed() => NameEpoch++;

    /// <summary>
    /// Changes whenever an item's tags change (added, removed or replaced): answers read from tags, such as the elements
    /// of a RAD-AI stereotype, are kept while it and the element count stay the same (elements are never removed).
    /// </summary>
    internal int TagEpoch { get; private set; }

    internal void TagsChanged() => TagEpoch++;

    /// <summary>What a tag-derived answer depends on: the tag epoch and the number of elements.</summary>
    internal (int TagEpoch, int Elements) TagState => (TagEpoch, _elements.Count);

    private static long PairKey(Element source, Element destination) => ((long)source.Serial << 32) | (uint)destination.Serial;

    internal string NextId() => (++_lastId).ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps new ids after the highest numeric id read from JSON.</summary>
    internal void Found(string id)
    {
        if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > _lastId) _lastId = n;
    }

    internal void RequireSameModel(Element element)
    {
        if (!ReferenceEquals(element.Model, this))
            throw new ModelException($"Element '{element.CanonicalName}' belongs to workspace '{element.Model.Workspace.Name}', not to '{Workspace.Name}'. Create it in this workspace.");
    }

    internal Relationship AddRelationship(Element source, Element destination, string? description, string? technology, InteractionStyle? interactionStyle, string[]? tags)
    {
        ArgumentNullException.ThrowIfNull(destination);
        RequireSameModel(source);
        RequireSameModel(destination);
        if (source.IsWithin(destination) || destination.IsWithin(source))
            throw new ModelException($"Relationships cannot be added between a parent and its child: '{source.CanonicalName}' and '{destination.CanonicalName}'.");
        if (source is DeploymentElement s && destination is DeploymentElement d && s.Environment != d.Environment)
            throw new ModelException($"'{source.CanonicalName}' and '{destination.CanonicalName}' are in different deployment environments.");
        if (HasRelationshipDescribed(source, destination, NullIfEmpty(description)))
            throw new ModelException($"A relationship from '{source.CanonicalName}' to '{destination.CanonicalName}' described as \"{description}\" already exists. Use a different description.");
        return AddRelationshipCore(source, destination, description, technology, interactionStyle, tags, createImplied: true);
    }

    // A loop, not Any with a lambda: this runs for every relationship added (a closure and an enumerator each).
    private bool HasRelationshipDescribed(Element source, Element destination, string? description)
    {
        var existing = GetRelationships(source, destination);
        for (var i = 0; i < existing.Count; i++)
            if (existing[i].Description == description) return true;
        return false;
    }

    internal Relationship AddRelationshipCore(Element source, Element destination, string? description, string? technology,
        InteractionStyle? interactionStyle, string[]? tags, bool createImplied, string? linkedRelationshipId = null)
    {
        var relationship = new Relationship(this, NextId(), source, destination, description, technology, linkedRelationshipId is not null)
        {
            LinkedRelationshipId = linkedRelationshipId,
        };
        relationship.InteractionStyle = interactionStyle;
        if (tags is { Length: > 0 }) relationship.Tags.Add(tags);
        Register(relationship);
        if (createImplied) ImpliedRelationshipsStrategy.CreateImpliedRelationships(relationship);
        return relationship;
    }

    /// <summary>Replicates the relationships of the instance's element to and from instances in the same environment (structurizr-java's rule).</summary>
    internal void ReplicateRelationships(StaticStructureElementInstance instance)
    {
        if (!_instancesByEnvironment.TryGetValue(instance.Environment, out var peers)) return;
        var element = instance.Element;
        foreach (var peer in peers.ToList())
        {
            if (!instance.SharesDeploymentGroupWith(peer)) continue;
            foreach (var relationship in GetRelationships(element, peer.Element).Where(r => r.LinkedRelationshipId is null).ToList())
                ReplicateOne(relationship, instance, peer);
            if (ReferenceEquals(peer, instance)) continue;
            foreach (var relationship in GetRelationships(peer.Element, element).Where(r => r.LinkedRelationshipId is null).ToList())
                ReplicateOne(relationship, peer, instance);
        }
    }

    private void ReplicateOne(Relationship relationship, StaticStructureElementInstance source, StaticStructureElementInstance destination)
    {
        if (ReferenceEquals(source, destination)) return;
        if (HasRelationshipDescribed(source, destination, relationship.Description)) return;
        AddRelationshipCore(source, destination, relationship.Description, relationship.Technology, relationship.InteractionStyle, null, createImplied: false, linkedRelationshipId: relationship.Id);
    }

    internal int NextInstanceNumber(StaticStructureElement element, string environment) => GetInstances(element, environment).Count + 1;

    internal void AttachPerson(Person person)
    {
        ClaimTopLevelName(person);
        _people.Add(person);
        Register(person);
    }

    internal void AttachSoftwareSystem(SoftwareSystem system)
    {
        ClaimTopLevelName(system);
        _softwareSystems.Add(system);
        Register(system);
    }

    internal void AttachCustomElement(CustomElement element)
    {
        _customElements.Add(element);
        Register(element);
    }

    internal void AttachDeploymentNode(DeploymentNode node)
    {
        if (_deploymentNodes.Any(n => n.Environment == node.Environment && n.Name == node.Name))
            throw new ModelException($"A top-level deployment node named '{node.Name}' already exists in environment '{node.Environment}'.");
        _deploymentNodes.Add(node);
        Register(node);
    }

    private void ClaimTopLevelName(StaticStructureElement element)
    {
        if (!_topLevelByName.TryAdd(element.Name, element))
        {
            var existing = _topLevelByName[element.Name];
            throw new ModelException($"A {(existing is Person ? "person" : "software system")} named '{element.Name}' already exists. People and software systems need unique names.");
        }
    }

    internal void Register(Element element)
    {
        if (!_elementsById.TryAdd(element.Id, element))
            throw new ModelException($"An element or relationship with id '{element.Id}' already exists ({_elementsById[element.Id].CanonicalName}).");
        _elements.Add(element);
        _elementsByCanonicalName?.TryAdd(element.CanonicalName, element);
        if (element is StaticStructureElementInstance instance)
        {
            var key = (instance.Element.Id, instance.Environment);
            if (!_instancesByElement.TryGetValue(key, out var list)) _instancesByElement[key] = list = [];
            list.Add(instance);
            if (!_instancesByEnvironment.TryGetValue(instance.Environment, out var env)) _instancesByEnvironment[instance.Environment] = env = [];
            env.Add(instance);
        }
    }

    internal void Register(Relationship relationship)
    {
        if (_elementsById.ContainsKey(relationship.Id) || !_relationshipsById.TryAdd(relationship.Id, relationship))
            throw new ModelException($"An element or relationship with id '{relationship.Id}' already exists.");
        _relationships.Add(relationship);
        if (_endsListed)
        {
            (relationship.Source.OutgoingRelationships ??= []).Add(relationship);
            (relationship.Destination.IncomingRelationships ??= []).Add(relationship);
        }
        if (_byPair is not null) AddToPairIndex(_byPair, relationship);
    }

    /// <summary>
    /// Replaces the order of <see cref="Elements"/> and <see cref="Relationships"/> with the same items in another order
    /// (a reader puts what it read into id order). What was derived in the old order follows the new one: the instance
    /// lists at once; each element's relationship lists, the pair index and the canonical-name index on first use.
    /// </summary>
    /// <exception cref="InvalidOperationException">The lists do not hold exactly the model's items.</exception>
    internal void Reorder(IReadOnlyList<Element> elements, IReadOnlyList<Relationship> relationships)
    {
        if (elements.Count != _elements.Count || relationships.Count != _relationships.Count
            || !AllRegistered(elements, _elementsById) || !AllRegistered(relationships, _relationshipsById))
            throw new InvalidOperationException("A reordering must hold exactly the model's elements and relationships.");
        if (ReferenceEquals(elements, _elements) && ReferenceEquals(relationships, _relationships)) return;
        var orderedElements = elements.ToList();
        var orderedRelationships = relationships.ToList();
        _elements.Clear();
        _elements.AddRange(orderedElements);
        _relationships.Clear();
        _relationships.AddRange(orderedRelationships);
        foreach (var list in _instancesByElement.Values) list.Clear();
        foreach (var list in _instancesByEnvironment.Values) list.Clear();
        foreach (var instance in _elements.OfType<StaticStructureElementInstance>())
        {
            _instancesByElement[(instance.Element.Id, instance.Environment)].Add(instance);
            _instancesByEnvironment[instance.Environment].Add(instance);
        }
        if (_endsListed)
        {
            foreach (var e in _elements) e.OutgoingRelationships = e.IncomingRelationships = null;
            _endsListed = false;
        }
        _byPair = null;
        _elementsByCanonicalName = null;
    }

    // Loops, not Any with a lambda: every read of workspace JSON checks all of its items here.
    private static bool AllRegistered<T>(IReadOnlyList<T> items, Dictionary<string, T> byId) where T : ModelItem
    {
        for (var i = 0; i < items.Count; i++)
            if (!byId.TryGetValue(items[i].Id, out var known) || !ReferenceEquals(known, items[i])) return false;
        return true;
    }

    private Dictionary<string, Element> CanonicalNameIndex()
    {
        if (_elementsByCanonicalName is null)
        {
            // Built aside and published at once, so a concurrent reader never sees a half-built index.
            var index = new Dictionary<string, Element>(_elements.Count, StringComparer.Ordinal);
            // Canonical names drop '.' and '/', so "Shop.com" and "Shopcom" share one; the first keeps it, as in Java.
            foreach (var e in _elements) index.TryAdd(e.CanonicalName, e);
            _elementsByCanonicalName = index;
        }
        return _elementsByCanonicalName;
    }

    private Dictionary<long, Relationship[]> PairIndex()
    {
        if (_byPair is null)
        {
            var index = new Dictionary<long, Relationship[]>(_relationships.Count, PairKeyComparer.Instance);
            foreach (var r in _relationships) AddToPairIndex(index, r);
            _byPair = index;
        }
        return _byPair;
    }

    private static void AddToPairIndex(Dictionary<long, Relationship[]> index, Relationship relationship)
    {
        ref var pair = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, PairKey(relationship.Source, relationship.Destination), out _);
        pair = pair is null ? [relationship] : [.. pair, relationship];
    }

    /// <summary>Sizes the relationship indexes for a known number more (a reader knows it before registering them).</summary>
    internal void EnsureRelationshipCapacity(int additional)
    {
        _relationships.EnsureCapacity(_relationships.Count + additional);
        _relationshipsById.EnsureCapacity(_relationshipsById.Count + additional);
    }

    internal bool IsIdTaken(string id) => _elementsById.ContainsKey(id) || _relationshipsById.ContainsKey(id);

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static readonly PairKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        // Fibonacci hashing: spreads (source, destination) serial pairs over all 32 bits.
        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
