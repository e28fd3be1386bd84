using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Structurizr;

/// <summary>
/// What a diagram of one view draws: its elements and relationship views, in the view's order.
/// A filtered view draws its base view, keeping (Include) or dropping (Exclude) the elements and
/// relationships that carry any of its tags, as Structurizr does.
/// </summary>
internal sealed class ViewContents
{
    private ViewContents(View view, ModelView drawn, IReadOnlyList<Element> elements, IReadOnlyList<RelationshipView> relationships)
    {
        View = view;
        Drawn = drawn;
        Elements = elements;
        Relationships = relationships;
        ElementSet = new HashSet<Element>(elements, ReferenceEqualityComparer.Instance);
    }

    public View View { get; }

    /// <summary>The model view whose type decides boundaries and scope (the base view for a filtered view).</summary>
    public ModelView Drawn { get; }

    public IReadOnlyList<Element> Elements { get; }

    public IReadOnlyList<RelationshipView> Relationships { get; }

    public HashSet<Element> ElementSet { get; }

    /// <summary>The contents of a view, or null for views that are not diagrams of the model (image views, dangling filters).</summary>
    public static ViewContents? Of(View view)
    {
        switch (view)
        {
            case ModelView modelView:
                return new ViewContents(view, modelView, modelView.Elements.Select(e => e.Element).ToList(), modelView.Relationships.ToList());
            case FilteredView filtered when filtered.BaseView is { } baseView:
                var include = filtered.Mode == FilterMode.Include;
                bool Keep(IEnumerable<string> tags) => tags.Any(filtered.Tags.Contains) == include;
                var elements = baseView.Elements.Select(e => e.Element).Where(e => Keep(AllTags(e))).ToList();
                var kept = new HashSet<Element>(elements, ReferenceEqualityComparer.Instance);
                var relationships = baseView.Relationships
                    .Where(r => kept.Contains(r.Relationship.Source) && kept.Contains(r.Relationship.Destination) && Keep(r.Relationship.Tags))
                    .ToList();
                return new ViewContents(view, baseView, elements, relationships);
            default:
                return null;
        }
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
