using RadAi.Dsl.Rendering;
using System.Globalization;
using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Exports Structurizr views as Mermaid flowcharts, in the manner of structurizr-java's MermaidDiagramExporter:
/// one diagram per system landscape, system context, container, component, dynamic, deployment, filtered and custom view
/// (image views have no diagram). The scope of the view (software system or container) and element groups are drawn as
/// subgraphs, deployment nodes as nested subgraphs; every node shows its name, <c>[type: technology]</c> and description;
/// element styles become <c>classDef</c>s (background, stroke, colour, stroke width, dashed/dotted border) and relationship
/// styles <c>linkStyle</c>s; dynamic steps are numbered. Node ids are <c>n</c> (subgraphs <c>b</c>) + a slug of the element id,
/// made unique per diagram (see <see cref="DiagramIds"/>), so they stay the same for the same model. Text is escaped with
/// Mermaid entity codes (see the README, "Mermaid export").
/// </summary>
/// <example><code>
/// foreach (var diagram in MermaidExporter.Export(workspace))
///     File.WriteAllText($"out/{diagram.Key}.mmd", diagram.Definition);
/// </code></example>
public static class MermaidExporter
{
    /// <summary>Exports every view that is a diagram of the model, in view order.</summary>
    public static IReadOnlyList<ExportedDiagram> Export(Workspace workspace) => ViewContents.ExportAll(workspace, Write);

    /// <summary>Exports one view; throws for an image view or a filtered view whose base view is missing.</summary>
    public static string Export(View view) => ViewContents.ExportOne(view, "Mermaid", Write);

    private static string Write(ViewContents contents)
    {
        var view = contents.View;
        var styles = view.ViewSet.Configuration.Styles;
        var output = new IndentedWriter();
        var direction = contents.Drawn.AutomaticLayout?.RankDirection switch
        {
            RankDirection.BottomTop => "BT",
            RankDirection.LeftRight => "LR",
            RankDirection.RightLeft => "RL",
            _ => "TB",
        };
        output.Line("---");
        output.Line("title: \"" + MermaidText.FrontMatterString(ViewContents.TitleOf(view)) + "\"");
        output.Line("---");
        output.Open("flowchart " + direction);

        // deployment nodes and boundaries are subgraphs; Mermaid lets edges end at a subgraph's id
        var ids = new DiagramIds(contents.Elements.Concat(contents.Boundaries),
            e => (e is DeploymentNode || !contents.ElementSet.Contains(e) ? "b" : "n") + DiagramIds.Slug(e));

        var classes = new SortedDictionary<string, EffectiveElementStyle>(StringComparer.Ordinal);
        var classOf = new Dictionary<Element, string>(ReferenceEqualityComparer.Instance);
        foreach (var element in contents.Elements)
        {
            var style = EffectiveElementStyle.For(styles, ViewContents.AllTags(element));
            if (style.IsEmpty) continue;
            var name = ClassName(style);
            classes[name] = style;
            classOf[element] = name;
        }

        var groupCounter = 0;
        void WriteNode(Element element)
        {
            var style = EffectiveElementStyle.For(styles, ViewContents.AllTags(element));
            var (open, close) = Brackets(style.Shape);
            output.Line(ids[element] + open + "\"" + Label(element) + "\"" + close);
        }

        void WriteGrouped(IEnumerable<Element> elements)
        {
            var list = elements.ToList();
            foreach (var element in list.Where(e => GroupOf(e) is null)) WriteNode(element);
            foreach (var group in list.Select(GroupOf).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                output.Open("subgraph group" + (++groupCounter).ToString(CultureInfo.InvariantCulture) + " [\"" + MermaidText.Escape(group) + "\"]");
                foreach (var element in list.Where(e => GroupOf(e) == group)) WriteNode(element);
                output.Close("end");
                output.Line("style group" + groupCounter.ToString(CultureInfo.InvariantCulture) + " stroke-dasharray: 5 5");
            }
        }

        if (contents.Drawn is DeploymentView)
        {
            var roots = contents.Elements.Where(e => e.Parent is not DeploymentNode || !contents.ElementSet.Contains(e.Parent)).ToList();
            foreach (var root in roots) WriteDeployment(root, contents, ids, output, WriteNode);
        }
        else
        {
            var boundaries = contents.Boundaries;
            WriteGrouped(contents.Elements.Where(e => e.Parent is null || !boundaries.Contains(e.Parent)));
            foreach (var boundary in boundaries)
            {
                output.Open("subgraph " + ids[boundary] + " [\"" + MermaidText.Escape(boundary.Name) + "<br>[" + TypeName(boundary) + "]\"]");
                WriteGrouped(contents.Elements.Where(e => ReferenceEquals(e.Parent, boundary)));
                output.Close("end");
            }
        }

        output.Line();
        var linkIndex = 0;
        var linkStyles = new List<string>();
        foreach (var step in contents.Relationships)
        {
            var r = step.Relationship;
            var (from, to) = step.Response == true ? (r.Destination, r.Source) : (r.Source, r.Destination);
            var description = step.Description ?? r.Description;
            var label = (step.Order is null ? string.Empty : step.Order + ". ") + (description ?? string.Empty);
            var text = MermaidText.Escape(label) + (string.IsNullOrEmpty(r.Technology) ? string.Empty : "<br>[" + MermaidText.Escape(r.Technology) + "]");
            var style = EffectiveRelationshipStyle.For(styles, r.Tags);
            var dashed = style.Style is LineStyle.Dashed or LineStyle.Dotted;
            var arrow = text.Length == 0
                ? (dashed ? " -.-> " : " --> ")
                : (dashed ? " -. \"" + text + "\" .-> " : " -- \"" + text + "\" --> ");
            output.Line(ids[from] + arrow + ids[to]);
            var css = new List<string>();
            if (style.Color is not null) css.Add("stroke:" + style.Color);
            if (style.Thickness is { } thickness) css.Add("stroke-width:" + thickness.ToString(CultureInfo.InvariantCulture) + "px");
            if (css.Count > 0) linkStyles.Add("linkStyle " + linkIndex.ToString(CultureInfo.InvariantCulture) + " " + string.Join(',', css));
            linkIndex++;
        }
        foreach (var line in linkStyles) output.Line(line);

        if (classes.Count > 0) output.Line();
        foreach (var (name, style) in classes) output.Line("classDef " + name + " " + Css(style));
        foreach (var group in classOf.GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.Line("class " + string.Join(',', group.Select(p => ids[p.Key])) + " " + group.Key);
        output.Close(string.Empty);
        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteDeployment(Element element, ViewContents contents, DiagramIds ids, IndentedWriter output, Action<Element> writeNode)
    {
        if (element is not DeploymentNode node)
        {
            writeNode(element);
            return;
        }
        var instances = node.Instances == "1" ? string.Empty : " (x" + MermaidText.Escape(node.Instances) + ")";
        var technology = string.IsNullOrEmpty(node.Technology) ? string.Empty : ": " + MermaidText.Escape(node.Technology);
        output.Open("subgraph " + ids[node] + " [\"" + MermaidText.Escape(node.Name) + instances + "<br>[Deployment Node" + technology + "]\"]");
        foreach (var child in contents.Elements.Where(e => ReferenceEquals(e.Parent, node))) WriteDeployment(child, contents, ids, output, writeNode);
        output.Close("end");
    }

    private static string? GroupOf(Element element) => (element as StaticStructureElement)?.Group;

    private static string Label(Element element)
    {
        var technology = element switch
        {
            Container c => c.Technology,
            Component c => c.Technology,
            InfrastructureNode n => n.Technology,
            ContainerInstance i => i.Container.Technology,
            _ => null,
        };
        var description = element is StaticStructureElementInstance instance ? instance.Element.Description : element.Description;
        var text = new StringBuilder("<b>").Append(MermaidText.Escape(element.Name)).Append("</b><br>[").Append(TypeName(element));
        if (!string.IsNullOrEmpty(technology)) text.Append(": ").Append(MermaidText.Escape(technology));
        text.Append(']');
        if (!string.IsNullOrEmpty(description)) text.Append("<br>").Append(MermaidText.Escape(description));
        return text.ToString();
    }

    internal static string TypeName(Element element) => element switch
    {
        Person => "Person",
        SoftwareSystem => "Software System",
        Container => "Container",
        Component => "Component",
        DeploymentNode => "Deployment Node",
        InfrastructureNode => "Infrastructure Node",
        SoftwareSystemInstance => "Software System",
        ContainerInstance => "Container",
        CustomElement c => string.IsNullOrEmpty(c.Metadata) ? "Element" : MermaidText.Escape(c.Metadata),
        _ => "Element",
    };

    private static (string Open, string Close) Brackets(Shape? shape) => shape switch
    {
        Shape.Person or Shape.Robot => ("([", "])"),
        Shape.RoundedBox => ("(", ")"),
        Shape.Circle or Shape.Ellipse => ("((", "))"),
        Shape.Cylinder or Shape.Pipe => ("[(", ")]"),
        Shape.Hexagon => ("{{", "}}"),
        Shape.Diamond => ("{", "}"),
        Shape.Folder or Shape.Component => ("[[", "]]"),
        _ => ("[", "]"),
    };

    private static string ClassName(EffectiveElementStyle style)
    {
        // named after what it looks like, so the same style gets the same name in every diagram
        var parts = new[] { style.Background, style.Stroke, style.Color }.Select(c => c?.TrimStart('#') ?? "x").ToList();
        parts.Add(style.StrokeWidth?.ToString(CultureInfo.InvariantCulture) ?? "x");
        parts.Add(style.Border?.ToString().ToLowerInvariant() ?? "x");
        parts.Add(style.Opacity?.ToString(CultureInfo.InvariantCulture) ?? "x");
        return "style_" + string.Join('_', parts);
    }

    private static string Css(EffectiveElementStyle style)
    {
        var css = new List<string>();
        if (style.Background is not null) css.Add("fill:" + style.Background);
        if (style.Stroke is not null) css.Add("stroke:" + style.Stroke);
        if (style.Color is not null) css.Add("color:" + style.Color);
        if (style.StrokeWidth is { } width) css.Add("stroke-width:" + width.ToString(CultureInfo.InvariantCulture) + "px");
        if (style.Border == LineStyle.Dashed) css.Add("stroke-dasharray:10 5");
        if (style.Border == LineStyle.Dotted) css.Add("stroke-dasharray:2 2");
        if (style.Opacity is { } opacity) css.Add("opacity:" + (opacity / 100.0).ToString("0.##", CultureInfo.InvariantCulture));
        return string.Join(',', css);
    }
}
