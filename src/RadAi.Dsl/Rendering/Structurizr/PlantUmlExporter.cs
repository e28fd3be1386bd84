using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Exports Structurizr views as C4-PlantUML diagrams (the <c>&lt;C4/…&gt;</c> standard library of PlantUML):
/// <c>Person</c>/<c>Person_Ext</c>, <c>System</c>/<c>System_Ext</c>/<c>SystemDb</c>, <c>Container</c>/<c>ContainerDb</c>/<c>ContainerQueue</c>,
/// <c>Component</c>/<c>ComponentDb</c>, <c>System_Boundary</c>, <c>Container_Boundary</c>, <c>Boundary</c> for groups,
/// nested <c>Deployment_Node</c>s and <c>Rel</c>. An element whose tags include <c>External</c> is drawn as <c>_Ext</c>;
/// a <c>Cylinder</c> shape gives the <c>Db</c> form, <c>Pipe</c> the <c>Queue</c> form. Element and relationship styles become
/// <c>AddElementTag</c>/<c>AddRelTag</c>, and the elements and relationships carry the styled tags with <c>$tags</c>.
/// Automatic layout maps to <c>LAYOUT_TOP_DOWN()</c> or <c>LAYOUT_LEFT_RIGHT()</c>. Needs PlantUML with C4-PlantUML 2.2 or
/// newer (PlantUML 1.2021.x and later); text is escaped as <see cref="PlantUmlText"/> says.
/// </summary>
/// <example><code>
/// foreach (var diagram in PlantUmlExporter.Export(workspace))
///     File.WriteAllText($"out/{diagram.Key}.puml", diagram.Definition);
/// </code></example>
public static class PlantUmlExporter
{
    private const string ExternalTag = "External";

    /// <summary>Exports every view that is a diagram of the model, in view order.</summary>
    public static IReadOnlyList<ExportedDiagram> Export(Workspace workspace) => ViewContents.ExportAll(workspace, Write);

    /// <summary>Exports one view; throws for an image view or a filtered view whose base view is missing.</summary>
    public static string Export(View view) => ViewContents.ExportOne(view, "PlantUML", Write);

    private static string Write(ViewContents contents)
    {
        var view = contents.View;
        var styles = view.ViewSet.Configuration.Styles;
        var output = new IndentedWriter();
        output.Line("@startuml");
        output.Line("!include " + Library(contents.Drawn));
        output.Line();
        output.Line("title " + PlantUmlText.Escape(ViewContents.TitleOf(view)));
        output.Line();

        // only tags that have a style are worth carrying
        var elementTags = styles.Elements.Where(s => s.ColorScheme is null).Select(s => s.Tag).Distinct(StringComparer.Ordinal)
            .Where(t => EffectiveElementStyle.For(styles, [t]) is { IsEmpty: false } or { Shape: Shape.RoundedBox or Shape.Hexagon }).ToList();
        var relationshipTags = styles.Relationships.Where(s => s.ColorScheme is null).Select(s => s.Tag).Distinct(StringComparer.Ordinal)
            .Where(t => !EffectiveRelationshipStyle.For(styles, [t]).IsEmpty).ToList();
        var usedElementTags = contents.Elements.SelectMany(ViewContents.AllTags).Where(elementTags.Contains).ToHashSet(StringComparer.Ordinal);
        var usedRelationshipTags = contents.Relationships.SelectMany(r => r.Relationship.Tags).Where(relationshipTags.Contains).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in elementTags.Where(usedElementTags.Contains))
        {
            var s = EffectiveElementStyle.For(styles, [tag]);
            var arguments = new List<string> { PlantUmlText.Quote(TagName(tag)) };
            if (s.Background is not null) arguments.Add("$bgColor=\"" + s.Background + "\"");
            if (s.Color is not null) arguments.Add("$fontColor=\"" + s.Color + "\"");
            if (s.Stroke is not null) arguments.Add("$borderColor=\"" + s.Stroke + "\"");
            if (s.StrokeWidth is { } width) arguments.Add("$borderThickness=\"" + width.ToString(CultureInfo.InvariantCulture) + "\"");
            if (s.Border is LineStyle.Dashed) arguments.Add("$borderStyle=DashedLine()");
            if (s.Border is LineStyle.Dotted) arguments.Add("$borderStyle=DottedLine()");
            if (s.Shape is Shape.RoundedBox) arguments.Add("$shape=RoundedBoxShape()");
            if (s.Shape is Shape.Hexagon) arguments.Add("$shape=EightSidedShape()");
            output.Line("AddElementTag(" + string.Join(", ", arguments) + ")");
        }
        foreach (var tag in relationshipTags.Where(usedRelationshipTags.Contains))
        {
            var s = EffectiveRelationshipStyle.For(styles, [tag]);
            var arguments = new List<string> { PlantUmlText.Quote(TagName(tag)) };
            if (s.Color is not null) arguments.Add("$textColor=\"" + s.Color + "\"");
            if (s.Color is not null) arguments.Add("$lineColor=\"" + s.Color + "\"");
            if (s.Thickness is { } thickness) arguments.Add("$lineThickness=\"" + thickness.ToString(CultureInfo.InvariantCulture) + "\"");
            if (s.Style is LineStyle.Dashed) arguments.Add("$lineStyle=DashedLine()");
            if (s.Style is LineStyle.Dotted) arguments.Add("$lineStyle=DottedLine()");
            output.Line("AddRelTag(" + string.Join(", ", arguments) + ")");
        }
        output.Line(contents.Drawn.AutomaticLayout?.RankDirection is RankDirection.LeftRight or RankDirection.RightLeft ? "LAYOUT_LEFT_RIGHT()" : "LAYOUT_TOP_DOWN()");
        output.Line();

        // a boundary's alias is its element's with "_boundary"; the element itself is not on the view
        var ids = new DiagramIds(contents.Elements.Concat(contents.Boundaries),
            e => "e" + DiagramIds.Slug(e) + (contents.ElementSet.Contains(e) ? string.Empty : "_boundary"));

        string Tags(IEnumerable<string> tags)
        {
            var styled = tags.Where(t => usedElementTags.Contains(t) || usedRelationshipTags.Contains(t)).Select(TagName).ToList();
            return styled.Count == 0 ? string.Empty : ", $tags=" + PlantUmlText.Quote(string.Join('+', styled));
        }

        var boundaryCounter = 0;
        void WriteElement(Element element)
        {
            var shape = EffectiveElementStyle.For(styles, ViewContents.AllTags(element)).Shape;
            var external = ViewContents.AllTags(element).Contains(ExternalTag) ? "_Ext" : string.Empty;
            var suffix = shape switch { Shape.Cylinder => "Db", Shape.Pipe => "Queue", _ => string.Empty };
            var description = element is StaticStructureElementInstance i ? i.Element.Description : element.Description;
            var id = ids[element];
            var tags = Tags(ViewContents.AllTags(element));
            var line = element switch
            {
                Person p => "Person" + external + "(" + id + ", " + PlantUmlText.Quote(p.Name) + ", " + PlantUmlText.Quote(description) + tags + ")",
                SoftwareSystem or SoftwareSystemInstance or CustomElement => "System" + suffix + external + "(" + id + ", " + PlantUmlText.Quote(element.Name) + ", " + PlantUmlText.Quote(description) + tags + ")",
                Container c => "Container" + suffix + external + "(" + id + ", " + PlantUmlText.Quote(c.Name) + ", " + PlantUmlText.Quote(c.Technology) + ", " + PlantUmlText.Quote(description) + tags + ")",
                ContainerInstance c => "Container" + suffix + external + "(" + id + ", " + PlantUmlText.Quote(c.Name) + ", " + PlantUmlText.Quote(c.Container.Technology) + ", " + PlantUmlText.Quote(description) + tags + ")",
                Component c => "Component" + suffix + external + "(" + id + ", " + PlantUmlText.Quote(c.Name) + ", " + PlantUmlText.Quote(c.Technology) + ", " + PlantUmlText.Quote(description) + tags + ")",
                InfrastructureNode n => "Node(" + id + ", " + PlantUmlText.Quote(n.Name) + ", " + PlantUmlText.Quote(n.Technology) + ", " + PlantUmlText.Quote(description) + tags + ")",
                _ => "System(" + id + ", " + PlantUmlText.Quote(element.Name) + ", " + PlantUmlText.Quote(description) + tags + ")",
            };
            output.Line(line);
        }

        void WriteGrouped(IEnumerable<Element> elements)
        {
            var list = elements.ToList();
            foreach (var element in list.Where(e => GroupOf(e) is null)) WriteElement(element);
            foreach (var group in list.Select(GroupOf).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                output.Open("Boundary(group" + (++boundaryCounter).ToString(CultureInfo.InvariantCulture) + ", " + PlantUmlText.Quote(group) + ") {");
                foreach (var element in list.Where(e => GroupOf(e) == group)) WriteElement(element);
                output.Close();
            }
        }

        if (contents.Drawn is DeploymentView)
        {
            foreach (var root in contents.Elements.Where(e => e.Parent is not DeploymentNode || !contents.ElementSet.Contains(e.Parent)))
                WriteDeployment(root);
        }
        else
        {
            var boundaries = contents.Boundaries;
            WriteGrouped(contents.Elements.Where(e => e.Parent is null || !boundaries.Contains(e.Parent)));
            foreach (var boundary in boundaries)
            {
                var keyword = boundary is SoftwareSystem ? "System_Boundary" : "Container_Boundary";
                output.Open(keyword + "(" + ids[boundary] + ", " + PlantUmlText.Quote(boundary.Name) + ") {");
                WriteGrouped(contents.Elements.Where(e => ReferenceEquals(e.Parent, boundary)));
                output.Close();
            }
        }

        void WriteDeployment(Element element)
        {
            if (element is not DeploymentNode node)
            {
                WriteElement(element);
                return;
            }
            var name = node.Instances == "1" ? node.Name : node.Name + " (x" + node.Instances + ")";
            output.Open("Deployment_Node(" + ids[node] + ", " + PlantUmlText.Quote(name) + ", " + PlantUmlText.Quote(node.Technology) + ", "
                        + PlantUmlText.Quote(node.Description) + Tags(node.Tags) + ") {");
            foreach (var child in contents.Elements.Where(e => ReferenceEquals(e.Parent, node))) WriteDeployment(child);
            output.Close();
        }

        output.Line();
        foreach (var step in contents.Relationships)
        {
            var r = step.Relationship;
            var (from, to) = step.Response == true ? (r.Destination, r.Source) : (r.Source, r.Destination);
            var description = step.Description ?? r.Description;
            var label = (step.Order is null ? string.Empty : step.Order + ". ") + (description ?? string.Empty);
            var technology = string.IsNullOrEmpty(r.Technology) ? string.Empty : ", " + PlantUmlText.Quote(r.Technology);
            var tags = Tags(r.Tags);
            if (technology.Length == 0 && tags.Length > 0) technology = ", \"\"";
            output.Line("Rel(" + ids[from] + ", " + ids[to] + ", " + PlantUmlText.Quote(label) + technology + tags + ")");
        }
        if (usedElementTags.Count > 0 || usedRelationshipTags.Count > 0)
        {
            output.Line();
            output.Line("SHOW_LEGEND()");
        }
        output.Line("@enduml");
        return output.ToString();
    }

    private static string Library(ModelView view) => view switch
    {
        SystemLandscapeView or SystemContextView or CustomView => "<C4/C4_Context>",
        ContainerView => "<C4/C4_Container>",
        DeploymentView => "<C4/C4_Deployment>",
        _ => "<C4/C4_Component>",
    };

    private static string? GroupOf(Element element) => (element as StaticStructureElement)?.Group;

    // C4-PlantUML joins several tags with '+', so a '+' inside a tag name would split it
    private static string TagName(string tag) => tag.Replace('+', ' ');
}
