namespace RadAi.Dsl;

/// <summary>A view of static structure: system landscape, system context, container or component.</summary>
public abstract class StaticView : ModelView
{
    private protected StaticView(ViewSet viewSet, string key, string? description) : base(viewSet, key, description) { }

    /// <summary>Adds an element and the relationships between it and elements already on the view.</summary>
    /// <exception cref="ModelException">The element cannot be shown on this kind of view.</exception>
    public StaticView Add(StaticStructureElement element)
    {
        AddElement(element, addRelationships: true);
        return this;
    }

    /// <summary>Adds several elements.</summary>
    public StaticView Add(params StaticStructureElement[] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        foreach (var e in elements) Add(e);
        return this;
    }

    /// <summary>Adds every person of the model.</summary>
    public StaticView AddAllPeople()
    {
        foreach (var p in Model.People) TryAddElement(p, true);
        return this;
    }

    /// <summary>Adds every software system this view may show.</summary>
    public StaticView AddAllSoftwareSystems()
    {
        foreach (var s in Model.SoftwareSystems) TryAddElement(s, true);
        return this;
    }

    /// <summary>Adds every element this kind of view may show.</summary>
    public abstract StaticView AddAllElements();

    /// <summary>Adds what Structurizr adds by default: the scope and its nearest neighbours.</summary>
    public abstract StaticView AddDefaultElements();

    /// <summary>Adds the elements of type <typeparamref name="T"/> that have a relationship with <paramref name="element"/>.</summary>
    public StaticView AddNearestNeighbours<T>(Element element) where T : Element
    {
        ArgumentNullException.ThrowIfNull(element);
        // Indexed loops: a foreach over the read-only lists boxed two enumerators per call (several per element of a view).
        var outgoing = element.Relationships;
        for (var i = 0; i < outgoing.Count; i++)
            if (outgoing[i].Destination is T) TryAddElement(outgoing[i].Destination, true);
        var incoming = Model.GetIncomingRelationships(element);
        for (var i = 0; i < incoming.Count; i++)
            if (incoming[i].Source is T) TryAddElement(incoming[i].Source, true);
        return this;
    }
}
