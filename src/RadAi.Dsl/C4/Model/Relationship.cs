namespace RadAi.Dsl;

/// <summary>A relationship from one element to another, nested under its source in Structurizr JSON.</summary>
public sealed class Relationship : ModelItem
{
    private InteractionStyle? _interactionStyle;

    internal Relationship(Model model, string id, Element source, Element destination, string? description, string? technology, bool linked)
        : base(model, id)
    {
        Source = source;
        Destination = destination;
        Description = string.IsNullOrEmpty(description) ? null : description;
        Technology = string.IsNullOrEmpty(technology) ? null : technology;
        // Structurizr gives replicated (linked) relationships no default tags.
        if (!linked) SetDefaultTags(Dsl.Tags.Relationship);
    }

    /// <summary>Where the relationship starts.</summary>
    public Element Source { get; private set; }

    /// <summary>Where the relationship ends.</summary>
    public Element Destination { get; private set; }

    /// <summary>What the relationship means, e.g. "Reads from and writes to". Unique per source/destination pair.</summary>
    public string? Description { get; }

    /// <summary>Protocol or technology, e.g. "HTTPS".</summary>
    public string? Technology { get; set; }

    /// <summary>
    /// Synchronous or asynchronous; null when unset. Setting it also sets the matching default tag.
    /// </summary>
    public InteractionStyle? InteractionStyle
    {
        get => _interactionStyle;
        set
        {
            _interactionStyle = value;
            if (LinkedRelationshipId is not null) return;
            Tags.Remove(Dsl.Tags.Synchronous);
            Tags.Remove(Dsl.Tags.Asynchronous);
            if (value is { } style) Tags.Add(style == Dsl.InteractionStyle.Synchronous ? Dsl.Tags.Synchronous : Dsl.Tags.Asynchronous);
        }
    }

    /// <summary>For a relationship between instances, the id of the container or system relationship it was replicated from.</summary>
    public string? LinkedRelationshipId { get; internal set; }

    /// <summary>The canonical name Structurizr uses to match relationships when merging layouts.</summary>
    public string CanonicalName => "Relationship://" + Source.CanonicalName + " -> " + Destination.CanonicalName + " (" + (Description ?? string.Empty) + ")";

    /// <summary>
    /// For the streaming JSON reader only: a relationship is read before every element it may name is known, so it
    /// is created with placeholder ends and given its real ones just before it joins the model.
    /// </summary>
    /// <exception cref="InvalidOperationException">The relationship has joined the model already: its ends never change after that.</exception>
    internal void SetEndsBeforeRegister(Element source, Element destination)
    {
        if (ReferenceEquals(Model.GetRelationship(Id), this))
            throw new InvalidOperationException($"The ends of relationship '{Id}' cannot change: it is part of the model.");
        Source = source;
        Destination = destination;
    }

    internal void SetInteractionStyleRaw(InteractionStyle? value) => _interactionStyle = value;

    /// <inheritdoc />
    public override string ToString() => $"{Source.Name} -> {Destination.Name}" + (Description is null ? string.Empty : $" \"{Description}\"");
}
