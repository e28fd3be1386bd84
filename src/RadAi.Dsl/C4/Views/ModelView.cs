namespace RadAi.Dsl;

/// <summary>
/// A view that shows elements and relationships of the model: landscape, context, container,
/// component, dynamic, deployment and custom views.
/// </summary>
public abstract class ModelView : View
{
    private readonly List<ElementView> _elements = [];
    private readonly Dictionary<Element, ElementView> _elementIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<RelationshipView> _relationships = [];
    // The first view of each relationship; only a dynamic view shows one relationship more than once, so the further
    // views are kept apart (a list per relationship cost two objects per relationship view of every large model).
    private readonly Dictionary<Relationship, RelationshipView> _relationshipIndex = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Relationship, List<RelationshipView>>? _repeatedRelationships;
    private readonly List<Animation> _animations = [];

    private protected ModelView(ViewSet viewSet, string key, string? description) : base(viewSet, key, description) { }

    /// <summary>The elements on this view, in the order they were added.</summary>
    public IReadOnlyList<ElementView> Elements => _elements;

    /// <summary>The relationships on this view, in the order they were added.</summary>
    public IReadOnlyList<RelationshipView> Relationships => _relationships;

    /// <summary>Animation steps.</summary>
    public IReadOnlyList<Animation> Animations => _animations;

    /// <summary>Automatic layout, or null for a hand-made layout.</summary>
    public AutomaticLayout? AutomaticLayout { get; set; }

    /// <summary>Paper size, or null.</summary>
    public PaperSize? PaperSize { get; set; }

    /// <summary>Diagram size, or null.</summary>
    public Dimensions? Dimensions { get; set; }

    /// <summary>Whether layout should be merged from the server's copy before a push (default true).</summary>
    public bool MergeLayoutFromRemote { get; set; } = true;

    /// <summary>The model this view shows.</summary>
    protected Model Model => ViewSet.Workspace.Model;

    /// <summary>Turns on automatic layout (Structurizr defaults unless given).</summary>
    /// <example><code>view.EnableAutomaticLayout(RankDirection.LeftRight);</code></example>
    public ModelView EnableAutomaticLayout(RankDirection rankDirection = RankDirection.TopBottom, int rankSeparation = 300, int nodeSeparation = 300)
    {
        AutomaticLayout = new AutomaticLayout { RankDirection = rankDirection, RankSeparation = rankSeparation, NodeSeparation = nodeSeparation };
        return this;
    }

    /// <summary>True when the element is on this view.</summary>
    public bool Contains(Element element) => _elementIndex.ContainsKey(element);

    /// <summary>True when the relationship is on this view.</summary>
    public bool Contains(Relationship relationship) => _relationshipIndex.ContainsKey(relationship);

    /// <summary>The element view of the element, or null.</summary>
    public ElementView? GetElementView(Element element) => _elementIndex.GetValueOrDefault(element);

    /// <summary>The first relationship view of the relationship, or null.</summary>
    public RelationshipView? GetRelationshipView(Relationship relationship) => _relationshipIndex.GetValueOrDefault(relationship);

    /// <summary>Removes an element and the relationships that touch it.</summary>
    public void Remove(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!_elementIndex.Remove(element, out var view)) return;
        _elements.Remove(view);
        foreach (var rv in _relationships.Where(r => ReferenceEquals(r.Relationship.Source, element) || ReferenceEquals(r.Relationship.Destination, element)).ToList())
            Remove(rv.Relationship);
    }

    /// <summary>Removes a relationship from this view.</summary>
    public void Remove(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (!_relationshipIndex.Remove(relationship, out var first)) return;
        _relationships.Remove(first);
        if (_repeatedRelationships is not null && _repeatedRelationships.Remove(relationship, out var repeats))
            foreach (var v in repeats) _relationships.Remove(v);
    }

    /// <summary>
    /// Adds an animation step showing the given elements (those on the view) and the relationships
    /// between them and elements of earlier steps.
    /// </summary>
    public Animation AddAnimation(params Element[] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var shown = new HashSet<string>(_animations.SelectMany(a => a.ElementIds), StringComparer.Ordinal);
        var shownRelationships = new HashSet<string>(_animations.SelectMany(a => a.RelationshipIds), StringComparer.Ordinal);
        var step = elements.Where(Contains).Select(e => e.Id).Where(id => !shown.Contains(id)).Distinct().ToList();
        if (step.Count == 0) throw new ModelException($"None of the elements given to the animation step of view '{Key}' are on the view or new.");
        shown.UnionWith(step);
        var stepSet = step.ToHashSet(StringComparer.Ordinal);
        var relationships = _relationships
            .Select(r => r.Relationship)
            .Where(r => !shownRelationships.Contains(r.Id)
                        && (stepSet.Contains(r.Source.Id) || stepSet.Contains(r.Destination.Id))
                        && shown.Contains(r.Source.Id) && shown.Contains(r.Destination.Id))
            .Select(r => r.Id).Distinct().ToList();
        var animation = new Animation(_animations.Count + 1, step, relationships);
        _animations.Add(animation);
        return animation;
    }

    internal void AddAnimationRaw(Animation animation) => _animations.Add(animation);

    /// <summary>Whether the element may be shown on this kind of view.</summary>
    protected abstract bool CanShow(Element element);

    /// <summary>Adds an element (and, optionally, the relationships between it and elements already on the view).</summary>
    private protected ElementView AddElement(Element element, bool addRelationships)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!ReferenceEquals(element.Model, Model))
            throw new ModelException($"Element '{element.CanonicalName}' belongs to another workspace than view '{Key}'.");
        if (!CanShow(element))
            throw new ModelException($"Element '{element.CanonicalName}' cannot be shown on {GetType().Name} '{Key}'.");
        if (_elementIndex.TryGetValue(element, out var existing)) return existing;
        var view = new ElementView(element);
        _elements.Add(view);
        _elementIndex[element] = view;
        if (addRelationships) AddRelationshipsOf(element);
        return view;
    }

    private protected bool TryAddElement(Element element, bool addRelationships)
    {
        if (!CanShow(element)) return false;
        AddElement(element, addRelationships);
        return true;
    }

    private void AddRelationshipsOf(Element element)
    {
        // Indexed loops: a foreach over the read-only lists boxed an enumerator twice per element added to a view.
        var outgoing = element.Relationships;
        for (var i = 0; i < outgoing.Count; i++)
            if (_elementIndex.ContainsKey(outgoing[i].Destination)) AddRelationshipView(outgoing[i]);
        var incoming = Model.GetIncomingRelationships(element);
        for (var i = 0; i < incoming.Count; i++)
        {
            var r = incoming[i];
            if (_elementIndex.ContainsKey(r.Source) && !ReferenceEquals(r.Source, element)) AddRelationshipView(r);
        }
    }

    /// <summary>Adds a relationship view; a static view holds each relationship once.</summary>
    private protected RelationshipView AddRelationshipView(Relationship relationship, bool allowRepeat = false)
    {
        if (!allowRepeat && _relationshipIndex.TryGetValue(relationship, out var existing)) return existing;
        var view = new RelationshipView(relationship);
        _relationships.Add(view);
        if (!_relationshipIndex.TryAdd(relationship, view))
        {
            _repeatedRelationships ??= new(ReferenceEqualityComparer.Instance);
            if (!_repeatedRelationships.TryGetValue(relationship, out var list)) _repeatedRelationships[relationship] = list = [];
            list.Add(view);
        }
        return view;
    }

    internal ElementView AddElementRaw(Element element)
    {
        if (_elementIndex.TryGetValue(element, out var existing)) return existing;
        var view = new ElementView(element);
        _elements.Add(view);
        _elementIndex[element] = view;
        return view;
    }

    internal RelationshipView AddRelationshipRaw(Relationship relationship) => AddRelationshipView(relationship, allowRepeat: true);
}
