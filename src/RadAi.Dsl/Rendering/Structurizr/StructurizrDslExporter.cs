using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Writes a whole workspace as Structurizr DSL, so that the Structurizr DSL parser rebuilds the same elements,
/// relationships and views: <c>!identifiers flat</c> with identifiers made from names (see the README section
/// "Structurizr DSL export" for the naming rule), <c>!impliedRelationships false</c> (the model already holds every
/// relationship it has), explicit view keys, explicit <c>include</c> of every element a view shows and <c>exclude</c>
/// of every relationship the parser would add but the view leaves out.
/// Documentation sections and decisions become files under <c>docs/</c> and <c>adrs/</c> (an element's under
/// <c>elements/&lt;identifier&gt;/</c>), referenced with <c>!docs</c> and <c>!adrs</c>; decisions are written as
/// Structurizr's default importer (adr-tools) reads them: <c>0001-title.md</c>, <c># 1. Title</c> (with the decision's
/// id before the title when it is not that number, e.g. <c># 1. AI-ADR-001: Title</c>), <c>Date:</c>, <c>## Status</c>.
/// File names are bounded, portable and unique ignoring case. Relationships that a container instance replicates
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
    /// <exception cref="NotSupportedException">
    /// A view type the DSL has no keyword for, or more than 10,000 decisions in one documentation (adr-tools numbers
    /// decision files with four digits).
    /// </exception>
    public static DslExport Export(Workspace workspace)
    {
        using var dsl = new SegmentedStringWriter();
        var files = ExportTo(workspace, dsl);
        files[DslExport.WorkspaceFileName] = dsl.ToString();
        return new DslExport(files);
    }

    /// <summary>
    /// Writes <c>workspace.dsl</c> to <paramref name="dsl"/> as it is produced (a large workspace's DSL is never held in
    /// memory) and returns the other files (<c>docs/…</c>, <c>adrs/…</c>) by relative path, in ordinal order.
    /// </summary>
    /// <remarks><paramref name="properties"/>: the workspace properties taken already (<see cref="Workspace.WrittenProperties"/>), or null to take them now.</remarks>
    /// <remarks><paramref name="elsewhere"/>: workspace decisions a documentation set writes in a folder of its own, imported from there.</remarks>
    internal static SortedDictionary<string, string> ExportTo(Workspace workspace, TextWriter dsl, IEnumerable<WrittenProperty>? properties = null, DecisionsElsewhere? elsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new Run(workspace, dsl, elsewhere).Export(properties ?? workspace.WrittenProperties());
    }

    private sealed class Run
    {
        private readonly Workspace _workspace;
        private readonly Model _model;
        private readonly DslIdentifiers _ids;
        private readonly IndentedWriter _out;
        private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);
        // The folders under elements/ holding an element's docs and adrs, one per element with documentation.
        private readonly PortableFileNames _elementFolders = new();

        // Made once: a method group given as a delegate would be a new delegate per call (per system and container).
        private readonly Action<Container> _writeContainer;
        private readonly Action<Component> _writeComponent;
        private readonly Action<Relationship> _writeExclude;
        private readonly Action<Relationship> _nameRelationship;
        // The model makes this list anew on every call.
        private readonly IReadOnlyList<string> _environments;
        private readonly DecisionsElsewhere? _elsewhere;

        public Run(Workspace workspace, TextWriter dsl, DecisionsElsewhere? elsewhere)
        {
            _elsewhere = elsewhere;
            _out = new IndentedWriter(dsl);
            _workspace = workspace;
            _model = workspace.Model;
            _ids = new DslIdentifiers(_model);
            _writeContainer = WriteContainer;
            _writeComponent = WriteComponent;
            _writeExclude = WriteExclude;
            _nameRelationship = NameUnlessLinked;
            _environments = _model.DeploymentEnvironments;
            NameReferencedRelationships();
        }

        public SortedDictionary<string, string> Export(IEnumerable<WrittenProperty> properties)
        {
            _out.Write("workspace ").Quoted(_workspace.Name);
            if (!string.IsNullOrEmpty(_workspace.Description)) _out.Write(" ").Quoted(_workspace.Description);
            _out.Write(" {").Open();
            _out.Line("!identifiers flat");
            _out.Line("!impliedRelationships false");
            WriteDocumentationReferences(_workspace.Documentation, string.Empty, "the workspace");
            WriteWorkspaceProperties(properties);
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
                        ForEachExcluded(modelView, _nameRelationship);
                        break;
                }
            }
        }

        // An exclusion names a replicated (linked) relationship by its ends: the parser makes those itself.
        private void NameUnlessLinked(Relationship r)
        {
            if (r.LinkedRelationshipId is null) _ids.Of(r);
        }

        // ---------------------------------------------------------------- model

        private void WriteModel()
        {
            _out.Open("model {");
            if (_model.Properties.Count > 0) _out.Line("// model properties are not part of the DSL; they are not exported");
            WriteGrouped(_model.People.Cast<StaticStructureElement>().Concat(_model.SoftwareSystems), WriteTopLevel);
            foreach (var custom in _model.CustomElements) WriteCustomElement(custom);

            // A blank line before the first static relationship, if there is one.
            var first = true;
            var relationships = _model.Relationships;
            for (var i = 0; i < relationships.Count; i++)
            {
                var r = relationships[i];
                if (r.LinkedRelationshipId is not null || r.Source is DeploymentElement || r.Destination is DeploymentElement) continue;
                if (first) _out.Line();
                first = false;
                WriteRelationship(r);
            }

            foreach (var environment in _environments) WriteEnvironment(environment);
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
            if (elements is IReadOnlyList<T> list && !AnyGrouped(list))
            {
                for (var i = 0; i < list.Count; i++) write(list[i]);
                return;
            }
            foreach (var (group, members) in GroupBlocks(elements))
            {
                if (group is not null) _out.Write("group ").Quoted(group).Write(" {").Open();
                foreach (var member in members) write(member);
                if (group is not null) _out.Close();
            }
        }

        private static bool AnyGrouped<T>(IReadOnlyList<T> elements) where T : StaticStructureElement
        {
            for (var i = 0; i < elements.Count; i++)
                if (elements[i].Group is not null) return true;
            return false;
        }

        private void WriteTopLevel(StaticStructureElement element)
        {
            switch (element)
            {
                case Person person:
                    OpenElement(person, "person", A(person.Name), A(person.Description), DslUserTags.Of(person));
                    _out.CloseCollapsible();
                    break;
                case SoftwareSystem system:
                    OpenElement(system, "softwareSystem", A(system.Name), A(system.Description), DslUserTags.Of(system));
                    WriteDocumentationReferences(system.DocumentationIfCreated, system);
                    WriteGrouped(system.Containers, _writeContainer);
                    _out.CloseCollapsible();
                    break;
            }
        }

        private void WriteContainer(Container container)
        {
            OpenElement(container, "container", A(container.Name), A(container.Description), A(container.Technology), DslUserTags.Of(container));
            WriteDocumentationReferences(container.DocumentationIfCreated, container);
            WriteGrouped(container.Components, _writeComponent);
            _out.CloseCollapsible();
        }

        private void WriteComponent(Component component)
        {
            OpenElement(component, "component", A(component.Name), A(component.Description), A(component.Technology), DslUserTags.Of(component));
            WriteDocumentationReferences(component.DocumentationIfCreated, component);
            _out.CloseCollapsible();
        }

        private void WriteCustomElement(CustomElement element)
        {
            if (element.Group is not null) _out.Line("// custom element " + Comment(element.Name) + " is in group " + Comment(element.Group) + ", which the DSL cannot express for custom elements");
            OpenElement(element, "element", A(element.Name), A(element.Metadata), A(element.Description), DslUserTags.Of(element));
            _out.CloseCollapsible();
        }

        /// <summary>
        /// Opens the element's collapsible block <c>id = keyword "a" "b" … {</c> (one line if nothing comes inside it)
        /// and writes the children every item has; the caller writes the rest and closes the block.
        /// </summary>
        private void OpenElement(Element element, string keyword, params ReadOnlySpan<ReadOnlyMemory<char>> arguments)
        {
            _out.OpenCollapsible().Write(_ids.Of(element)).Write(" = ").Write(keyword);
            WriteArguments(arguments);
            _out.EndLine();
            WriteCommonChildren(element);
        }

        private void WriteCommonChildren(ModelItem item)
        {
            if (item.Url is not null) _out.Write("url ").Quoted(item.Url).EndLine();
            if (item.PropertiesIfCreated is { } properties) WriteProperties(properties, keepsDslSource: true);
            if (item.Perspectives.Count > 0)
            {
                _out.Open("perspectives {");
                foreach (var p in item.Perspectives)
                {
                    _out.Quoted(p.Name).Write(" ").Quoted(p.Description);
                    if (p.Value is not null) _out.Write(" ").Quoted(p.Value);
                    _out.EndLine();
                }
                _out.Close();
            }
        }

        private void WriteRelationship(Relationship r)
        {
            if (_ids.IsNamed(r)) _out.Write(_ids.Of(r)).Write(" = ");
            _out.Write(_ids.Of(r.Source)).Write(" -> ").Write(_ids.Of(r.Destination));
            WriteArguments(A(r.Description), A(r.Technology), DslUserTags.Of(r));
            if (r.Url is null && (r.PropertiesIfCreated?.Count ?? 0) == 0 && r.Perspectives.Count == 0)
            {
                _out.EndLine();
                return;
            }
            _out.Write(" {").Open();
            WriteCommonChildren(r);
            _out.Close();
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
        {
            OpenElement(node, "deploymentNode", A(node.Name), A(node.Description), A(node.Technology), DslUserTags.Of(node), A(node.Instances == "1" ? null : node.Instances));
            foreach (var infrastructure in node.InfrastructureNodes)
            {
                OpenElement(infrastructure, "infrastructureNode", A(infrastructure.Name), A(infrastructure.Description), A(infrastructure.Technology), DslUserTags.Of(infrastructure));
                _out.CloseCollapsible();
            }
            foreach (var instance in node.SoftwareSystemInstances) WriteInstance(instance, "softwareSystemInstance", writeGroups);
            foreach (var instance in node.ContainerInstances) WriteInstance(instance, "containerInstance", writeGroups);
            foreach (var child in node.Children) WriteDeploymentNode(child, writeGroups);
            _out.CloseCollapsible();
        }

        private void WriteInstance(StaticStructureElementInstance instance, string keyword, bool writeGroups)
        {
            var tags = DslUserTags.Of(instance);
            _out.Write(_ids.Of(instance)).Write(" = ").Write(keyword).Write(" ").Write(_ids.Of(instance.Element));
            if (writeGroups)
            {
                _out.Write(" ");
                var first = true;
                foreach (var group in instance.DeploymentGroups)
                {
                    if (!first) _out.Write(",");
                    _out.Write(_ids.DeploymentGroup(instance.Environment, group));
                    first = false;
                }
            }
            var hasBody = !tags.IsEmpty || instance.HealthChecks.Count > 0 || !string.IsNullOrEmpty(instance.Description)
                          || instance.Url is not null || (instance.PropertiesIfCreated?.Count ?? 0) > 0 || instance.Perspectives.Count > 0;
            if (!hasBody)
            {
                _out.EndLine();
                return;
            }
            _out.Write(" {").Open();
            // tags go in the block: the positional form would need a deployment group first
            if (!tags.IsEmpty) _out.Write("tags ").Quoted(tags.Span).EndLine();
            if (!string.IsNullOrEmpty(instance.Description)) _out.Write("description ").Quoted(instance.Description).EndLine();
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
            if (view is not (SystemLandscapeView or SystemContextView or ContainerView or ComponentView or DynamicView or DeploymentView
                or FilteredView or ImageView or CustomView))
                throw new NotSupportedException($"View '{view.Key}' of type {view.GetType().Name} cannot be exported to the DSL.");
            _out.Line();
            _out.OpenCollapsible();
            WriteViewHead(view);
            _out.EndLine();
            switch (view)
            {
                case DynamicView dynamic:
                    WriteDynamicSteps(dynamic);
                    break;
                case DeploymentView deployment:
                    WriteIncludes(DeploymentIncludes(deployment));
                    WriteExcludes(deployment);
                    break;
                case ModelView modelView:
                    // in id order, which the workspace JSON keeps (not the order the elements were added in);
                    // indexed: an enumerator through the interface would be an object per view
                    var included = IdOrder.Sort(modelView.Elements, e => e.Element.Id);
                    for (var i = 0; i < included.Count; i++) WriteInclude(included[i].Element);
                    WriteExcludes(modelView);
                    break;
                case ImageView image:
                    WriteImage(image);
                    break;
            }
            if (view is ModelView { AutomaticLayout: { } layout })
                _out.Write("autoLayout ").Write(Direction(layout.RankDirection)).Write(" ").Write(layout.RankSeparation).Write(" ").Write(layout.NodeSeparation).EndLine();
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
            if (view is not CustomView && !string.IsNullOrWhiteSpace(view.Title)) _out.Write("title ").Quoted(view.Title).EndLine();
            if (_workspace.Views.Configuration.DefaultView == view.Key) _out.Line("default");
            WriteProperties(view.Properties);
            _out.CloseCollapsible();
        }

        /// <summary>The head of a view's block: <c>keyword [scope] "key" ["description"]</c> (image and custom views differ).</summary>
        private void WriteViewHead(View view)
        {
            switch (view)
            {
                case SystemLandscapeView:
                    _out.Write("systemLandscape ");
                    break;
                case SystemContextView v:
                    _out.Write("systemContext ").Write(_ids.Of(v.SoftwareSystem)).Write(" ");
                    break;
                case ContainerView v:
                    _out.Write("container ").Write(_ids.Of(v.SoftwareSystem)).Write(" ");
                    break;
                case ComponentView v:
                    _out.Write("component ").Write(_ids.Of(v.Container)).Write(" ");
                    break;
                case DynamicView v:
                    _out.Write("dynamic ").Write(v.Element is null ? "*" : _ids.Of(v.Element)).Write(" ");
                    break;
                case DeploymentView v:
                    _out.Write("deployment ").Write(v.SoftwareSystem is null ? "*" : _ids.Of(v.SoftwareSystem)).Write(" ");
                    if (_environments.Contains(v.Environment)) _out.Write(_ids.Environment(v.Environment));
                    else _out.Quoted(v.Environment);
                    _out.Write(" ");
                    break;
                case FilteredView v:
                    _out.Write("filtered ").Quoted(v.BaseViewKey).Write(v.Mode == FilterMode.Include ? " include " : " exclude ")
                        .Quoted(string.Join(',', v.Tags)).Write(" ");
                    break;
                case ImageView v:
                    // no description: the DSL's image view has none
                    _out.Write("image ").Write(v.Element is null ? "*" : _ids.Of(v.Element)).Write(" ").Quoted(view.Key);
                    return;
                case CustomView v:
                    _out.Write("custom ").Quoted(view.Key).Write(" ").Quoted(v.Title);
                    WriteViewDescription(view);
                    return;
            }
            _out.Quoted(view.Key);
            WriteViewDescription(view);
        }

        private void WriteViewDescription(View view)
        {
            if (!string.IsNullOrEmpty(view.Description)) _out.Write(" ").Quoted(view.Description);
        }

        private void WriteIncludes(IEnumerable<Element> includes)
        {
            foreach (var element in includes) WriteInclude(element);
        }

        private void WriteInclude(Element element) => _out.Write("include ").Write(_ids.Of(element)).EndLine();

        private void WriteExcludes(ModelView view) => ForEachExcluded(view, _writeExclude);

        private void WriteExclude(Relationship r)
        {
            _out.Write("exclude ");
            if (r.LinkedRelationshipId is null) _out.Write(_ids.Of(r));
            else _out.Quoted(_ids.Of(r.Source) + " -> " + _ids.Of(r.Destination));
            _out.EndLine();
        }

        // The parser adds a deployment node's parents with each instance, and a whole subtree with a node:
        // include the leaves, and a node only when none of its contents is on the view.
        private static IEnumerable<Element> DeploymentIncludes(DeploymentView view)
        {
            var shown = IdOrder.Sort(view.Elements, e => e.Element.Id).Select(e => e.Element).ToList();
            var parentsOfShown = new HashSet<Element>(ReferenceEqualityComparer.Instance);
            foreach (var e in shown.Where(e => e is not DeploymentNode))
                for (var p = e.Parent; p is not null; p = p.Parent) parentsOfShown.Add(p);
            return shown.Where(e => e is not DeploymentNode || !parentsOfShown.Contains(e));
        }

        /// <summary>
        /// Calls <paramref name="action"/> for every relationship between two elements of the view that the view does not
        /// show (the parser would add it). Indexed loops: an enumerator per element per view was most of what was left
        /// of the exporter's allocations.
        /// </summary>
        private static void ForEachExcluded(ModelView view, Action<Relationship> action)
        {
            if (view is DynamicView) return;
            var elements = IdOrder.Sort(view.Elements, e => e.Element.Id);
            for (var i = 0; i < elements.Count; i++)
            {
                var relationships = elements[i].Element.Relationships;
                for (var j = 0; j < relationships.Count; j++)
                {
                    var r = relationships[j];
                    if (view.Contains(r.Destination) && !view.Contains(r)) action(r);
                }
            }
        }

        private void WriteDynamicSteps(DynamicView view)
        {
            foreach (var step in view.Relationships)
            {
                var r = step.Relationship;
                var description = A(step.Description ?? r.Description);
                if (step.Response != true && r.LinkedRelationshipId is null)
                {
                    _out.Write(_ids.Of(r));
                    WriteArguments(description);
                }
                else
                {
                    var (from, to) = step.Response == true ? (r.Destination, r.Source) : (r.Source, r.Destination);
                    _out.Write(_ids.Of(from)).Write(" -> ").Write(_ids.Of(to));
                    WriteArguments(description, A(r.Technology));
                }
                _out.EndLine();
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
        private void WriteProperties(IEnumerable<KeyValuePair<string, string>> properties, bool keepsDslSource = false)
        {
            if (properties is PropertyDictionary { Count: 0 }) return;
            var open = false;
            foreach (var (key, value) in properties)
            {
                if (key == "structurizr.dsl.identifier" || (!keepsDslSource && key == "structurizr.dsl")) continue;
                if (!open) _out.Open("properties {");
                open = true;
                _out.Quoted(key).Write(" ").Quoted(value).EndLine();
            }
            if (open) _out.Close();
        }

        // An extension's properties (the RAD-AI registers' JSON) are quoted from their UTF-8, never made into a string.
        private void WriteWorkspaceProperties(IEnumerable<WrittenProperty> properties)
        {
            var open = false;
            foreach (var property in properties)
            {
                if (property.Key == "structurizr.dsl.identifier" || property.Key == "structurizr.dsl") continue;
                if (!open) _out.Open("properties {");
                open = true;
                _out.Quoted(property.Key).Write(" ");
                if (property.Utf8 is { } utf8) _out.Quoted(utf8);
                else _out.Quoted(property.Text);
                _out.EndLine();
            }
            if (open) _out.Close();
        }

        // ---------------------------------------------------------------- documentation

        private void WriteDocumentationReferences(Documentation? documentation, Element element)
        {
            // Most elements have no documentation (and none created): no folder name to make for them.
            if (documentation is null || (documentation.Sections.Count == 0 && documentation.Decisions.Count == 0)) return;
            var folder = _elementFolders.Claim(PortableFileNames.Portable(_ids.Of(element)), string.Empty);
            WriteDocumentationReferences(documentation, "elements/" + folder + "/", element.CanonicalName);
        }

        private void WriteDocumentationReferences(Documentation documentation, string folder, string owner)
        {
            if (documentation.Sections.Count > 0)
            {
                _out.Line("!docs " + Q(folder + "docs"));
                foreach (var (name, content) in DocumentationFiles.Sections(documentation)) _files.Add(folder + "docs/" + name, content);
            }
            if (documentation.Decisions.Count == 0) return;
            // Only the workspace's own decisions may be held elsewhere (at the top, so its folder is relative to the DSL's).
            var elsewhere = folder.Length == 0 ? _elsewhere : null;
            var files = DocumentationFiles.Decisions(documentation, owner, elsewhere).ToList();
            if (files.Count > 0)
            {
                _out.Line("!adrs " + Q(folder + "adrs"));
                foreach (var (name, content) in files) _files.Add(folder + "adrs/" + name, content);
            }
            if (elsewhere is not null && documentation.Decisions.Any(d => elsewhere.Holds(d.Id)))
                _out.Line("!adrs " + Q(elsewhere.Folder.TrimEnd('/')) + " " + DecisionsElsewhere.Importer);
        }

        // ---------------------------------------------------------------- text

        private static string Q(string? value) => DslText.Quote(value);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";

        private static string Comment(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

        /// <summary>An argument for <see cref="WriteArguments"/> (null is empty).</summary>
        private static ReadOnlyMemory<char> A(string? value) => value.AsMemory();

        /// <summary>Positional arguments: trailing empty ones are left out, empty ones in between are written <c>""</c>.</summary>
        private void WriteArguments(params ReadOnlySpan<ReadOnlyMemory<char>> values)
        {
            var last = values.Length - 1;
            while (last >= 0 && values[last].IsEmpty) last--;
            for (var i = 0; i <= last; i++) _out.Write(" ").Quoted(values[i].Span);
        }
    }
}
