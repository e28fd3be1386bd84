namespace RadAi.Dsl;

/// <summary>A custom element (Structurizr's escape hatch for things outside C4), shown only in custom views.</summary>
public sealed class CustomElement : StaticStructureElement
{
    internal CustomElement(Model model, string id, string name) : base(model, id, name, null)
    {
        SetDefaultTags(Dsl.Tags.Element);
    }

    /// <summary>The type label shown in diagrams, e.g. "Hardware".</summary>
    public string? Metadata { get; set; }

    /// <inheritdoc />
    public override string CanonicalName => KnownCanonicalName() ?? RememberCanonicalName("Custom://" + Canonical(Name));
}
