using System.Globalization;
using System.Text;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Structurizr;

/// <summary>
/// Writes a whole workspace as Structurizr DSL, so that the Structurizr DSL parser rebuilds the same elements,
/// relationships and views: <c>!identifiers flat</c> with identifiers made from names (see the README section
/// "Structurizr DSL export" for the naming rule), <c>!impliedRelationships false</c> (the model already holds every
/// relationship it has), explicit view keys, explicit <c>include</c> of every element a view shows and <c>exclude</c>
/// of every relationship the parser would add but the view leaves out.
/// Documentation sections and decisions become files under <c>docs/</c> and <c>adrs/</c> (adr-tools format),
/// referenced with <c>!docs</c> and <c>!adrs</c>. Relationships that a container instance replicates
/// (with a <c>linkedRelationshipId</c>) are not written: the parser replicates them again.
/// Quoting and escaping follow <see cref="DslText"/>. The exporter only reads the workspace.
/// </summary>
/// <example><code>
/// DslExport export = StructurizrDslExporter.Export(workspace);
/// export.WriteTo("out/dsl");          // workspace.dsl, docs/…, adrs/…
/// string dsl = export.Workspace;
/// </code></example>
public static class StructurizrDslExporter
{
    /// <summary>Exports <paramref name="workspace"/> as DSL text plus its documentation files.</summary>
    public static DslExport Export(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var dsl = new StringWriter(CultureInfo.InvariantCulture);
        var files = new Run(workspace, dsl).Export();
        files[DslExport.WorkspaceFileName] = dsl.ToString();
        return new DslExport(files);
    }

    /// <summary>
    /// Writes <c>workspace.dsl</c> to <paramref name="dsl"/> as it is produced (a large workspace's DSL is never held in
    /// memory) and returns the other files (<c>docs/…</c>, <c>adrs/…</c>) by relative path, in ordinal order.
    /// </summary>
    internal static SortedDictionary<string, string> ExportTo(Workspace workspace, TextWriter dsl)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new Run(workspace, dsl).Export();
    }

    private sealed class Run
    {
        private readonly Workspace _workspace;
        private readonly Model _model;
        private readonly DslIdentifiers _ids;
        private readonly IndentedWriter _out;
        private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

        public Run(Workspace workspace, TextWriter dsl)
        {
            _out = new IndentedWriter(dsl);
            _workspace = workspace;
            _model = workspace.Model;
            _ids = new DslIdentifiers(_model);
            NameReferencedRelationships();
        }

        public SortedDictionary<string, string> Export()
        {
            var header = "workspace " + Q(_workspace.Name) + (string.IsNullOrEmpty(_workspace.Description) ? string.Empty : " " + Q(_workspace.Description));
            _out.Open(header + " {");
            _out.Line("!identifiers flat");
            _out.Line("!impliedRelationships false");
            WriteDocumentationReferences(_workspace.Documentation, string.Empty);
            WriteProperties(_workspace.Properties);
            _out.Line();
            WriteModel();
            _out.Line();
            WriteViews();
            WriteConfiguration();
            _out.Close();
            return _files;
        }

        // Relationships get an identifier only when a view has to name them (exclusions and dynamic steps).
        private void NameReferencedRelationships()
        {
            foreach (var view in _workspace.Views.All)
            {
                switch (view)
                {
                    case DynamicView dynamic:
                        foreach (var step in dynamic.Relationships)
                            if (step.Response != true && step.Relationship.LinkedRelationshipId is null) _ids.Of(step.Relationship);
                        break;
                    case ModelView modelView:
                        foreach (var r in ExcludedRelationships(modelView))
                            if (r.LinkedRelationshipId is null) _ids.Of(r);
                        break;
                }
            }
        }

        // ---------------------------------------------------------------- model

        private void WriteModel()
        {
            _out.Open("model {");
            if (_model.Properties.Count > 0) _out.Line("// model properties are not part of the DSL; they are not exported");
            WriteGrouped(_model.People.Cast<StaticStructureElement>().Concat(_model.SoftwareSystems), WriteTopLevel);
            foreach (var custom in _model.CustomElements) WriteCustomElement(custom);

            var staticRelationships = _model.Relationships
                .Where(r => r.LinkedRelationshipId is null && r.Source is not DeploymentElement && r.Destination is not DeploymentElement)
                .ToList();
            if (staticRelationships.Count > 0) _out.Line();
            foreach (var r in staticRelationships) WriteRelationship(r);

            foreach (var environment in _model.DeploymentEnvironments) WriteEnvironment(environment);
            _out.Close();
        }

        private static List<(string? Group, List<T> Members)> GroupBlocks<T>(IEnumerable<T> elements) where T : StaticStructureElement
        {
            var blocks = new List<(string? Group, List<T> Members)>();
            var byGroup = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (var e in elements)
            {
                if (e.Group is null)
                {
                    blocks.Add((null, [e]));
                }
                else if (byGroup.TryGetValue(e.Group, out var members))
                {
                    members.Add(e);
                }
                else
                {
                    byGroup[e.Group] = members = [e];
                    blocks.Add((e.Group, members));
                }
            }
            return blocks;
        }

        /// <summary>Writes elements in order, each group's members together in a <c>group</c> block where its first member stands.</summary>
        private void WriteGrouped<T>(IEnumerable<T> elements, Action<T> write) where T : StaticStructureElement
        {
            // Most element lists have no group at all: write them as they come, without building blocks.
            if (elements is IReadOnlyCollection<T> list && list.All(e => e.Group is null))
            {
                foreach (var element in list) write(element);
                return;
            }
            foreach (var (group, members) in GroupBlocks(elements))
            {
                if (group is not null) _out.Open("group " + Q(group) + " {");
                foreach (var member in members) write(member);
                if (group is not null) _out.Close();
            }
        }

        private void WriteTopLevel(StaticStructureElement element)
        {
            switch (element)
            {
                case Person person:
                    WriteElement(person, "person", [person.Name, person.Description, UserTags(person)], null);
                    break;
                case SoftwareSystem system:
                    WriteElement(system, "softwareSystem", [system.Name, system.Description, UserTags(system)], () =>
                    {
                        WriteDocumentationReferences(system.Documentation, ElementFolder(system));
                        WriteGrouped(system.Containers, WriteContainer);
                    });
                    break;
            }
        }

        private void WriteContainer(Container container)
            => WriteElement(container, "container", [container.Name, container.Description, container.Technology, UserTags(container)], () =>
            {
                WriteDocumentationReferences(container.Documentation, ElementFolder(container));
                WriteGrouped(container.Components, WriteComponent);
            });

        private void WriteComponent(Component component)
            => WriteElement(component, "component", [component.Name, component.Description, component.Technology, UserTags(component)],
                () => WriteDocumentationReferences(component.Documentation, ElementFolder(component)));

        private void WriteCustomElement(CustomElement element)
        {
            if (element.Group is not null) _out.Line("// custom element " + Comment(element.Name) + " is in group " + Comment(element.Group) + ", which the DSL cannot express for custom elements");
            WriteElement(element, "element", [element.Name, element.Metadata, element.Description, UserTags(element)], null);
        }

        /// <summary>Writes <c>id = keyword "a" "b" … {</c>, the common children, then <paramref name="body"/>; one line when the block is empty.</summary>
        private void WriteElement(Element element, string keyword, string?[] arguments, Action? body)
        {
            _out.OpenCollapsible(_ids.Of(element) + " = " + keyword + Arguments(arguments));
            WriteCommonChildren(element);
            body?.Invoke();
            _out.CloseCollapsible();
        }

        private void WriteCommonChildren(ModelItem item)
        {
            if (item.Url is not null) _out.Line("url " + Q(item.Url));
            WriteProperties(item.Properties, keepsDslSource: true);
            if (item.Perspectives.Count > 0)
            {
                _out.Open("perspectives {");
                foreach (var p in item.Perspectives)
                    _out.Line(Q(p.Name) + " " + Q(p.Description) + (p.Value is null ? string.Empty : " " + Q(p.Value)));
                _out.Close();
            }
        }

        private void WriteRelationship(Relationship r)
        {
            var tags = string.Join(',', r.Tags.Where(t => t != Tags.Relationship));
            var start = (_ids.IsNamed(r) ? _ids.Of(r) + " = " : string.Empty)
                        + _ids.Of(r.Source) + " -> " + _ids.Of(r.Destination) + Arguments([r.Description, r.Technology, tags]);
            if (r.Url is null && r.Properties.Count == 0 && r.Perspectives.Count == 0)
            {
                _out.Line(start);
                return;
            }
            _out.Open(start + " {");
            WriteCommonChildren(r);
            _out.Close();
        }

        private static string UserTags(Element element)
        {
            var defaults = element switch
            {
                Person => new[] { Tags.Element, Tags.Person },
                SoftwareSystem => [Tags.Element, Tags.SoftwareSystem],
                Container => [Tags.Element, Tags.Container],
                Component => [Tags.Element, Tags.Component],
                DeploymentNode => [Tags.Element, Tags.DeploymentNode],
                InfrastructureNode => [Tags.Element, Tags.InfrastructureNode],
                ContainerInstance => [Tags.ContainerInstance],
                SoftwareSystemInstance => [Tags.SoftwareSystemInstance],
                _ => [Tags.Element],
            };
            return string.Join(',', element.Tags.Where(t => !defaults.Contains(t)));
        }

        // ---------------------------------------------------------------- deployment

        private void WriteEnvironment(string environment)
        {
            _out.Line();
            _out.Open(_ids.Environment(environment) + " = deploymentEnvironment " + Q(environment) + " {");
            var nodes = _model.DeploymentNodes.Where(n => n.Environment == environment).ToList();
            var groups = nodes.SelectMany(Instances).SelectMany(i => i.DeploymentGroups).Distinct(StringComparer.Ordinal)
                .Where(g => g != StaticStructureElementInstance.DefaultDeploymentGroup || HasNonDefaultGroups(nodes)).ToList();
            foreach (var group in groups) _out.Line(_ids.DeploymentGroup(environment, group) + " = deploymentGroup " + Q(group));
            foreach (var node in nodes) WriteDeploymentNode(node, groups.Count > 0);
            var relationships = _model.Relationships
                .Where(r => r.LinkedRelationshipId is null && (r.Source is DeploymentElement s && s.Environment == environment
                                                              || r.Source is not DeploymentElement && r.Destination is DeploymentElement d && d.Environment == environment))
                .ToList();
            foreach (var r in relationships) WriteRelationship(r);
            _out.Close();
        }

        private static bool HasNonDefaultGroups(IEnumerable<DeploymentNode> nodes)
            => nodes.SelectMany(Instances).Any(i => i.DeploymentGroups.Any(g => g != StaticStructureElementInstance.DefaultDeploymentGroup));

        private static IEnumerable<StaticStructureElementInstance> Instances(DeploymentNode node)
            => node.SoftwareSystemInstances.Cast<StaticStructureElementInstance>().Concat(node.ContainerInstances).Concat(node.Children.SelectMany(Instances));

        private void WriteDeploymentNode(DeploymentNode node, bool writeGroups)
            => WriteElement(node, "deploymentNode", [node.Name, node.Description, node.Technology, UserTags(node), node.Instances == "1" ? null : node.Instances], () =>
            {
                foreach (var infrastructure in node.InfrastructureNodes)
                    WriteElement(infrastructure, "infrastructureNode", [infrastructure.Name, infrastructure.Description, infrastructure.Technology, UserTags(infrastructure)], null);
                foreach (var instance in node.SoftwareSystemInstances) WriteInstance(instance, "softwareSystemInstance", writeGroups);
                foreach (var instance in node.ContainerInstances) WriteInstance(instance, "containerInstance", writeGroups);
                foreach (var child in node.Children) WriteDeploymentNode(child, writeGroups);
            });

        private void WriteInstance(StaticStructureElementInstance instance, string keyword, bool writeGroups)
        {
            var groups = writeGroups ? " " + string.Join(',', instance.DeploymentGroups.Select(g => _ids.DeploymentGroup(instance.Environment, g))) : string.Empty;
            var tags = UserTags(instance);
            var start = _ids.Of(instance) + " = " + keyword + " " + _ids.Of(instance.Element) + groups;
            var hasBody = tags.Length > 0 || instance.HealthChecks.Count > 0 || !string.IsNullOrEmpty(instance.Description)
                          || instance.Url is not null || instance.Properties.Count > 0 || instance.Perspectives.Count > 0;
            if (!hasBody)
            {
                _out.Line(start);
                return;
            }
            _out.Open(start + " {");
            // tags go in the block: the positional form would need a deployment group first
            if (tags.Length > 0) _out.Line("tags " + Q(tags));
            if (!string.IsNullOrEmpty(instance.Description)) _out.Line("description " + Q(instance.Description));
            WriteCommonChildren(instance);
            foreach (var check in instance.HealthChecks)
                _out.Line("healthCheck " + Q(check.Name) + " " + Q(check.Url) + " " + Number(check.IntervalSeconds) + " " + check.TimeoutMilliseconds.ToString(CultureInfo.InvariantCulture));
            _out.Close();
        }

        // ---------------------------------------------------------------- views

        private void WriteViews()
        {
            _out.Open("views {");
            foreach (var view in _workspace.Views.All) WriteView(view);
            WriteStyles();
            var configuration = _workspace.Views.Configuration;
            if (configuration.Themes.Count > 0) _out.Line("themes " + string.Join(' ', configuration.Themes.Select(Q)));
            WriteBranding(configuration.Branding);
            WriteTerminology(configuration.Terminology);
            WriteProperties(configuration.Properties);
            _out.Close();
        }

        private void WriteView(View view)
        {
            var key = Q(view.Key);
            var description = string.IsNullOrEmpty(view.Description) ? string.Empty : " " + Q(view.Description);
            var start = view switch
            {
                SystemLandscapeView => "systemLandscape " + key + description,
                SystemContextView v => "systemContext " + _ids.Of(v.SoftwareSystem) + " " + key + description,
                ContainerView v => "container " + _ids.Of(v.SoftwareSystem) + " " + key + description,
                ComponentView v => "component " + _ids.Of(v.Container) + " " + key + description,
                DynamicView v => "dynamic " + (v.Element is null ? "*" : _ids.Of(v.Element)) + " " + key + description,
                DeploymentView v => "deployment " + (v.SoftwareSystem is null ? "*" : _ids.Of(v.SoftwareSystem)) + " "
                                    + (_model.DeploymentEnvironments.Contains(v.Environment) ? _ids.Environment(v.Environment) : Q(v.Environment)) + " " + key + description,
                FilteredView v => "filtered " + Q(v.BaseViewKey) + " " + (v.Mode == FilterMode.Include ? "include" : "exclude") + " " + Q(string.Join(',', v.Tags)) + " " + key + description,
                ImageView v => "image " + (v.Element is null ? "*" : _ids.Of(v.Element)) + " " + key,
                CustomView v => "custom " + key + " " + Q(v.Title) + description,
                _ => throw new NotSupportedException($"View '{view.Key}' of type {view.GetType().Name} cannot be exported to the DSL."),
            };
            _out.Line();
            _out.OpenCollapsible(start);
            switch (view)
            {
                case DynamicView dynamic:
                    WriteDynamicSteps(dynamic);
                    break;
                case DeploymentView deployment:
                    WriteIncludes(deployment, DeploymentIncludes(deployment));
                    break;
                case ModelView modelView:
                    WriteIncludes(modelView, modelView.Elements.Select(e => e.Element));
                    break;
                case ImageView image:
                    WriteImage(image);
                    break;
            }
            if (view is ModelView { AutomaticLayout: { } layout }) _out.Line("autoLayout " + Direction(layout.RankDirection) + " " + Number(layout.RankSeparation) + " " + Number(layout.NodeSeparation));
            if (view is ModelView { Animations.Count: > 0 } animated and not DynamicView)
            {
                _out.Open("animation {");
                foreach (var step in animated.Animations)
                {
                    var ids = step.ElementIds.Select(_model.GetElement).OfType<Element>().Select(_ids.Of).ToList();
                    if (ids.Count > 0) _out.Line(string.Join(' ', ids));
                }
                _out.Close();
            }
            if (view is not CustomView && !string.IsNullOrWhiteSpace(view.Title)) _out.Line("title " + Q(view.Title));
            if (_workspace.Views.Configuration.DefaultView == view.Key) _out.Line("default");
            WriteProperties(view.Properties);
            _out.CloseCollapsible();
        }

        private void WriteIncludes(ModelView view, IEnumerable<Element> includes)
        {
            foreach (var element in includes) _out.Line("include " + _ids.Of(element));
            foreach (var r in ExcludedRelationships(view))
                _out.Line("exclude " + (r.LinkedRelationshipId is null ? _ids.Of(r) : Q(_ids.Of(r.Source) + " -> " + _ids.Of(r.Destination))));
        }

        // The parser adds a deployment node's parents with each instance, and a whole subtree with a node:
        // include the leaves, and a node only when none of its contents is on the view.
        private static IEnumerable<Element> DeploymentIncludes(DeploymentView view)
        {
            var shown = view.Elements.Select(e => e.Element).ToList();
            var parentsOfShown = new HashSet<Element>(ReferenceEqualityComparer.Instance);
            foreach (var e in shown.Where(e => e is not DeploymentNode))
                for (var p = e.Parent; p is not null; p = p.Parent) parentsOfShown.Add(p);
            return shown.Where(e => e is not DeploymentNode || !parentsOfShown.Contains(e));
        }

        /// <summary>Relationships between two elements of the view that the view does not show (the parser would add them).</summary>
        private static IEnumerable<Relationship> ExcludedRelationships(ModelView view)
        {
            if (view is DynamicView) yield break;
            foreach (var elementView in view.Elements)
                foreach (var r in elementView.Element.Relationships)
                    if (view.Contains(r.Destination) && !view.Contains(r)) yield return r;
        }

        private void WriteDynamicSteps(DynamicView view)
        {
            foreach (var step in view.Relationships)
            {
                var r = step.Relationship;
                var description = step.Description ?? r.Description;
                if (step.Response != true && r.LinkedRelationshipId is null)
                    _out.Line(_ids.Of(r) + Arguments([description]));
                else if (step.Response == true)
                    _out.Line(_ids.Of(r.Destination) + " -> " + _ids.Of(r.Source) + Arguments([description, r.Technology]));
                else
                    _out.Line(_ids.Of(r.Source) + " -> " + _ids.Of(r.Destination) + Arguments([description, r.Technology]));
            }
        }

        private void WriteImage(ImageView view)
        {
            if (view.Content is { } content && Uri.TryCreate(content, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                _out.Line("image " + Q(content));
            else if (view.Content is not null)
                _out.Line("// the image of this view is inline content, which the DSL can only read from a file; it is not exported");
        }

        private static string Direction(RankDirection direction) => direction switch
        {
            RankDirection.BottomTop => "bt",
            RankDirection.LeftRight => "lr",
            RankDirection.RightLeft => "rl",
            _ => "tb",
        };

        // ---------------------------------------------------------------- styles and configuration

        private void WriteStyles()
        {
            var styles = _workspace.Views.Configuration.Styles;
            if (styles.Elements.Count == 0 && styles.Relationships.Count == 0) return;
            _out.Line();
            _out.Open("styles {");
            WriteStyles(styles, null);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                if (!styles.Elements.Any(s => s.ColorScheme == scheme) && !styles.Relationships.Any(s => s.ColorScheme == scheme)) continue;
                _out.Open((scheme == ColorScheme.Light ? "light" : "dark") + " {");
                WriteStyles(styles, scheme);
                _out.Close();
            }
            _out.Close();
        }

        private void WriteStyles(Styles styles, ColorScheme? scheme)
        {
            foreach (var s in styles.Elements.Where(s => s.ColorScheme == scheme))
            {
                _out.Open("element " + Q(s.Tag) + " {");
                if (s.Shape is { } shape) _out.Line("shape " + shape);
                if (s.Icon is not null) _out.Line("icon " + Q(s.Icon));
                if (s.IconPosition is { } iconPosition) _out.Line("iconPosition " + iconPosition.ToString().ToLowerInvariant());
                if (s.Width is { } width) _out.Line("width " + Number(width));
                if (s.Height is { } height) _out.Line("height " + Number(height));
                if (s.Background is not null) _out.Line("background " + s.Background);
                if (s.Color is not null) _out.Line("color " + s.Color);
                if (s.Stroke is not null) _out.Line("stroke " + s.Stroke);
                if (s.StrokeWidth is { } strokeWidth) _out.Line("strokeWidth " + Number(strokeWidth));
                if (s.FontSize is { } fontSize) _out.Line("fontSize " + Number(fontSize));
                if (s.Border is { } border) _out.Line("border " + border.ToString().ToLowerInvariant());
                if (s.Opacity is { } opacity) _out.Line("opacity " + Number(opacity));
                if (s.Metadata is { } metadata) _out.Line("metadata " + Bool(metadata));
                if (s.Description is { } description) _out.Line("description " + Bool(description));
                WriteProperties(s.Properties);
                _out.Close();
            }
            foreach (var s in styles.Relationships.Where(s => s.ColorScheme == scheme))
            {
                _out.Open("relationship " + Q(s.Tag) + " {");
                if (s.Thickness is { } thickness) _out.Line("thickness " + Number(thickness));
                if (s.Color is not null) _out.Line("color " + s.Color);
                if (s.Dashed is { } dashed) _out.Line("dashed " + Bool(dashed));
                if (s.Style is { } style) _out.Line("style " + style.ToString().ToLowerInvariant());
                if (s.Routing is { } routing) _out.Line("routing " + routing);
                if (s.Jump is { } jump) _out.Line("jump " + Bool(jump));
                if (s.FontSize is { } fontSize) _out.Line("fontSize " + Number(fontSize));
                if (s.Width is { } width) _out.Line("width " + Number(width));
                if (s.Position is { } position) _out.Line("position " + Number(position));
                if (s.Opacity is { } opacity) _out.Line("opacity " + Number(opacity));
                WriteProperties(s.Properties);
                _out.Close();
            }
        }

        private void WriteBranding(Branding branding)
        {
            var logo = branding.Logo is { } l && l.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? l : null;
            if (logo is null && branding.Font is null)
            {
                if (branding.Logo is not null) _out.Line("// the branding logo is inline content, which the DSL can only read from a file; it is not exported");
                return;
            }
            _out.Open("branding {");
            if (logo is not null) _out.Line("logo " + Q(logo));
            else if (branding.Logo is not null) _out.Line("// the logo is inline content, which the DSL can only read from a file; it is not exported");
            if (branding.Font is { } font) _out.Line("font " + Q(font.Name) + (font.Url is null ? string.Empty : " " + Q(font.Url)));
            _out.Close();
        }

        private void WriteTerminology(Terminology terminology)
        {
            var terms = new (string Keyword, string? Term)[]
            {
                ("person", terminology.Person), ("softwareSystem", terminology.SoftwareSystem), ("container", terminology.Container),
                ("component", terminology.Component), ("deploymentNode", terminology.DeploymentNode),
                ("infrastructureNode", terminology.InfrastructureNode), ("relationship", terminology.Relationship),
            }.Where(t => !string.IsNullOrEmpty(t.Term)).ToList();
            if (terms.Count == 0) return;
            _out.Open("terminology {");
            foreach (var (keyword, term) in terms) _out.Line(keyword + " " + Q(term));
            _out.Close();
        }

        private void WriteConfiguration()
        {
            var configuration = _workspace.Configuration;
            if (configuration.Scope is null && configuration.Visibility is null && configuration.Users.Count == 0) return;
            _out.Line();
            _out.Open("configuration {");
            if (configuration.Scope is { } scope) _out.Line("scope " + (scope == WorkspaceScope.Landscape ? "landscape" : "softwaresystem"));
            if (configuration.Visibility is { } visibility) _out.Line("visibility " + (visibility == WorkspaceVisibility.Public ? "public" : "private"));
            if (configuration.Users.Count > 0)
            {
                _out.Open("users {");
                foreach (var user in configuration.Users) _out.Line(Q(user.Username) + " " + (user.Role == WorkspaceRole.ReadWrite ? "write" : "read"));
                _out.Close();
            }
            _out.Close();
        }

        /// <summary>
        /// A <c>properties</c> block of everything but the DSL's own identifier (and, unless <paramref name="keepsDslSource"/>,
        /// the <c>structurizr.dsl</c> source a parsed workspace carries); nothing when that leaves no property.
        /// </summary>
        private void WriteProperties(PropertyDictionary properties, bool keepsDslSource = false)
        {
            var open = false;
            foreach (var (key, value) in properties)
            {
                if (key == "structurizr.dsl.identifier" || (!keepsDslSource && key == "structurizr.dsl")) continue;
                if (!open) _out.Open("properties {");
                open = true;
                _out.Line(Q(key) + " " + Q(value));
            }
            if (open) _out.Close();
        }

        // ---------------------------------------------------------------- documentation

        private string ElementFolder(Element element) => "elements/" + _ids.Of(element) + "/";

        private void WriteDocumentationReferences(Documentation documentation, string folder)
        {
            if (documentation.Sections.Count > 0)
            {
                _out.Line("!docs " + Q(folder + "docs"));
                foreach (var (name, content) in DocumentationFiles.Sections(documentation)) _files[folder + "docs/" + name] = content;
            }
            if (documentation.Decisions.Count > 0)
            {
                _out.Line("!adrs " + Q(folder + "adrs"));
                foreach (var (name, content) in DocumentationFiles.Decisions(documentation)) _files[folder + "adrs/" + name] = content;
            }
        }

        // ---------------------------------------------------------------- text

        private static string Q(string? value) => DslText.Quote(value);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";

        private static string Comment(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

        /// <summary>Positional arguments: trailing empty ones are left out, empty ones in between are written <c>""</c>.</summary>
        private static string Arguments(string?[] values)
        {
            var last = Array.FindLastIndex(values, v => !string.IsNullOrEmpty(v));
            var text = new StringBuilder();
            for (var i = 0; i <= last; i++) text.Append(' ').Append(Q(values[i]));
            return text.ToString();
        }
    }
}
