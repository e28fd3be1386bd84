using System.Globalization;

namespace RadAi.Dsl;

/// <summary>A sequence of interactions (a use case, a feature, a pipeline run), numbered in order.</summary>
public sealed class DynamicView : ModelView
{
    private int _sequence;

    internal DynamicView(ViewSet viewSet, Element? scope, string key, string? description) : base(viewSet, key, description)
        => Element = scope;

    /// <summary>The software system or container in scope, or null for an unscoped view.</summary>
    public Element? Element { get; }

    /// <summary>Whether boundaries of external elements are drawn (default false).</summary>
    public bool ExternalBoundariesVisible { get; set; }

    /// <inheritdoc />
    public override string Name => Element switch
    {
        SoftwareSystem s => "Dynamic View: " + s.Name,
        Container c => "Dynamic View: " + c.SoftwareSystem.Name + " - " + c.Name,
        _ => "Dynamic View",
    };

    /// <inheritdoc />
    protected override bool CanShow(Element element)
    {
        if (element is DeploymentElement) return false;
        if (Element is null) return element is Person or SoftwareSystem or Container or CustomElement;
        // The scope is drawn as a boundary, never as a box; its parent may not appear either.
        return !ReferenceEquals(element, Element) && !Element.IsWithin(element);
    }

    /// <summary>
    /// Adds the next step: an existing relationship from <paramref name="source"/> to <paramref name="destination"/>
    /// (or, failing that, the reverse one drawn as a response), shown with <paramref name="description"/>.
    /// </summary>
    /// <exception cref="ModelException">No relationship exists between the two elements.</exception>
    /// <example><code>view.Add(user, "Submits order to", controller);</code></example>
    public RelationshipView Add(Element source, string? description, Element destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var response = false;
        var relationship = Pick(Model.GetRelationships(source, destination), description);
        if (relationship is null)
        {
            relationship = Pick(Model.GetRelationships(destination, source), description);
            response = true;
        }
        if (relationship is null)
            throw new ModelException($"Dynamic view '{Key}': there is no relationship between '{source.CanonicalName}' and '{destination.CanonicalName}'. Add one to the model first.");
        AddElement(source, false);
        AddElement(destination, false);
        var view = AddRelationshipView(relationship, allowRepeat: true);
        view.Description = string.IsNullOrEmpty(description) ? relationship.Description : description;
        view.Order = (++_sequence).ToString(CultureInfo.InvariantCulture);
        view.Response = response;
        return view;
    }

    /// <summary>Adds the next step using the relationship's own description.</summary>
    public RelationshipView Add(Element source, Element destination) => Add(source, null, destination);

    internal void ContinueSequenceAfter(string? order)
    {
        if (order is null) return;
        var head = order.Split('.')[0];
        if (int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > _sequence) _sequence = n;
    }

    private static Relationship? Pick(IReadOnlyList<Relationship> candidates, string? description)
        => candidates.FirstOrDefault(r => r.Description == description) ?? (candidates.Count > 0 ? candidates[0] : null);
}
