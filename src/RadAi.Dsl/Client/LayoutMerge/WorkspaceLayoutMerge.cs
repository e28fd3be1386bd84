using RadAi.Dsl;

namespace RadAi.Dsl.Client;

/// <summary>
/// Copies hand-made layout (element positions, relationship vertices, routing and label position, paper size and
/// dimensions) from another copy of a workspace, as structurizr-java's <c>ViewSet.copyLayoutInformationFrom</c> and
/// <c>DefaultLayoutMergeStrategy</c> do before a push, so pushing from code keeps diagrams arranged on the server.
/// </summary>
/// <remarks>
/// Views with automatic layout, and views whose <see cref="ModelView.MergeLayoutFromRemote"/> is false, are left alone.
/// A view is matched by key, then by the same type, name and (when the local view has one) description.
/// An element by canonical name, then name and type, then non-empty description and type, then id and type.
/// A relationship by the matched source and destination with the same description, then by id; in dynamic views the
/// order must match too.
/// </remarks>
public static class WorkspaceLayoutMerge
{
    /// <summary>Copies layout from <paramref name="source"/> (e.g. the server's copy) into <paramref name="target"/>.</summary>
    /// <example><code>var summary = WorkspaceLayoutMerge.CopyLayout(fromCode, fromServer);</code></example>
    public static LayoutMergeSummary CopyLayout(Workspace target, Workspace source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        int views = 0, elements = 0, relationships = 0, unmatched = 0;
        foreach (var view in target.Views.All.OfType<ModelView>())
        {
            if (view.AutomaticLayout is not null || !view.MergeLayoutFromRemote) continue;
            if (FindView(source.Views, view) is not { } remote) continue;
            views++;
            var (e, r, u) = CopyView(view, remote);
            elements += e;
            relationships += r;
            unmatched += u;
        }
        // Java's ViewConfiguration.copyConfigurationFrom copies only the last saved view.
        target.Views.Configuration.LastSavedView = source.Views.Configuration.LastSavedView;
        return new LayoutMergeSummary(views, elements, relationships, unmatched);
    }

    private static ModelView? FindView(ViewSet source, ModelView view)
    {
        if (source.GetView(view.Key) is ModelView byKey && byKey.GetType() == view.GetType()) return byKey;
        return source.All.OfType<ModelView>().FirstOrDefault(v =>
            v.GetType() == view.GetType()
            && string.Equals(v.Name, view.Name, StringComparison.Ordinal)
            && (view.Description is null || string.Equals(v.Description, view.Description, StringComparison.Ordinal)));
    }

    private static (int Elements, int Relationships, int Unmatched) CopyView(ModelView target, ModelView source)
    {
        target.PaperSize ??= source.PaperSize;
        target.Dimensions ??= source.Dimensions;

        var index = new ElementViewIndex(source);
        var mapped = new Dictionary<Element, Element>(ReferenceEqualityComparer.Instance);
        int elements = 0, unmatched = 0;
        foreach (var elementView in target.Elements)
        {
            if (index.Find(elementView.Element) is { } remote)
            {
                elementView.X = remote.X;
                elementView.Y = remote.Y;
                mapped[elementView.Element] = remote.Element;
                elements++;
            }
            else
            {
                unmatched++;
            }
        }

        var isDynamic = target is DynamicView;
        var relationships = 0;
        foreach (var relationshipView in target.Relationships)
        {
            if (FindRelationshipView(source, relationshipView, mapped, isDynamic) is not { } remote) continue;
            relationshipView.SetVertices(remote.Vertices);
            relationshipView.Routing = remote.Routing;
            relationshipView.Position = remote.Position;
            relationships++;
        }
        return (elements, relationships, unmatched);
    }

    private static RelationshipView? FindRelationshipView(ModelView source, RelationshipView local, Dictionary<Element, Element> mapped, bool isDynamic)
    {
        var relationship = local.Relationship;
        bool SameOrder(RelationshipView candidate) => !isDynamic || string.Equals(candidate.Order, local.Order, StringComparison.Ordinal);

        if (mapped.TryGetValue(relationship.Source, out var source1) && mapped.TryGetValue(relationship.Destination, out var destination1))
        {
            var byEnds = source.Relationships.FirstOrDefault(c =>
                ReferenceEquals(c.Relationship.Source, source1)
                && ReferenceEquals(c.Relationship.Destination, destination1)
                && string.Equals(c.Relationship.Description ?? string.Empty, relationship.Description ?? string.Empty, StringComparison.Ordinal)
                && SameOrder(c));
            if (byEnds is not null) return byEnds;
        }
        return source.Relationships.FirstOrDefault(c => string.Equals(c.Relationship.Id, relationship.Id, StringComparison.Ordinal) && SameOrder(c));
    }

    /// <summary>The source view's elements indexed by each way of matching, first one wins (as a linear search would).</summary>
    private sealed class ElementViewIndex
    {
        private readonly Dictionary<string, ElementView> _byCanonicalName = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, Type), ElementView> _byName = [];
        private readonly Dictionary<(string, Type), ElementView> _byDescription = [];
        private readonly Dictionary<(string, Type), ElementView> _byId = [];

        public ElementViewIndex(ModelView view)
        {
            foreach (var ev in view.Elements)
            {
                var e = ev.Element;
                _byCanonicalName.TryAdd(e.CanonicalName, ev);
                _byName.TryAdd((e.Name, e.GetType()), ev);
                if (!string.IsNullOrEmpty(e.Description)) _byDescription.TryAdd((e.Description, e.GetType()), ev);
                _byId.TryAdd((e.Id, e.GetType()), ev);
            }
        }

        public ElementView? Find(Element element)
        {
            if (_byCanonicalName.TryGetValue(element.CanonicalName, out var found)) return found;
            if (_byName.TryGetValue((element.Name, element.GetType()), out found)) return found;
            if (!string.IsNullOrEmpty(element.Description) && _byDescription.TryGetValue((element.Description, element.GetType()), out found)) return found;
            return _byId.GetValueOrDefault((element.Id, element.GetType()));
        }
    }
}
