namespace RadAi.Dsl.Inspections;

/// <summary>What kind of thing a finding is about.</summary>
public enum SubjectKind
{
    /// <summary>The workspace as a whole.</summary>
    Workspace,

    /// <summary>The model as a whole.</summary>
    Model,

    /// <summary>An element (person, software system, container, component, deployment element, custom element).</summary>
    Element,

    /// <summary>A relationship.</summary>
    Relationship,

    /// <summary>A view.</summary>
    View,

    /// <summary>The set of views, or its configuration.</summary>
    Views,

    /// <summary>An element style.</summary>
    ElementStyle,

    /// <summary>A record of a RAD-AI register that is not an element: a debt item, a quality scenario, a pipeline, the operational AI view.</summary>
    Record,
}

/// <summary>
/// The item a finding is about, named so a person can find it: the canonical name of an element or relationship
/// (<c>Container://Shop.Web App</c>), the key of a view, the tag of a style, the name of the workspace.
/// </summary>
public sealed record InspectionSubject
{
    /// <summary>What kind of item it is.</summary>
    public required SubjectKind Kind { get; init; }

    /// <summary>
    /// Its canonical name, view key, style tag or workspace name; in a finding, a name longer than 240 characters is shortened
    /// to its first 240 and "…" (<see cref="Id"/> and <see cref="JsonPath"/> tell apart items whose names start alike).
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The element or relationship id, or the RAD-AI record's id (<c>EN-001</c>), when it has one.</summary>
    public string? Id { get; init; }

    /// <summary>Where it is in the workspace JSON, when the inspection read JSON (e.g. <c>$.model.people[1]</c>).</summary>
    public string? JsonPath { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id is null ? Name : $"{Name} (id {Id})";
}
