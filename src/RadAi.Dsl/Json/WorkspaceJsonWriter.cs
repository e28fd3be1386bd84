using System.Globalization;
using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Writes a workspace exactly as structurizr-java's JsonWriter does: keys in alphabetical order,
/// empty values left out (zero and false kept), some empty objects written as {}, model collections
/// sorted by numeric id. Each Write method lists its keys alphabetically by hand.
/// </summary>
internal sealed class WorkspaceJsonWriter(Utf8JsonWriter w, IEnumerable<WrittenProperty>? properties = null)
{
    private const int FlushThreshold = 64 * 1024;
    private const int LongText = 256;

    public void Write(Workspace workspace)
    {
        w.WriteStartObject();
        WriteConfiguration(workspace.Configuration);
        Str("description", workspace.Description);
        WriteDocumentation("documentation", workspace.Documentation);
        w.WriteNumber("id", workspace.Id);
        Str("lastModifiedAgent", workspace.LastModifiedAgent);
        if (workspace.LastModifiedDate is { } modified) w.WriteString("lastModifiedDate", FormatDate(modified));
        Str("lastModifiedUser", workspace.LastModifiedUser);
        WriteModel(workspace.Model);
        Str("name", workspace.Name);
        WriteWorkspaceProperties(workspace);
        Str("thumbnail", workspace.Thumbnail);
        Str("version", workspace.Version);
        WriteViews(workspace.Views);
        w.WriteEndObject();
    }

    internal static string FormatDate(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void WriteConfiguration(WorkspaceConfiguration c)
    {
        w.WriteStartObject("configuration");
        if (c.Scope is { } scope) w.WriteString("scope", scope.ToString());
        if (c.Users.Count > 0)
        {
            w.WriteStartArray("users");
            foreach (var u in c.Users)
            {
                w.WriteStartObject();
                w.WriteString("role", u.Role.ToString());
                Text("username", u.Username);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (c.Visibility is { } visibility) w.WriteString("visibility", visibility.ToString());
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- model

    private void WriteModel(Model model)
    {
        w.WriteStartObject("model");
        Array("customElements", model.CustomElements, WriteStaticElement);
        Array("deploymentNodes", model.DeploymentNodes, WriteDeploymentNode);
        Array("people", model.People, WriteStaticElement);
        Props("properties", model.Properties);
        Array("softwareSystems", model.SoftwareSystems, WriteStaticElement);
        w.WriteEndObject();
    }

    // People, software systems, containers, components and custom elements share one key order; each key is
    // written only for the element types that have it.
    private void WriteStaticElement(StaticStructureElement e)
    {
        w.WriteStartObject();
        if (e is Container container) Array("components", container.Components, WriteStaticElement);
        if (e is SoftwareSystem system) Array("containers", system.Containers, WriteStaticElement);
        Str("description", e.Description);
        if (DocumentationOf(e) is { } documentation) WriteDocumentation("documentation", documentation);
        Str("group", e.Group);
        Text("id", e.Id);
        if (e is CustomElement custom) Str("metadata", custom.Metadata);
        Str("name", e.Name);
        Perspectives(e);
        Props("properties", e.PropertiesIfCreated);
        Relationships(e);
        Tags(e);
        Str("technology", e switch { Container c => c.Technology, Component c => c.Technology, _ => null });
        Str("url", e.Url);
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
        Array("children", n.Children, WriteDeploymentNode);
        Array("containerInstances", n.ContainerInstances, WriteContainerInstance);
        Str("description", n.Description);
        Str("environment", n.Environment);
        Text("id", n.Id);
        Array("infrastructureNodes", n.InfrastructureNodes, WriteInfrastructureNode);
        Str("instances", n.Instances);
        Str("name", n.Name);
        Perspectives(n);
        Props("properties", n.PropertiesIfCreated);
        Relationships(n);
        Array("softwareSystemInstances", n.SoftwareSystemInstances, WriteSoftwareSystemInstance);
        Tags(n);
        Str("technology", n.Technology);
        Str("url", n.Url);
        w.WriteEndObject();
    }

    private void WriteInfrastructureNode(InfrastructureNode n)
    {
        w.WriteStartObject();
        Str("description", n.Description);
        Str("environment", n.Environment);
        Text("id", n.Id);
        Str("name", n.Name);
        Perspectives(n);
        Props("properties", n.PropertiesIfCreated);
        Relationships(n);
        Tags(n);
        Str("technology", n.Technology);
        Str("url", n.Url);
        w.WriteEndObject();
    }

    private void WriteContainerInstance(ContainerInstance i)
    {
        w.WriteStartObject();
        Text("containerId", i.Container.Id);
        WriteInstanceBody(i);
        Tags(i);
        Str("url", i.Url);
        w.WriteEndObject();
    }

    private void WriteSoftwareSystemInstance(SoftwareSystemInstance i)
    {
        w.WriteStartObject();
        WriteInstanceBody(i);
        Text("softwareSystemId", i.SoftwareSystem.Id);
        Tags(i);
        Str("url", i.Url);
        w.WriteEndObject();
    }

    // deploymentGroups … relationships: the keys instances share between their type-specific id keys.
    private void WriteInstanceBody(StaticStructureElementInstance i)
    {
        StrArray("deploymentGroups", i.DeploymentGroups);
        Str("description", i.Description);
        Str("environment", i.Environment);
        if (i.HealthChecks.Count > 0)
        {
            w.WriteStartArray("healthChecks");
            foreach (var h in i.HealthChecks)
            {
                w.WriteStartObject();
                Props("headers", h.Headers);
                w.WriteNumber("interval", h.IntervalSeconds);
                Str("name", h.Name);
                w.WriteNumber("timeout", h.TimeoutMilliseconds);
                Str("url", h.Url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Text("id", i.Id);
        w.WriteNumber("instanceId", i.InstanceId);
        Perspectives(i);
        Props("properties", i.PropertiesIfCreated);
        Relationships(i);
    }

    private void Relationships(Element e)
    {
        var relationships = e.Relationships;
        if (relationships.Count == 0) return;
        w.WriteStartArray("relationships");
        foreach (var r in IdOrder.Sort(relationships, r => r.Id)) WriteRelationship(r);
        w.WriteEndArray();
    }

    private void WriteRelationship(Relationship r)
    {
        w.WriteStartObject();
        Str("description", r.Description);
        Text("destinationId", r.Destination.Id);
        Text("id", r.Id);
        if (r.InteractionStyle is { } style) w.WriteString("interactionStyle", style.ToString());
        Str("linkedRelationshipId", r.LinkedRelationshipId);
        Perspectives(r);
        Props("properties", r.PropertiesIfCreated);
        Text("sourceId", r.Source.Id);
        Tags(r);
        Str("technology", r.Technology);
        Str("url", r.Url);
        w.WriteEndObject();
    }

    private void Perspectives(ModelItem item)
    {
        if (item.Perspectives.Count == 0) return;
        w.WriteStartArray("perspectives");
        foreach (var p in item.Perspectives)
        {
            w.WriteStartObject();
            Str("description", p.Description);
            Str("name", p.Name);
            Str("url", p.Url);
            Str("value", p.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---------------------------------------------------------------- documentation

    private void WriteDocumentation(string name, Documentation d)
    {
        w.WriteStartObject(name);
        if (d.Decisions.Count > 0)
        {
            w.WriteStartArray("decisions");
            foreach (var decision in d.Decisions)
            {
                w.WriteStartObject();
                Str("content", decision.Content);
                w.WriteString("date", FormatDate(decision.Date));
                w.WriteString("format", decision.Format.ToString());
                Str("id", decision.Id);
                if (decision.Links.Count > 0)
                {
                    w.WriteStartArray("links");
                    foreach (var link in decision.Links)
                    {
                        w.WriteStartObject();
                        Str("description", link.Description);
                        Str("id", link.Id);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                Str("status", decision.Status);
                Str("title", decision.Title);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.Images.Count > 0)
        {
            w.WriteStartArray("images");
            foreach (var image in d.Images)
            {
                w.WriteStartObject();
                Str("content", image.Content);
                Str("name", image.Name);
                Str("type", image.Type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.Sections.Count > 0)
        {
            w.WriteStartArray("sections");
            foreach (var s in d.Sections)
            {
                w.WriteStartObject();
                Str("content", s.Content);
                Str("filename", s.Filename);
                w.WriteString("format", s.Format.ToString());
                w.WriteNumber("order", s.Order);
                // structurizr-java always writes an empty title: the title comes from the content's heading.
                w.WriteString("title", string.Empty);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- views

    private void WriteViews(ViewSet views)
    {
        w.WriteStartObject("views");
        ViewArray("componentViews", views.ComponentViews, v =>
        {
            WriteModelViewHead(v);
            Text("containerId", v.Container.Id);
            WriteModelViewMiddle(v);
            w.WriteBoolean("externalContainerBoundariesVisible", v.ExternalContainerBoundariesVisible);
            WriteModelViewTail(v);
        });
        WriteViewConfiguration(views.Configuration);
        ViewArray("containerViews", views.ContainerViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            w.WriteBoolean("externalSoftwareSystemBoundariesVisible", v.ExternalSoftwareSystemBoundariesVisible);
            WriteModelViewTail(v, beforeTitle: () => Text("softwareSystemId", v.SoftwareSystem.Id));
        });
        ViewArray("customViews", views.CustomViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            WriteModelViewTail(v);
        });
        ViewArray("deploymentViews", views.DeploymentViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            Str("environment", v.Environment);
            WriteModelViewTail(v, beforeTitle: () =>
            {
                if (v.SoftwareSystem is not null) Text("softwareSystemId", v.SoftwareSystem.Id);
            });
        });
        ViewArray("dynamicViews", views.DynamicViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v, dynamic: true);
            w.WriteBoolean("externalBoundariesVisible", v.ExternalBoundariesVisible);
            WriteModelViewTail(v, dynamic: true);
        });
        ViewArray("filteredViews", views.FilteredViews, v =>
        {
            Str("baseViewKey", v.BaseViewKey);
            Str("description", v.Description);
            if (v.GeneratedKey) w.WriteBoolean("generatedKey", true);
            Str("key", v.Key);
            w.WriteString("mode", v.Mode.ToString());
            Str("name", v.Name);
            w.WriteNumber("order", v.Order);
            Props("properties", v.Properties);
            StrArray("tags", v.Tags);
            Str("title", v.Title);
        });
        ViewArray("imageViews", views.ImageViews, v =>
        {
            Str("content", v.Content);
            Str("contentDark", v.ContentDark);
            Str("contentLight", v.ContentLight);
            Str("contentType", v.ContentType);
            Str("description", v.Description);
            if (v.Element is not null) Text("elementId", v.Element.Id);
            if (v.GeneratedKey) w.WriteBoolean("generatedKey", true);
            Str("key", v.Key);
            Str("name", v.Name);
            w.WriteNumber("order", v.Order);
            Props("properties", v.Properties);
            Str("title", v.Title);
        });
        ViewArray("systemContextViews", views.SystemContextViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            w.WriteBoolean("enterpriseBoundaryVisible", v.EnterpriseBoundaryVisible);
            WriteModelViewTail(v, beforeTitle: () => Text("softwareSystemId", v.SoftwareSystem.Id));
        });
        ViewArray("systemLandscapeViews", views.SystemLandscapeViews, v =>
        {
            WriteModelViewHead(v);
            WriteModelViewMiddle(v);
            w.WriteBoolean("enterpriseBoundaryVisible", v.EnterpriseBoundaryVisible);
            WriteModelViewTail(v);
        });
        w.WriteEndObject();
    }

    private void ViewArray<T>(string name, IEnumerable<T> views, Action<T> body) where T : View
    {
        var list = views.OrderBy(v => v.Order).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in list)
        {
            w.WriteStartObject();
            body(v);
            w.WriteEndObject();
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
    }

    // animations, automaticLayout (keys before "containerId"/"description").
    private void WriteModelViewHead(ModelView v)
    {
        if (v.Animations.Count > 0 && v is not DynamicView)
        {
            w.WriteStartArray("animations");
            foreach (var a in v.Animations.OrderBy(a => a.Order))
            {
                w.WriteStartObject();
                StrArray("elements", a.ElementIds.Order(StringComparer.Ordinal).ToList());
                w.WriteNumber("order", a.Order);
                StrArray("relationships", a.RelationshipIds.Order(StringComparer.Ordinal).ToList());
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (v.AutomaticLayout is { } layout)
        {
            w.WriteStartObject("automaticLayout");
            w.WriteBoolean("applied", layout.Applied);
            w.WriteNumber("edgeSeparation", layout.EdgeSeparation);
            w.WriteString("implementation", layout.Implementation.ToString());
            w.WriteNumber("nodeSeparation", layout.NodeSeparation);
            w.WriteString("rankDirection", layout.RankDirection.ToString());
            w.WriteNumber("rankSeparation", layout.RankSeparation);
            w.WriteBoolean("vertices", layout.Vertices);
            w.WriteEndObject();
        }
    }

    // description, dimensions, elementId (dynamic), elements.
    private void WriteModelViewMiddle(ModelView v, bool dynamic = false)
    {
        Str("description", v.Description);
        if (v.Dimensions is { } d)
        {
            w.WriteStartObject("dimensions");
            w.WriteNumber("height", d.Height);
            w.WriteNumber("width", d.Width);
            w.WriteEndObject();
        }
        if (dynamic && v is DynamicView { Element: { } scope }) Text("elementId", scope.Id);
        if (v.Elements.Count > 0)
        {
            w.WriteStartArray("elements");
            foreach (var e in IdOrder.Sort(v.Elements, e => e.Element.Id))
            {
                w.WriteStartObject();
                Text("id", e.Element.Id);
                w.WriteNumber("x", e.X);
                w.WriteNumber("y", e.Y);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
    }

    // generatedKey … title (keys after the type-specific flags).
    private void WriteModelViewTail(ModelView v, bool dynamic = false, Action? beforeTitle = null)
    {
        if (v.GeneratedKey) w.WriteBoolean("generatedKey", true);
        Str("key", v.Key);
        Str("name", v.Name);
        w.WriteNumber("order", v.Order);
        if (v.PaperSize is { } paper) w.WriteString("paperSize", paper.ToString());
        Props("properties", v.Properties);
        if (v.Relationships.Count > 0)
        {
            w.WriteStartArray("relationships");
            var ordered = dynamic ? v.Relationships : IdOrder.SortOrdinal(v.Relationships, r => r.Relationship.Id);
            foreach (var r in ordered) WriteRelationshipView(r);
            w.WriteEndArray();
        }
        beforeTitle?.Invoke();
        Str("title", v.Title);
    }

    private void WriteRelationshipView(RelationshipView r)
    {
        w.WriteStartObject();
        Str("description", r.Description);
        Text("id", r.Relationship.Id);
        Str("order", r.Order);
        if (r.Position is { } position) w.WriteNumber("position", position);
        Props("properties", r.Properties);
        if (r.Response is { } response) w.WriteBoolean("response", response);
        if (r.Routing is { } routing) w.WriteString("routing", routing.ToString());
        Str("url", r.Url);
        if (r.Vertices.Count > 0)
        {
            w.WriteStartArray("vertices");
            foreach (var vertex in r.Vertices)
            {
                w.WriteStartObject();
                w.WriteNumber("x", vertex.X);
                w.WriteNumber("y", vertex.Y);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private void WriteViewConfiguration(ViewConfiguration c)
    {
        w.WriteStartObject("configuration");
        w.WriteStartObject("branding");
        if (c.Branding.Font is { } font)
        {
            w.WriteStartObject("font");
            Str("name", font.Name);
            Str("url", font.Url);
            w.WriteEndObject();
        }
        Str("logo", c.Branding.Logo);
        w.WriteEndObject();
        Str("defaultView", c.DefaultView);
        Str("lastSavedView", c.LastSavedView);
        if (c.MetadataSymbols is { } symbols) w.WriteString("metadataSymbols", symbols.ToString());
        Props("properties", c.Properties);
        w.WriteStartObject("styles");
        Array("elements", c.Styles.Elements, WriteElementStyle, sortById: false);
        Array("relationships", c.Styles.Relationships, WriteRelationshipStyle, sortById: false);
        w.WriteEndObject();
        var t = c.Terminology;
        w.WriteStartObject("terminology");
        Str("code", t.Code);
        Str("component", t.Component);
        Str("container", t.Container);
        Str("deploymentNode", t.DeploymentNode);
        Str("enterprise", t.Enterprise);
        Str("infrastructureNode", t.InfrastructureNode);
        Str("person", t.Person);
        Str("relationship", t.Relationship);
        Str("softwareSystem", t.SoftwareSystem);
        w.WriteEndObject();
        StrArray("themes", c.Themes);
        if (c.ViewSortOrder is { } sort) w.WriteString("viewSortOrder", sort.ToString());
        w.WriteEndObject();
    }

    private void WriteElementStyle(ElementStyle s)
    {
        w.WriteStartObject();
        Str("background", s.Background);
        if (s.Border is { } border) w.WriteString("border", border.ToString());
        Str("color", s.Color);
        if (s.ColorScheme is { } scheme) w.WriteString("colorScheme", scheme.ToString());
        if (s.Description is { } description) w.WriteBoolean("description", description);
        Int("fontSize", s.FontSize);
        Int("height", s.Height);
        Str("icon", s.Icon);
        if (s.IconPosition is { } iconPosition) w.WriteString("iconPosition", iconPosition.ToString());
        if (s.Metadata is { } metadata) w.WriteBoolean("metadata", metadata);
        Int("opacity", s.Opacity);
        Props("properties", s.Properties);
        if (s.Shape is { } shape) w.WriteString("shape", shape.ToString());
        Str("stroke", s.Stroke);
        Int("strokeWidth", s.StrokeWidth);
        Str("tag", s.Tag);
        Int("width", s.Width);
        w.WriteEndObject();
    }

    private void WriteRelationshipStyle(RelationshipStyle s)
    {
        w.WriteStartObject();
        Str("color", s.Color);
        if (s.ColorScheme is { } scheme) w.WriteString("colorScheme", scheme.ToString());
        if (s.Dashed is { } dashed) w.WriteBoolean("dashed", dashed);
        Int("fontSize", s.FontSize);
        if (s.Jump is { } jump) w.WriteBoolean("jump", jump);
        Int("opacity", s.Opacity);
        Int("position", s.Position);
        Props("properties", s.Properties);
        if (s.Routing is { } routing) w.WriteString("routing", routing.ToString());
        if (s.Style is { } style) w.WriteString("style", style.ToString());
        Str("tag", s.Tag);
        Int("thickness", s.Thickness);
        Int("width", s.Width);
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- primitives

    private void Str(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) Text(name, value);
    }

    // Long texts that need escaping (RAD-AI registers are JSON kept in properties) are quoted in one pass; the rest
    // goes through the writer's own escaping, which is quicker for short strings. Every text of the model, ids and
    // property names included, passes here: the one place where an unpaired surrogate becomes Java's '?'.
    private void Text(string name, string value)
    {
        name = JacksonEncoder.AsJavaEncodes(name);
        value = JacksonEncoder.AsJavaEncodes(value);
        if (value.Length < LongText || !JacksonEncoder.TryQuoteUtf8(value, out var quoted, out var length))
        {
            w.WriteString(name, value);
            return;
        }
        w.WritePropertyName(name);
        w.WriteRawValue(quoted.AsSpan(0, length), skipInputValidation: true);
        System.Buffers.ArrayPool<byte>.Shared.Return(quoted);
    }

    private void Int(string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    private void Tags(ModelItem item)
    {
        // The joined text, without building the tag list of every item (no tag is blank, so empty means none).
        var tags = item.TagsText;
        if (tags.Length > 0) Text("tags", tags);
    }

    private void StrArray(string name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(JacksonEncoder.AsJavaEncodes(v));
        w.WriteEndArray();
    }

    private void Props(string name, PropertyDictionary? properties)
    {
        if (properties is null || properties.Count == 0) return;
        w.WriteStartObject(name);
        foreach (var (key, value) in properties) Text(key, value);
        w.WriteEndObject();
    }

    // The stored properties and those an extension computes (the RAD-AI registers), as UTF-8: unless the caller took
    // them already, each computed value is written and dropped before the next is made.
    private void WriteWorkspaceProperties(Workspace workspace)
    {
        var open = false;
        foreach (var property in properties ?? workspace.WrittenProperties())
        {
            if (!open) w.WriteStartObject("properties");
            open = true;
            if (property.Utf8 is { } utf8) Utf8Text(property.Key, utf8);
            else Text(property.Key, property.Text!);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        if (open) w.WriteEndObject();
    }

    // Text that is valid UTF-8 already (an extension's serialized JSON): quoted from its bytes, with the bytes Text writes.
    private void Utf8Text(string name, byte[] utf8)
    {
        w.WritePropertyName(JacksonEncoder.AsJavaEncodes(name));
        var quoted = JacksonEncoder.QuoteUtf8(utf8, out var length);
        w.WriteRawValue(quoted.AsSpan(0, length), skipInputValidation: true);
        System.Buffers.ArrayPool<byte>.Shared.Return(quoted);
    }

    private void Array<T>(string name, IReadOnlyList<T> items, Action<T> write, bool sortById = true)
    {
        if (items.Count == 0) return;
        w.WriteStartArray(name);
        IEnumerable<T> ordered = sortById && typeof(Element).IsAssignableFrom(typeof(T)) ? IdOrder.Sort(items, i => ((Element)(object)i!).Id) : items;
        foreach (var item in ordered)
        {
            write(item);
            // Over a stream the writer holds everything until flushed: hand it on in slices, not as one 40 MB buffer.
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
    }
}
