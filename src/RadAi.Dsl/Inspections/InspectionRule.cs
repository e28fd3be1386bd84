using System.Globalization;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// What one rule checks: a stable id (<c>RADAI021</c>), the Structurizr inspection type it answers to
/// (<c>model.container.technology</c>, used in <c>structurizr.inspection.*</c> properties), a default severity
/// and where its documentation is.
/// </summary>
public sealed class InspectionRule
{
    internal InspectionRule(string id, string name, RuleGroup group, InspectionSeverity defaultSeverity, string title, string description)
    {
        Id = id;
        Name = name;
        Group = group;
        DefaultSeverity = defaultSeverity;
        Title = title;
        Description = description;
    }

    /// <summary>The stable id, e.g. <c>RADAI021</c>. Ids are never reused for another meaning.</summary>
    public string Id { get; }

    /// <summary>
    /// The inspection type, e.g. <c>model.container.technology</c>: structurizr-java's type where the rule matches one of
    /// its inspections, so <c>structurizr.inspection.model.container.technology</c> set by the Structurizr DSL applies here too.
    /// Several rules may share a type (structurizr-java's four <c>workspace.scope</c> checks do).
    /// </summary>
    public string Name { get; }

    /// <summary>The family of the rule.</summary>
    public RuleGroup Group { get; }

    /// <summary>The severity when neither properties nor options say otherwise.</summary>
    public InspectionSeverity DefaultSeverity { get; }

    /// <summary>What good looks like, as a short sentence ("Containers name their technology").</summary>
    public string Title { get; }

    /// <summary>Why the rule exists, in one or two sentences.</summary>
    public string Description { get; }

    /// <summary>The anchor of the rule in docs/inspections.md (the id in lower case).</summary>
    public string HelpAnchor => Id.ToLowerInvariant();

    /// <summary>The rule's documentation under a base address (the address of docs/inspections.md).</summary>
    public Uri HelpUri(Uri documentation)
    {
        ArgumentNullException.ThrowIfNull(documentation);
        var text = documentation.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{text}#{HelpAnchor}"));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
