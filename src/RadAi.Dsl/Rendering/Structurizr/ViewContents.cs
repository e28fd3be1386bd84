using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// What a diagram of one view draws: its elements in id order, and the relationship views whose two ends are both on
/// the view (a view read from JSON may list others; structurizr-java leaves them out of what it draws), in id order
/// too, except a dynamic view's steps, which keep the view's order. Id order is what the workspace JSON keeps, so a
/// workspace read back from its JSON is drawn exactly as the model it was written from; the order elements were added
/// to a view is not kept there. A filtered view draws its base view, keeping (Include) or dropping (Exclude) the
/// elements and relationships that carry any of its tags, as Structurizr does.
/// </summary>
internal sealed class ViewContents
{
    private IReadOnlyList<Element>? _boundaries;

    private ViewContents(View view, ModelView drawn, IReadOnlyList<Element> elements, HashSet<Element> elementSet, IReadOnlyList<RelationshipView> relationships)
    {
        View = view;
        Drawn = drawn;
        Elements = elements;
        Relationships = relationships;
        ElementSet = elementSet;
    }

    public View View { get; }

    /// <summary>The model view whose type decides boundaries and scope (the base view for a filtered view).</summary>
    public ModelView Drawn { get; }

    public IReadOnlyList<Element> Elements { get; }

    public IReadOnlyList<RelationshipView> Relationships { get; }

    public HashSet<Element> ElementSet { get; }

    // Made when asked: the exporters draw boundaries, the documents (which ask for the contents of every view) do not.
    /// <summary>The parents (software systems, containers) not on the view that are drawn as a boundary around their children on it.</summary>
    public IReadOnlyList<Element> Boundaries => _boundaries ??= Drawn is DeploymentView
        ? []
        // containers of a system and components of a container are drawn inside their parent when it is not on the view
        : Elements.Where(e => e is Container or Component && (Drawn is not ContainerView and not SystemContextView and not SystemLandscapeView || e is Container))
            .Select(e => e.Parent!).Distinct().Where(p => !ElementSet.Contains(p)).ToList();

    /// <summary>The contents of a view, or null for views that are not diagrams of the model (image views, dangling filters).</summary>
    public static ViewContents? Of(View view)
    {
        switch (view)
        {
            case ModelView modelView:
                return Drawing(view, modelView, _ => true);
            case FilteredView filtered when filtered.BaseView is { } baseView:
                var include = filtered.Mode == FilterMode.Include;
                return Drawing(view, baseView, tags => tags.Any(filtered.Tags.Contains) == include);
            default:
                return null;
        }
    }

    private static ViewContents Drawing(View view, ModelView drawn, Func<IEnumerable<string>, bool> keep)
    {
        var elements = IdOrder.Sort(drawn.Elements, e => e.Element.Id).Select(e => e.Element).Where(e => keep(AllTags(e))).ToList();
        var kept = new HashSet<Element>(elements, ReferenceEqualityComparer.Instance);
        var steps = drawn is DynamicView ? drawn.Relationships : IdOrder.Sort(drawn.Relationships, r => r.Relationship.Id);
        var relationships = steps
            .Where(r => kept.Contains(r.Relationship.Source) && kept.Contains(r.Relationship.Destination) && keep(r.Relationship.Tags))
            .ToList();
        return new ViewContents(view, drawn, elements, kept, relationships);
    }

    /// <summary>An element's tags, with an instance's element's tags first (Structurizr styles instances that way).</summary>
    public static IEnumerable<string> AllTags(Element element)
        => element is StaticStructureElementInstance instance ? instance.Element.Tags.Concat(instance.Tags).Distinct(StringComparer.Ordinal) : element.Tags;

    /// <summary>The title to show: the view's title, else its generated name.</summary>
    public static string TitleOf(View view) => string.IsNullOrWhiteSpace(view.Title) ? view.Name : view.Title;

    /// <summary>Every view that is a diagram of the model, in view order, written by <paramref name="write"/>.</summary>
    internal static IReadOnlyList<ExportedDiagram> ExportAll(Workspace workspace, Func<ViewContents, string> write)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return workspace.Views.All.Select(Of).OfType<ViewContents>()
            .Select(c => new ExportedDiagram(c.View.Key, TitleOf(c.View), write(c))).ToList();
    }

    /// <summary>One view written by <paramref name="write"/>; image views and filtered views without a base have no diagram.</summary>
    internal static string ExportOne(View view, string format, Func<ViewContents, string> write)
    {
        ArgumentNullException.ThrowIfNull(view);
        var contents = Of(view)
            ?? throw new ArgumentException($"View '{view.Key}' ({view.GetType().Name}) is not a diagram of the model and has no {format} form.", nameof(view));
        return write(contents);
    }
}
