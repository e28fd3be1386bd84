using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Writes a workspace exactly as structurizr-java's JsonWriter does: keys in alphabetical order,
/// empty values left out (zero and false kept), some empty objects written as {}, model collections
/// sorted by numeric id. Each Write method lists its keys alphabetically by hand.
/// </summary>
internal sealed class WorkspaceJsonWriter(JacksonJsonWriter w, IEnumerable<WrittenProperty>? properties = null)
{
    public void Write(Workspace workspace)
    {
        w.WriteStartObject();
        WriteConfiguration(workspace.Configuration);
        Str("description"u8, workspace.Description);
        WriteDocumentation("documentation"u8, workspace.Documentation);
        w.WriteNumber("id"u8, workspace.Id);
        Str("lastModifiedAgent"u8, workspace.LastModifiedAgent);
        if (workspace.LastModifiedDate is { } modified) w.WriteString("lastModifiedDate"u8, FormatDate(modified));
        Str("lastModifiedUser"u8, workspace.LastModifiedUser);
        WriteModel(workspace.Model);
        Str("name"u8, workspace.Name);
        WriteWorkspaceProperties(workspace);
        Str("thumbnail"u8, workspace.Thumbnail);
        Str("version"u8, workspace.Version);
        WriteViews(workspace.Views);
        w.WriteEndObject();
    }

    internal static string FormatDate(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void WriteConfiguration(WorkspaceConfiguration c)
    {
        w.WriteStartObject("configuration"u8);
        if (c.Scope is { } scope) w.WriteString("scope"u8, scope.ToString());
        if (c.Users.Count > 0)
        {
            w.WriteStartArray("users"u8);
            foreach (var u in c.Users)
            {
                w.WriteStartObject();
                w.WriteString("role"u8, u.Role.ToString());
                Text("username"u8, u.Username);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (c.Visibility is { } visibility) w.WriteString("visibility"u8, visibility.ToString());
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- model

    private void WriteModel(Model model)
    {
        w.WriteStartObject("model"u8);
        Array("customElements"u8, model.CustomElements, WriteStaticElement);
        Array("deploymentNodes"u8, model.DeploymentNodes, WriteDeploymentNode);
        Array("people"u8, model.People, WriteStaticElement);
        Props("properties"u8, model.Properties);
        Array("softwareSystems"u8, model.SoftwareSystems, WriteStaticElement);
        w.WriteEndObject();
    }

    // People, software systems, containers, components and custom elements share one key order; each key is
    // written only for the element types that have it.
    private void WriteStaticElement(StaticStructureElement e)
    {
        w.WriteStartObject();
        if (e is Container container) Array("components"u8, container.Components, WriteStaticElement);
        if (e is SoftwareSystem system) Array("containers"u8, system.Containers, WriteStaticElement);
        Str("description"u8, e.Description);
        if (DocumentationOf(e) is { } documentation) WriteDocumentation("documentation"u8, documentation);
        Str("group"u8, e.Group);
        Text("id"u8, e.Id);
        if (e is CustomElement custom) Str("metadata"u8, custom.Metadata);
        Str("name"u8, e.Name);
        Perspectives(e);
        Props("properties"u8, e.PropertiesIfCreated);
        Relationships(e);
        Tags(e);
        Str("technology"u8, e switch { Container c => c.Technology, Component c => c.Technology, _ => null });
        Str("url"u8, e.Url);
        w.WriteEndObject();
    }

    private static Documentation? DocumentationOf(Element e) => e switch
    {
        // Documentation never touched is empty; the shared empty instance is written as "{}" without creating one.
        SoftwareSystem s => s.DocumentationIfCreated ?? NoDocumentation,
        Container c => c.DocumentationIfCreated ?? NoDocumentation,
        Component c => c.DocumentationIfCreated ?? NoDocumentation,
        _ => null,
    };

    private static readonly Documentation NoDocumentation = new();

    private void WriteDeploymentNode(DeploymentNode n)
    {
        w.WriteStartObject();
        Array("children"u8, n.Children, WriteDeploymentNode);
        Array("containerInstances"u8, n.ContainerInstances, WriteContainerInstance);
        Str("description"u8, n.Description);
        Str("environment"u8, n.Environment);
        Text("id"u8, n.Id);
        Array("infrastructureNodes"u8, n.InfrastructureNodes, WriteInfrastructureNode);
        Str("instances"u8, n.Instances);
        Str("name"u8, n.Name);
        Perspectives(n);
        Props("properties"u8, n.PropertiesIfCreated);
        Relationships(n);
        Array("softwareSystemInstances"u8, n.SoftwareSystemInstances, WriteSoftwareSystemInstance);
        Tags(n);
        Str("technology"u8, n.Technology);
        Str("url"u8, n.Url);
        w.WriteEndObject();
    }

    private void WriteInfrastructureNode(InfrastructureNode n)
    {
        w.WriteStartObject();
        Str("description"u8, n.Description);
        Str("environment"u8, n.Environment);
        Text("id"u8, n.Id);
        Str("name"u8, n.Name);
        Perspectives(n);
        Props("properties"u8, n.PropertiesIfCreated);
        Relationships(n);
        Tags(n);
        Str("technology"u8, n.Technology);
        Str("url"u8, n.Url);
        w.WriteEndObject();
    }

    private void WriteContainerInstance(ContainerInstance i)
    {
        w.WriteStartObject();
        Text("containerId"u8, i.Container.Id);
        WriteInstanceBody(i);
        Tags(i);
        Str("url"u8, i.Url);
        w.WriteEndObject();
    }

    private void WriteSoftwareSystemInstance(SoftwareSystemInstance i)
    {
        w.WriteStartObject();
        WriteInstanceBody(i);
        Text("softwareSystemId"u8, i.SoftwareSystem.Id);
        Tags(i);
        Str("url"u8, i.Url);
        w.WriteEndObject();
    }

    // deploymentGroups … relationships: the keys instances share between their type-specific id keys.
    private void WriteInstanceBody(StaticStructureElementInstance i)
    {
        StrArray("deploymentGroups"u8, i.DeploymentGroups);
        Str("description"u8, i.Description);
        Str("environment"u8, i.Environment);
        if (i.HealthChecks.Count > 0)
        {
            w.WriteStartArray("healthChecks"u8);
            foreach (var h in i.HealthChecks)
            {
                w.WriteStartObject();
                Props("headers"u8, h.Headers);
                w.WriteNumber("interval"u8, h.IntervalSeconds);
                Str("name"u8, h.Name);
                w.WriteNumber("timeout"u8, h.TimeoutMilliseconds);
                Str("url"u8, h.Url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Text("id"u8, i.Id);
        w.WriteNumber("instanceId"u8, i.InstanceId);
        Perspectives(i);
        Props("properties"u8, i.PropertiesIfCreated);
        Relationships(i);
    }

    private void Relationships(Element e)
    {
        var relationships = e.Relationships;
        if (relationships.Count == 0) return;
        w.WriteStartArray("relationships"u8);
        foreach (var r in IdOrder.Sort(relationships, r => r.Id)) WriteRelationship(r);
        w.WriteEndArray();
    }

    private void WriteRelationship(Relationship r)
    {
        w.WriteStartObject();
        Str("description"u8, r.Description);
        Text("destinationId"u8, r.Destination.Id);
        Text("id"u8, r.Id);
        if (r.InteractionStyle is { } style) w.WriteString("interactionStyle"u8, style.ToString());
        Str("linkedRelationshipId"u8, r.LinkedRelationshipId);
        Perspectives(r);
        Props("properties"u8, r.PropertiesIfCreated);
        Text("sourceId"u8, r.Source.Id);
        Tags(r);
        Str("technology"u8, r.Technology);
        Str("url"u8, r.Url);
        w.WriteEndObject();
    }

    private void Perspectives(ModelItem item)
    {
        if (item.Perspectives.Count == 0) return;
        w.WriteStartArray("perspectives"u8);
        foreach (var p in item.Perspectives)
        {
            w.WriteStartObject();
            Str("description"u8, p.Description);
            Str("name"u8, p.Name);
            Str("url"u8, p.Url);
            Str("value"u8, p.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---------------------------------------------------------------- documentation

    private void WriteDocumentation(ReadOnlySpan<byte> name, Documentation d)
    {
        w.WriteStartObject(name);
        if (d.Decisions.Count > 0)
        {
            w.WriteStartArray("decisions"u8);
            foreach (var decision in d.Decisions)
            {
                w.WriteStartObject();
                Str("content"u8, decision.Content);
                w.WriteString("date"u8, FormatDate(decision.Date));
                w.WriteString("format"u8, decision.Format.ToString());
                Str("id"u8, decision.Id);
                if (decision.Links.Count > 0)
                {
                    w.WriteStartArray("links"u8);
                    foreach (var link in decision.Links)
                    {
                        w.WriteStartObject();
                        Str("description"u8, link.Description);
                        Str("id"u8, link.Id);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                Str("status"u8, decision.Status);
                Str("title"u8, decision.Title);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.Images.Count > 0)
        {
            w.WriteStartArray("images"u8);
            foreach (var image in d.Images)
            {
                w.WriteStartObject();
                Str("content"u8, image.Content);
                Str("name"u8, image.Name);
                Str("type"u8, image.Type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.Sections.Count > 0)
        {
            w.WriteStartArray("sections"u8);
            foreach (var s in d.Sections)
            {
                w.WriteStartObject();
                Str("content"u8, s.Content);
                Str("filename"u8, s.Filename);
                w.WriteString("format"u8, s.Format.ToString());
                w.WriteNumber("order"u8, s.Order);
                // structurizr-java always writes an empty title: the title comes from the content's heading.
                w.WriteString("title"u8, string.Empty);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- views

    private void WriteViews(ViewSet views)
    {
        w.WriteStartObject("views"u8);
        ViewArray("componentViews"u8, views.ComponentViews, v =>
        {
            WriteModelViewHead(v);
            Text("containerId"u8, v.Container.Id);
            WriteModelViewMiddle(v);
            w.WriteBoolean("externalContainerBoundariesVisible"u8, v.ExternalContainerBoundariesVisible);
            WriteModelViewTail(v);
        });
        WriteViewConfiguration(views.Configuration);
        ViewArray("containerViews"u8, views.ContainerViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            w.WriteBoolean("externalSoftwareSystemBoundariesVisible"u8, v.ExternalSoftwareSystemBoundariesVisible);
            WriteModelViewTail(v, beforeTitle: () => Text("softwareSystemId"u8, v.SoftwareSystem.Id));
        });
        ViewArray("customViews"u8, views.CustomViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            WriteModelViewTail(v);
        });
        ViewArray("deploymentViews"u8, views.DeploymentViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            Str("environment"u8, v.Environment);
            WriteModelViewTail(v, beforeTitle: () =>
            {
                if (v.SoftwareSystem is not null) Text("softwareSystemId"u8, v.SoftwareSystem.Id);
            });
        });
        ViewArray("dynamicViews"u8, views.DynamicViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v, dynamic: true);
            w.WriteBoolean("externalBoundariesVisible"u8, v.ExternalBoundariesVisible);
            WriteModelViewTail(v, dynamic: true);
        });
        ViewArray("filteredViews"u8, views.FilteredViews, v =>
        {
            Str("baseViewKey"u8, v.BaseViewKey);
            Str("description"u8, v.Description);
            if (v.GeneratedKey) w.WriteBoolean("generatedKey"u8, true);
            Str("key"u8, v.Key);
            w.WriteString("mode"u8, v.Mode.ToString());
            Str("name"u8, v.Name);
            w.WriteNumber("order"u8, v.Order);
            Props("properties"u8, v.Properties);
            StrArray("tags"u8, v.Tags);
            Str("title"u8, v.Title);
        });
        ViewArray("imageViews"u8, views.ImageViews, v =>
        {
            Str("content"u8, v.Content);
            Str("contentDark"u8, v.ContentDark);
            Str("contentLight"u8, v.ContentLight);
            Str("contentType"u8, v.ContentType);
            Str("description"u8, v.Description);
            if (v.Element is not null) Text("elementId"u8, v.Element.Id);
            if (v.GeneratedKey) w.WriteBoolean("generatedKey"u8, true);
            Str("key"u8, v.Key);
            Str("name"u8, v.Name);
            w.WriteNumber("order"u8, v.Order);
            Props("properties"u8, v.Properties);
            Str("title"u8, v.Title);
        });
        ViewArray("systemContextViews"u8, views.SystemContextViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            w.WriteBoolean("enterpriseBoundaryVisible"u8, v.EnterpriseBoundaryVisible);
            WriteModelViewTail(v, beforeTitle: () => Text("softwareSystemId"u8, v.SoftwareSystem.Id));
        });
        ViewArray("systemLandscapeViews"u8, views.SystemLandscapeViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            w.WriteBoolean("enterpriseBoundaryVisible"u8, v.EnterpriseBoundaryVisible);
            WriteModelViewTail(v);
        });
        w.WriteEndObject();
    }

    private void ViewArray<T>(ReadOnlySpan<byte> name, IEnumerable<T> views, Action<T> body) where T : View
    {
        var list = views.OrderBy(v => v.Order).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in list)
        {
            w.WriteStartObject();
            body(v);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // animations, automaticLayout (keys before "containerId"/"description").
    private void WriteModelViewHead(ModelView v)
    {
        if (v.Animations.Count > 0 && v is not DynamicView)
        {
            w.WriteStartArray("animations"u8);
            foreach (var a in v.Animations.OrderBy(a => a.Order))
            {
                w.WriteStartObject();
                StrArray("elements"u8, a.ElementIds.Order(StringComparer.Ordinal).ToList());
                w.WriteNumber("order"u8, a.Order);
                StrArray("relationships"u8, a.RelationshipIds.Order(StringComparer.Ordinal).ToList());
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (v.AutomaticLayout is { } layout)
        {
            w.WriteStartObject("automaticLayout"u8);
            w.WriteBoolean("applied"u8, layout.Applied);
            w.WriteNumber("edgeSeparation"u8, layout.EdgeSeparation);
            w.WriteString("implementation"u8, layout.Implementation.ToString());
            w.WriteNumber("nodeSeparation"u8, layout.NodeSeparation);
            w.WriteString("rankDirection"u8, layout.RankDirection.ToString());
            w.WriteNumber("rankSeparation"u8, layout.RankSeparation);
            w.WriteBoolean("vertices"u8, layout.Vertices);
            w.WriteEndObject();
        }
    }

    // description, dimensions, elementId (dynamic), elements.
    private void WriteModelViewMiddle(ModelView v, bool dynamic = false)
    {
        Str("description"u8, v.Description);
        if (v.Dimensions is { } d)
        {
            w.WriteStartObject("dimensions"u8);
            w.WriteNumber("height"u8, d.Height);
            w.WriteNumber("width"u8, d.Width);
            w.WriteEndObject();
        }
        if (dynamic && v is DynamicView { Element: { } scope }) Text("elementId"u8, scope.Id);
        if (v.Elements.Count > 0)
        {
            w.WriteStartArray("elements"u8);
            foreach (var e in IdOrder.Sort(v.Elements, e => e.Element.Id))
            {
                w.WriteStartObject();
                Text("id"u8, e.Element.Id);
                w.WriteNumber("x"u8, e.X);
                w.WriteNumber("y"u8, e.Y);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
    }

    // generatedKey … title (keys after the type-specific flags).
    private void WriteModelViewTail(ModelView v, bool dynamic = false, Action? beforeTitle = null)
    {
        if (v.GeneratedKey) w.WriteBoolean("generatedKey"u8, true);
        Str("key"u8, v.Key);
        Str("name"u8, v.Name);
        w.WriteNumber("order"u8, v.Order);
        if (v.PaperSize is { } paper) w.WriteString("paperSize"u8, paper.ToString());
        Props("properties"u8, v.Properties);
        if (v.Relationships.Count > 0)
        {
            w.WriteStartArray("relationships"u8);
            var ordered = dynamic ? v.Relationships : IdOrder.SortOrdinal(v.Relationships, r => r.Relationship.Id);
            foreach (var r in ordered) WriteRelationshipView(r);
            w.WriteEndArray();
        }
        beforeTitle?.Invoke();
        Str("title"u8, v.Title);
    }

    private void WriteRelationshipView(RelationshipView r)
    {
        w.WriteStartObject();
        Str("description"u8, r.Description);
        Text("id"u8, r.Relationship.Id);
        Str("order"u8, r.Order);
        if (r.Position is { } position) w.WriteNumber("position"u8, position);
        Props("properties"u8, r.Properties);
        if (r.Response is { } response) w.WriteBoolean("response"u8, response);
        if (r.Routing is { } routing) w.WriteString("routing"u8, routing.ToString());
        Str("url"u8, r.Url);
        if (r.Vertices.Count > 0)
        {
            w.WriteStartArray("vertices"u8);
            foreach (var vertex in r.Vertices)
            {
                w.WriteStartObject();
                w.WriteNumber("x"u8, vertex.X);
                w.WriteNumber("y"u8, vertex.Y);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private void WriteViewConfiguration(ViewConfiguration c)
    {
        w.WriteStartObject("configuration"u8);
        w.WriteStartObject("branding"u8);
        if (c.Branding.Font is { } font)
        {
            w.WriteStartObject("font"u8);
            Str("name"u8, font.Name);
            Str("url"u8, font.Url);
            w.WriteEndObject();
        }
        Str("logo"u8, c.Branding.Logo);
        w.WriteEndObject();
        Str("defaultView"u8, c.DefaultView);
        Str("lastSavedView"u8, c.LastSavedView);
        if (c.MetadataSymbols is { } symbols) w.WriteString("metadataSymbols"u8, symbols.ToString());
        Props("properties"u8, c.Properties);
        w.WriteStartObject("styles"u8);
        Array("elements"u8, c.Styles.Elements, WriteElementStyle, sortById: false);
        Array("relationships"u8, c.Styles.Relationships, WriteRelationshipStyle, sortById: false);
        w.WriteEndObject();
        var t = c.Terminology;
        w.WriteStartObject("terminology"u8);
        Str("code"u8, t.Code);
        Str("component"u8, t.Component);
        Str("container"u8, t.Container);
        Str("deploymentNode"u8, t.DeploymentNode);
        Str("enterprise"u8, t.Enterprise);
        Str("infrastructureNode"u8, t.InfrastructureNode);
        Str("person"u8, t.Person);
        Str("relationship"u8, t.Relationship);
        Str("softwareSystem"u8, t.SoftwareSystem);
        w.WriteEndObject();
        StrArray("themes"u8, c.Themes);
        if (c.ViewSortOrder is { } sort) w.WriteString("viewSortOrder"u8, sort.ToString());
        w.WriteEndObject();
    }

    private void WriteElementStyle(ElementStyle s)
    {
        w.WriteStartObject();
        Str("background"u8, s.Background);
        if (s.Border is { } border) w.WriteString("border"u8, border.ToString());
        Str("color"u8, s.Color);
        if (s.ColorScheme is { } scheme) w.WriteString("colorScheme"u8, scheme.ToString());
        if (s.Description is { } description) w.WriteBoolean("description"u8, description);
        Int("fontSize"u8, s.FontSize);
        Int("height"u8, s.Height);
        Str("icon"u8, s.Icon);
        if (s.IconPosition is { } iconPosition) w.WriteString("iconPosition"u8, iconPosition.ToString());
        if (s.Metadata is { } metadata) w.WriteBoolean("metadata"u8, metadata);
        Int("opacity"u8, s.Opacity);
        Props("properties"u8, s.Properties);
        if (s.Shape is { } shape) w.WriteString("shape"u8, shape.ToString());
        Str("stroke"u8, s.Stroke);
        Int("strokeWidth"u8, s.StrokeWidth);
        Str("tag"u8, s.Tag);
        Int("width"u8, s.Width);
        w.WriteEndObject();
    }

    private void WriteRelationshipStyle(RelationshipStyle s)
    {
        w.WriteStartObject();
        Str("color"u8, s.Color);
        if (s.ColorScheme is { } scheme) w.WriteString("colorScheme"u8, scheme.ToString());
        if (s.Dashed is { } dashed) w.WriteBoolean("dashed"u8, dashed);
        Int("fontSize"u8, s.FontSize);
        if (s.Jump is { } jump) w.WriteBoolean("jump"u8, jump);
        Int("opacity"u8, s.Opacity);
        Int("position"u8, s.Position);
        Props("properties"u8, s.Properties);
        if (s.Routing is { } routing) w.WriteString("routing"u8, routing.ToString());
        if (s.Style is { } style) w.WriteString("style"u8, style.ToString());
        Str("tag"u8, s.Tag);
        Int("thickness"u8, s.Thickness);
        Int("width"u8, s.Width);
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- primitives

    private void Str(ReadOnlySpan<byte> name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) w.WriteString(name, value);
    }

    // Every text of the model passes through the writer's escaping, the one place where an unpaired surrogate becomes Java's '?'.
    private void Text(ReadOnlySpan<byte> name, string value) => w.WriteString(name, value);

    private void Int(ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    private void Tags(ModelItem item)
    {
        // The joined text, without building the tag list of every item (no tag is blank, so empty means none).
        var tags = item.TagsText;
        if (tags.Length > 0) Text("tags"u8, tags);
    }

    private void StrArray(ReadOnlySpan<byte> name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private void Props(ReadOnlySpan<byte> name, PropertyDictionary? properties)
    {
        if (properties is null || properties.Count == 0) return;
        w.WriteStartObject(name);
        foreach (var (key, value) in properties) w.WriteString(key, value);
        w.WriteEndObject();
    }

    // The stored properties and those an extension computes (the RAD-AI registers), as UTF-8: unless the caller took
    // them already, each computed value is written and dropped before the next is made.
    private void WriteWorkspaceProperties(Workspace workspace)
    {
        var open = false;
        foreach (var property in properties ?? workspace.WrittenProperties())
        {
            if (!open) w.WriteStartObject("properties"u8);
            open = true;
            // Text that is valid UTF-8 already (an extension's serialized JSON) is escaped from its bytes.
            if (property.Utf8 is { } utf8) w.WriteUtf8String(property.Key, utf8);
            else w.WriteString(property.Key, property.Text!);
        }
        if (open) w.WriteEndObject();
    }

    private void Array<T>(ReadOnlySpan<byte> name, IReadOnlyList<T> items, Action<T> write, bool sortById = true)
    {
        if (items.Count == 0) return;
        w.WriteStartArray(name);
        IEnumerable<T> ordered = sortById && typeof(Element).IsAssignableFrom(typeof(T)) ? IdOrder.Sort(items, i => ((Element)(object)i!).Id) : items;
        foreach (var item in ordered)
        {
            write(item);
        }
        w.WriteEndArray();
    }
}
