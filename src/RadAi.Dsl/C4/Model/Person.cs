namespace RadAi.Dsl;

/// <summary>A person: a user, actor, role or persona.</summary>
public sealed class Person : StaticStructureElement
{
    internal Person(Model model, string id, string name) : base(model, id, name, null)
    {
        SetDefaultTags(Dsl.Tags.ElementAndPerson);
    }

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("Person://" + Canonical(Name));

    /// <summary>Adds a relationship from this person to another person, e.g. "Asks questions to".</summary>
    public Relationship InteractsWith(Person destination, string? description = null, string? technology = null, InteractionStyle? interactionStyle = null, params string[] tags)
        => Model.AddRelationship(this, destination, description, technology, interactionStyle, tags);
}
