using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>C4 container diagram, plain: each system's containers and the people and systems they talk to.</summary>
internal sealed class ContainerDiagramDocument : MarkdownDocumentRenderer
{
    public const string DocumentPath = "standard/c4/container-diagram.md";

    public override DocumentGroup Group => DocumentGroup.Standard;

    public override string Path => DocumentPath;

    public override string Title => "C4 container diagram";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var workspace = context.Workspace;
        var systems = workspace.Model.SoftwareSystems.Where(s => s.Containers.Count > 0).ToList();
        markdown.Paragraph("Standard C4, rendered from the model alone. Where the workspace has a container view, the diagram shows its elements and relationships (without styles); "
                           + "otherwise it is drawn from the containers and their relationships.");
        if (systems.Count == 0)
        {
            markdown.Note("No software system in the model has containers, so there is no container diagram.");
            return;
        }
        var viewOf = PlainModel.FirstPerSystem(workspace.Views.ContainerViews, v => v.SoftwareSystem);
        // One chart for every system's view, each written before the next is drawn.
        var viewChart = new MermaidFlowchart("TB");
        foreach (var system in systems)
        {
            markdown.Heading(2, system.Name);
            var partners = PlainModel.Partners(context, system);
            Element Lift(Element e) => e.IsWithin(system) ? PlainModel.BlockOf(system.Containers, e)! : RelationshipsByTopLevel.TopLevelOf(e);
            var relationships = PlainModel.Lifted(PlainModel.Inside(context, system).Concat(PlainModel.Crossing(context, system)).Where(r => !ReferenceEquals(r.Source, system) && !ReferenceEquals(r.Destination, system)), Lift);
            var view = viewOf.GetValueOrDefault(system);
            if (view is not null) markdown.Paragraph($"Drawn from the view {Markup.Code(view.Key)}.").Mermaid(PlainModel.ViewDiagram(viewChart, view, system));
            else markdown.Mermaid(Diagram(system, partners, relationships));
            markdown.Heading(3, "Containers");
            markdown.Paragraph($"{system.Name} has {Words.Count(system.Containers.Count, "container")}.");
            markdown.BeginTable(ContainerHeaders, "No containers.");
            foreach (var c in system.Containers) markdown.Row(c.Name, c.Technology, c.Description);
            markdown.EndTable();
            markdown.Heading(3, "People and systems outside");
            markdown.BeginTable(PartnerHeaders, $"No person or system outside {system.Name} interacts with its containers.");
            foreach (var e in partners) markdown.Row(e.Name, PlainModel.Kind(e), e.Description);
            markdown.EndTable();
            markdown.Heading(3, "Relationships");
            markdown.BeginTable(RelationshipHeaders, $"No relationships are modelled for the containers of {system.Name}.");
            foreach (var l in relationships) markdown.Row(l.Source.Name, l.Destination.Name, l.Description, l.Technology);
            markdown.EndTable();
        }
    }

    // Headers of the three tables every system has (thousands of them at scale).
    private static readonly string[] ContainerHeaders = ["Container", "Technology", "Description"];
    private static readonly string[] PartnerHeaders = ["Element", "Kind", "Description"];
    private static readonly string[] RelationshipHeaders = ["From", "To", "Description", "Technology"];

    private static MermaidFlowchart Diagram(SoftwareSystem system, IReadOnlyList<Element> partners, IEnumerable<(Element Source, Element Destination, string? Description, string? Technology)> relationships)
    {
        var chart = new MermaidFlowchart("TB");
        foreach (var partner in partners.Where(p => p is Person)) PlainModel.Node(chart, partner);
        chart.Subgraph(system.Name + "\n[Software System]", () => { foreach (var container in system.Containers) PlainModel.Node(chart, container); });
        foreach (var partner in partners.Where(p => p is not Person)) PlainModel.Node(chart, partner);
        foreach (var (source, destination, description, technology) in relationships)
            if (chart.Has(source.Id) && chart.Has(destination.Id))
                chart.Edge(source.Id, destination.Id, description, technology);
        return chart;
    }
}
