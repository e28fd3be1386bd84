using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// What plain arc42/C4 can read from a model: systems, containers, components, relationships, descriptions and
/// technologies. Never tags, properties or perspectives, so nothing of the RAD-AI layer shows through.
/// </summary>
internal static class PlainModel
{
    /// <summary>
    /// The systems the documentation describes: those with containers or with a context or container view; when there
    /// are none, every software system.
    /// </summary>
    public static IReadOnlyList<SoftwareSystem> SystemsInScope(Workspace workspace)
    {
        var viewed = workspace.Views.SystemContextViews.Select(v => v.SoftwareSystem)
            .Concat(workspace.Views.ContainerViews.Select(v => v.SoftwareSystem)).ToHashSet();
        var described = workspace.Model.SoftwareSystems.Where(s => s.Containers.Count > 0 || viewed.Contains(s)).ToList();
        return described.Count > 0 ? described : workspace.Model.SoftwareSystems;
    }

    /// <summary>The first view of each software system, for lookup instead of a search per system.</summary>
    public static Dictionary<SoftwareSystem, TView> FirstPerSystem<TView>(IEnumerable<TView> views, Func<TView, SoftwareSystem> systemOf)
    {
        var first = new Dictionary<SoftwareSystem, TView>();
        foreach (var view in views) first.TryAdd(systemOf(view), view);
        return first;
    }

    /// <summary>"Person", "Software System", "Container", "Component".</summary>
    public static string Kind(Element element) => MermaidExporter.TypeName(element);

    /// <summary>
    /// Whether plain arc42/C4 shows the element: custom elements (the RAD-AI confidence gates and fallbacks among them)
    /// exist only in the RAD-AI documents.
    /// </summary>
    public static bool Shows(Element element) => element is not CustomElement;

    /// <summary>Whether plain arc42/C4 shows the relationship: both ends are shown.</summary>
    /// <remarks>The type tests are written out rather than calling <see cref="Shows(Element)"/> twice: every relationship
    /// touching a system is asked, several times per system, and until the JIT recompiles this each call is a call.</remarks>
    public static bool Shows(Relationship relationship) => relationship.Source is not CustomElement && relationship.Destination is not CustomElement;

    /// <summary>Relationships with exactly one end inside <paramref name="system"/>, in model order.</summary>
    public static IReadOnlyList<Relationship> Crossing(DocumentContext context, SoftwareSystem system)
        => CrossingInOrder(context, system).ToList();

    private static IEnumerable<Relationship> CrossingInOrder(DocumentContext context, SoftwareSystem system)
        => context.RelationshipsByTopLevel.Touching(system).Where(r => Shows(r) && r.Source.IsWithin(system) != r.Destination.IsWithin(system));

    /// <summary>Relationships with both ends inside <paramref name="scope"/> but not on the scope itself, in model order.</summary>
    public static IReadOnlyList<Relationship> Inside(DocumentContext context, Element scope)
        => context.RelationshipsByTopLevel.Touching(scope).Where(r => Shows(r) && r.Source.IsWithin(scope) && r.Destination.IsWithin(scope)
                                                    && !ReferenceEquals(r.Source, scope) && !ReferenceEquals(r.Destination, scope)).ToList();

    /// <summary>
    /// What a view shows in plain C4: its elements and relationships as <see cref="ViewContents"/> has them (as
    /// structurizr-java draws the view), less the custom elements and the relationships that touch them.
    /// </summary>
    public static (IReadOnlyList<Element> Elements, IReadOnlyList<RelationshipView> Relationships) Contents(ModelView view)
    {
        var contents = ViewContents.Of(view)!;
        return (contents.Elements.Where(Shows).ToList(), contents.Relationships.Where(r => Shows(r.Relationship)).ToList());
    }

    /// <summary>The people and systems outside <paramref name="system"/> that it interacts with, in first-seen order.</summary>
    public static IReadOnlyList<Element> Partners(DocumentContext context, SoftwareSystem system)
    {
        var partners = new List<Element>();
        var seen = new HashSet<Element>();
        // Not through Crossing: a system of a large model has tens of thousands of crossing relationships and few partners.
        foreach (var r in CrossingInOrder(context, system))
        {
            var outside = RelationshipsByTopLevel.TopLevelOf(r.Source.IsWithin(system) ? r.Destination : r.Source);
            if (seen.Add(outside)) partners.Add(outside);
        }
        return partners;
    }

    /// <summary>A relationship seen at system level: both ends lifted to their top-level element; repeats merged.</summary>
    public static IReadOnlyList<(Element Source, Element Destination, string? Description, string? Technology)> Lifted(IEnumerable<Relationship> relationships, Func<Element, Element> lift)
        => relationships.Select(r => (Source: lift(r.Source), Destination: lift(r.Destination), r.Description, r.Technology))
            .Where(r => !ReferenceEquals(r.Source, r.Destination)).Distinct().ToList();

    /// <summary>The first of <paramref name="blocks"/> that <paramref name="element"/> is or lies within, or null.</summary>
    /// <remarks>A loop, not FirstOrDefault with a lambda: it runs for both ends of every relationship lifted.</remarks>
    public static Element? BlockOf<TBlock>(IReadOnlyList<TBlock> blocks, Element element) where TBlock : Element
    {
        for (var i = 0; i < blocks.Count; i++)
            if (element.IsWithin(blocks[i])) return blocks[i];
        return null;
    }

    /// <summary>"Synchronous", "Asynchronous" or null.</summary>
    public static string? Style(Relationship relationship) => relationship.InteractionStyle is { } style ? Words.Of(style) : null;

    /// <summary>The technology of a container or component, or null.</summary>
    public static string? Technology(Element element) => element switch
    {
        Container c => c.Technology,
        Component c => c.Technology,
        _ => null,
    };

    /// <summary>
    /// One relationship per source and destination (in first-seen order), its description the distinct descriptions of
    /// the relationships between them joined with "; ": a context diagram draws one edge per direction between two elements.
    /// </summary>
    public static IReadOnlyList<(Element Source, Element Destination, string? Description)> PerPair(
        IEnumerable<(Element Source, Element Destination, string? Description, string? Technology)> relationships)
    {
        var pairs = new List<(Element Source, Element Destination, List<string> Descriptions)>();
        var index = new Dictionary<(Element, Element), int>();
        foreach (var (source, destination, description, _) in relationships)
        {
            if (!index.TryGetValue((source, destination), out var at))
            {
                index[(source, destination)] = at = pairs.Count;
                pairs.Add((source, destination, []));
            }
            var text = description?.Trim();
            if (!string.IsNullOrEmpty(text) && !pairs[at].Descriptions.Contains(text)) pairs[at].Descriptions.Add(text);
        }
        return [.. pairs.Select(p => (p.Source, p.Destination, p.Descriptions.Count == 0 ? null : string.Join("; ", p.Descriptions)))];
    }
}
