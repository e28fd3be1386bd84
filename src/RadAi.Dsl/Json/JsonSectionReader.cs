using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// The sections of workspace JSON that are small beside the model's elements (configuration, documentation,
/// perspectives, deployment nodes, views): <see cref="WorkspaceJsonReader"/> parses each as a <see cref="System.Text.Json.JsonDocument"/>
/// and reads it here, through <see cref="JsonObjectReader"/>, whose errors name the JSON path.
/// </summary>
internal sealed class JsonSectionReader
{
    private readonly List<(Element Owner, JsonObjectReader Json)> _pendingRelationships = [];
    private readonly Workspace _workspace;
    private Model Model => _workspace.Model;

    public JsonSectionReader(Workspace workspace) => _workspace = workspace;

    internal void ReadConfiguration(JsonObjectReader json)
    {
        var c = _workspace.Configuration;
        c.Scope = json.Enum<WorkspaceScope>("scope");
        c.Visibility = json.Enum<WorkspaceVisibility>("visibility");
        foreach (var user in json.Objects("users"))
        {
            var name = user.String("username");
            if (string.IsNullOrWhiteSpace(name)) continue;
            c.AddUser(name, user.Enum<WorkspaceRole>("role") ?? WorkspaceRole.ReadOnly);
        }
    }

    // ------------------------------------------------------------------ model

    internal void ReadPendingRelationships()
    {
        foreach (var (owner, r) in _pendingRelationships) ReadRelationship(owner, r);
    }

    internal void ReadDeploymentNode(JsonObjectReader json, DeploymentNode? parent)
    {
        var environment = json.String("environment") ?? parent?.Environment ?? DeploymentElement.DefaultEnvironment;
        var node = Guard(json, "name", () => new DeploymentNode(Model, Id(json), json.RequiredString("name"), parent, environment));
        ReadElement(json, node);
        node.Technology = json.String("technology");
        var instances = json.String("instances");
        if (!string.IsNullOrWhiteSpace(instances)) node.Instances = instances;
        Guard(json, "name", () =>
        {
            if (parent is null) Model.AttachDeploymentNode(node);
            else parent.AttachChild(node);
        });
        foreach (var i in json.Objects("infrastructureNodes"))
        {
            var infra = Guard(i, "name", () => new InfrastructureNode(Model, Id(i), i.RequiredString("name"), node, i.String("environment") ?? environment));
            ReadElement(i, infra);
            infra.Technology = i.String("technology");
            Guard(i, "name", () => node.AttachInfrastructureNode(infra));
        }
        foreach (var i in json.Objects("softwareSystemInstances"))
        {
            var system = Resolve<SoftwareSystem>(i, "softwareSystemId", "software system");
            var instance = Guard(i, "id", () => new SoftwareSystemInstance(Model, Id(i), system, InstanceId(i), node, i.String("environment") ?? environment));
            ReadInstance(i, instance);
            Guard(i, "id", () => node.AttachSoftwareSystemInstance(instance));
        }
        foreach (var i in json.Objects("containerInstances"))
        {
            var container = Resolve<Container>(i, "containerId", "container");
            var instance = Guard(i, "id", () => new ContainerInstance(Model, Id(i), container, InstanceId(i), node, i.String("environment") ?? environment));
            ReadInstance(i, instance);
            Guard(i, "id", () => node.AttachContainerInstance(instance));
        }
        foreach (var child in json.Objects("children")) ReadDeploymentNode(child, node);
    }

    private static int InstanceId(JsonObjectReader json)
    {
        var id = json.Int("instanceId") ?? 1;
        return id < 1 ? throw json.Error("instanceId", $"must be 1 or more, not {id}.") : id;
    }

    private void ReadInstance(JsonObjectReader json, StaticStructureElementInstance instance)
    {
        ReadElement(json, instance);
        instance.SetDeploymentGroups(json.Strings("deploymentGroups"));
        foreach (var h in json.Objects("healthChecks"))
        {
            var check = Guard(h, "url", () => new HealthCheck(h.RequiredString("name"), h.RequiredString("url"), h.Int("interval") ?? 60, h.Long("timeout") ?? 0));
            h.ReadProperties("headers", check.Headers);
            instance.AddHealthCheck(check);
        }
    }

    private void ReadElement(JsonObjectReader json, Element element)
    {
        element.Description = json.String("description");
        ReadModelItem(json, element);
        foreach (var r in json.Objects("relationships")) _pendingRelationships.Add((element, r));
    }

    private static void ReadModelItem(JsonObjectReader json, ModelItem item)
    {
        item.ReplaceTags(json.String("tags"));
        var url = json.String("url");
        try { item.Url = url; }
        catch (Exception e) when (e is ModelException or ArgumentException) { throw Located(json, "url", e); }
        // Touch Properties only when there are some: it is created on first use.
        if (json.Has("properties")) json.ReadProperties("properties", item.Properties);
        foreach (var p in json.Objects("perspectives")) ReadPerspective(p, item);
    }

    internal static void ReadPerspective(JsonObjectReader p, ModelItem item)
    {
        var name = p.String("name");
        if (string.IsNullOrWhiteSpace(name)) throw p.Error("name", "a perspective needs a name.");
        item.AddPerspective(new Perspective(name, p.String("description") ?? string.Empty, p.String("value"), p.String("url")));
    }

    private void ReadRelationship(Element owner, JsonObjectReader json)
    {
        var source = json.Has("sourceId") ? Resolve<Element>(json, "sourceId", "element") : owner;
        var destination = Resolve<Element>(json, "destinationId", "element");
        var linked = json.String("linkedRelationshipId");
        var relationship = new Relationship(Model, Id(json), source, destination, json.String("description"), json.String("technology"), linked is not null)
        {
            LinkedRelationshipId = linked,
        };
        relationship.SetInteractionStyleRaw(json.Enum<InteractionStyle>("interactionStyle"));
        ReadModelItem(json, relationship);
        try { Model.Register(relationship); }
        catch (Exception e) when (e is ModelException or ArgumentException) { throw Located(json, "id", e); }
    }

    private string Id(JsonObjectReader json) => Id(Model, json);

    private static string Id(Model model, JsonObjectReader json)
    {
        var id = json.RequiredString("id");
        if (model.IsIdTaken(id)) throw json.Error("id", $"id '{id}' is used twice; element and relationship ids must be unique.");
        model.Found(id);
        return id;
    }

    private T Resolve<T>(JsonObjectReader json, string name, string kind) where T : Element
    {
        var id = json.RequiredString(name);
        return Model.GetElement(id) switch
        {
            T element => element,
            null => throw json.Error(name, $"names element id '{id}', which does not exist."),
            var other => throw json.Error(name, $"names '{other.CanonicalName}', which is not a {kind}."),
        };
    }

    // ------------------------------------------------------------------ views

    internal void ReadViews(JsonObjectReader json)
    {
        var views = _workspace.Views;
        foreach (var v in json.Objects("systemLandscapeViews"))
        {
            var view = new SystemLandscapeView(views, Key(v), v.String("description"));
            view.EnterpriseBoundaryVisible = v.Bool("enterpriseBoundaryVisible") ?? true;
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("systemContextViews"))
        {
            var view = new SystemContextView(views, Resolve<SoftwareSystem>(v, "softwareSystemId", "software system"), Key(v), v.String("description"), addScope: false);
            view.EnterpriseBoundaryVisible = v.Bool("enterpriseBoundaryVisible") ?? true;
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("containerViews"))
        {
            var view = new ContainerView(views, Resolve<SoftwareSystem>(v, "softwareSystemId", "software system"), Key(v), v.String("description"));
            view.ExternalSoftwareSystemBoundariesVisible = v.Bool("externalSoftwareSystemBoundariesVisible") ?? false;
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("componentViews"))
        {
            var view = new ComponentView(views, Resolve<Container>(v, "containerId", "container"), Key(v), v.String("description"));
            view.ExternalContainerBoundariesVisible = v.Bool("externalContainerBoundariesVisible") ?? false;
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("dynamicViews"))
        {
            Element? scope = v.Has("elementId") ? Resolve<Element>(v, "elementId", "element") : null;
            if (scope is not null and not SoftwareSystem and not Container)
                throw v.Error("elementId", $"'{scope.CanonicalName}' cannot scope a dynamic view; use a software system or container.");
            var view = new DynamicView(views, scope, Key(v), v.String("description"));
            view.ExternalBoundariesVisible = v.Bool("externalBoundariesVisible") ?? false;
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("deploymentViews"))
        {
            var system = v.Has("softwareSystemId") ? Resolve<SoftwareSystem>(v, "softwareSystemId", "software system") : null;
            var view = new DeploymentView(views, system, v.String("environment") ?? DeploymentElement.DefaultEnvironment, Key(v), v.String("description"));
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("customViews"))
        {
            var view = new CustomView(views, Key(v), v.String("title"), v.String("description"));
            ReadModelView(v, view);
        }
        foreach (var v in json.Objects("imageViews"))
        {
            var element = v.Has("elementId") ? Resolve<Element>(v, "elementId", "element") : null;
            var view = new ImageView(views, element, Key(v), v.String("description"))
            {
                Content = v.String("content"),
                ContentType = v.String("contentType"),
                ContentLight = v.String("contentLight"),
                ContentDark = v.String("contentDark"),
            };
            ReadView(v, view);
        }
        var filtered = new List<(JsonObjectReader Json, FilteredView View)>();
        foreach (var v in json.Objects("filteredViews"))
        {
            var mode = v.Enum<FilterMode>("mode") ?? FilterMode.Include;
            var view = new FilteredView(views, v.RequiredString("baseViewKey"), Key(v), v.String("description"), mode, v.Strings("tags"));
            ReadView(v, view);
            filtered.Add((v, view));
        }
        foreach (var (v, view) in filtered)
            if (view.BaseView is null)
                throw v.Error("baseViewKey", $"names view '{view.BaseViewKey}', which is not a system landscape, context, container or component view of this workspace.");
        // JSON groups the views by type; whatever follows the views' order should see them as the model had them.
        views.SortByOrder();
        if (json.Object("configuration") is { } configuration) ReadViewConfiguration(configuration);
    }

    private static string Key(JsonObjectReader json) => json.RequiredString("key");

    private void ReadView(JsonObjectReader json, View view)
    {
        view.Title = json.String("title");
        view.GeneratedKey = json.Bool("generatedKey") ?? false;
        json.ReadProperties("properties", view.Properties);
        var order = json.Int("order");
        Guard(json, "key", () => _workspace.Views.Register(view, order is > 0 ? order : null));
    }

    private void ReadModelView(JsonObjectReader json, ModelView view)
    {
        view.PaperSize = json.Enum<PaperSize>("paperSize");
        if (json.Object("dimensions") is { } d) view.Dimensions = new Dimensions(d.Int("width") ?? 0, d.Int("height") ?? 0);
        if (json.Object("automaticLayout") is { } a)
        {
            view.AutomaticLayout = new AutomaticLayout(
                a.Enum<RankDirection>("rankDirection") ?? RankDirection.TopBottom,
                a.Int("rankSeparation") ?? 300,
                a.Int("nodeSeparation") ?? 300,
                a.Int("edgeSeparation") ?? 0,
                a.Bool("vertices") ?? false,
                a.Enum<AutomaticLayoutImplementation>("implementation") ?? AutomaticLayoutImplementation.Graphviz,
                a.Bool("applied") ?? false);
        }
        foreach (var e in json.Objects("elements"))
        {
            var elementView = view.AddElementRaw(Resolve<Element>(e, "id", "element"));
            elementView.X = e.Int("x") ?? 0;
            elementView.Y = e.Int("y") ?? 0;
        }
        foreach (var r in json.Objects("relationships"))
        {
            var id = r.RequiredString("id");
            var relationship = Model.GetRelationship(id) ?? throw r.Error("id", $"names relationship id '{id}', which does not exist.");
            var rv = view.AddRelationshipRaw(relationship);
            rv.Description = r.String("description");
            rv.Order = r.String("order");
            rv.Response = r.Bool("response");
            rv.Routing = r.Enum<Routing>("routing");
            rv.Position = r.Int("position");
            rv.Url = r.String("url");
            r.ReadProperties("properties", rv.Properties);
            rv.SetVertices(r.Objects("vertices").Select(v => new Vertex(v.Int("x") ?? 0, v.Int("y") ?? 0)).ToList());
            if (view is DynamicView dynamic) dynamic.ContinueSequenceAfter(rv.Order);
        }
        foreach (var step in json.Objects("animations"))
        {
            var elements = step.Strings("elements");
            var relationships = step.Strings("relationships");
            foreach (var id in elements)
                if (Model.GetElement(id) is null) throw step.Error("elements", $"names element id '{id}', which does not exist.");
            foreach (var id in relationships)
                if (Model.GetRelationship(id) is null) throw step.Error("relationships", $"names relationship id '{id}', which does not exist.");
            view.AddAnimationRaw(new Animation(step.Int("order") ?? view.Animations.Count + 1, elements, relationships));
        }
        ReadView(json, view);
    }

    private void ReadViewConfiguration(JsonObjectReader json)
    {
        var c = _workspace.Views.Configuration;
        c.DefaultView = json.String("defaultView");
        c.LastSavedView = json.String("lastSavedView");
        c.MetadataSymbols = json.Enum<MetadataSymbols>("metadataSymbols");
        c.ViewSortOrder = json.Enum<ViewSortOrder>("viewSortOrder");
        json.ReadProperties("properties", c.Properties);
        foreach (var theme in json.Strings("themes")) c.AddThemeRaw(theme);
        if (json.String("theme") is { Length: > 0 } legacyTheme && !c.Themes.Contains(legacyTheme)) c.AddThemeRaw(legacyTheme);
        if (json.Object("branding") is { } b)
        {
            c.Branding.Logo = b.String("logo");
            if (b.Object("font") is { } f && f.String("name") is { Length: > 0 } fontName) c.Branding.Font = new Font(fontName, f.String("url"));
        }
        if (json.Object("terminology") is { } t)
        {
            var term = c.Terminology;
            term.Code = t.String("code");
            term.Component = t.String("component");
            term.Container = t.String("container");
            term.DeploymentNode = t.String("deploymentNode");
            term.Enterprise = t.String("enterprise");
            term.InfrastructureNode = t.String("infrastructureNode");
            term.Person = t.String("person");
            term.Relationship = t.String("relationship");
            term.SoftwareSystem = t.String("softwareSystem");
        }
        if (json.Object("styles") is { } styles)
        {
            foreach (var s in styles.Objects("elements")) Guard(s, "tag", () => c.Styles.AddRaw(ReadElementStyle(s)));
            foreach (var s in styles.Objects("relationships")) Guard(s, "tag", () => c.Styles.AddRaw(ReadRelationshipStyle(s)));
        }
    }

    private static ElementStyle ReadElementStyle(JsonObjectReader s)
    {
        var style = new ElementStyle(s.RequiredString("tag"))
        {
            Width = s.Int("width"),
            Height = s.Int("height"),
            StrokeWidth = s.Int("strokeWidth"),
            FontSize = s.Int("fontSize"),
            Shape = s.Enum<Shape>("shape"),
            Icon = s.String("icon"),
            IconPosition = s.Enum<IconPosition>("iconPosition"),
            Border = s.Enum<LineStyle>("border"),
            Opacity = s.Int("opacity"),
            Metadata = s.Bool("metadata"),
            Description = s.Bool("description"),
            ColorScheme = s.Enum<ColorScheme>("colorScheme"),
        };
        Guard(s, "background", () => style.Background = s.String("background"));
        Guard(s, "stroke", () => style.Stroke = s.String("stroke"));
        Guard(s, "color", () => style.Color = s.String("color"));
        s.ReadProperties("properties", style.Properties);
        return style;
    }

    private static RelationshipStyle ReadRelationshipStyle(JsonObjectReader s)
    {
        var style = new RelationshipStyle(s.RequiredString("tag"))
        {
            Thickness = s.Int("thickness"),
            Dashed = s.Bool("dashed"),
            Style = s.Enum<LineStyle>("style"),
            Routing = s.Enum<Routing>("routing"),
            Jump = s.Bool("jump"),
            FontSize = s.Int("fontSize"),
            Width = s.Int("width"),
            Position = s.Int("position"),
            Opacity = s.Int("opacity"),
            ColorScheme = s.Enum<ColorScheme>("colorScheme"),
        };
        Guard(s, "color", () => style.Color = s.String("color"));
        s.ReadProperties("properties", style.Properties);
        return style;
    }

    // ------------------------------------------------------------------ documentation

    // An element's documentation is created on first use; "documentation": {} (as Java writes for every element) leaves it so.
    internal static bool HasDocumentation(JsonObjectReader json) => json.Has("sections") || json.Has("decisions") || json.Has("images");

    internal static void ReadDocumentation(JsonObjectReader json, Documentation documentation)
    {
        foreach (var s in json.Objects("sections"))
        {
            var content = s.String("content") ?? string.Empty;
            var order = s.Int("order") ?? documentation.Sections.Count + 1;
            documentation.AddSectionRaw(new Section(content, s.Enum<DocumentationFormat>("format") ?? DocumentationFormat.Markdown, order, s.String("filename")));
        }
        foreach (var d in json.Objects("decisions"))
        {
            var decision = Guard(d, "id", () => new Decision(
                d.RequiredString("id"), d.RequiredString("title"), d.Date("date") ?? default, d.RequiredString("status"),
                d.RequiredString("content"), d.Enum<DocumentationFormat>("format") ?? DocumentationFormat.Markdown));
            foreach (var link in d.Objects("links")) decision.AddLink(link.RequiredString("id"), link.String("description"));
            Guard(d, "id", () => documentation.AddDecision(decision));
        }
        foreach (var i in json.Objects("images"))
            documentation.AddImage(i.RequiredString("name"), i.String("content") ?? string.Empty, i.String("type") ?? string.Empty);
    }

    // ------------------------------------------------------------------ errors

    private static WorkspaceJsonException Located(JsonObjectReader json, string field, Exception e) => json.Error(field, ExceptionWords.Of(e));

    /// <summary>Runs a model-building step and reports its ModelException/ArgumentException at the JSON location.</summary>
    private static T Guard<T>(JsonObjectReader json, string field, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ModelException e)
        {
            throw json.Error(field, ExceptionWords.Of(e));
        }
        catch (ArgumentException e)
        {
            throw json.Error(field, ExceptionWords.Of(e));
        }
    }

    private static void Guard(JsonObjectReader json, string field, Action build) => Guard(json, field, () =>
    {
        build();
        return 0;
    });
}
