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
        // One chart for every system's diagram, each written before the next is drawn.
        var diagram = new PlainDiagram();
        foreach (var system in systems)
        {
            markdown.Heading(2, system.Name);
            var partners = PlainModel.Partners(context, system);
            Element Lift(Element e) => e.IsWithin(system) ? PlainModel.BlockOf(system.Containers, e)! : RelationshipsByTopLevel.TopLevelOf(e);
            var relationships = PlainModel.Lifted(PlainModel.Inside(context, system).Concat(PlainModel.Crossing(context, system)).Where(r => !ReferenceEquals(r.Source, system) && !ReferenceEquals(r.Destination, system)), Lift);
            var view = viewOf.GetValueOrDefault(system);
            // The tables list exactly what the diagram shows: the view's elements and relationships, or what is drawn without one.
            IReadOnlyList<Element> containers = system.Containers;
            IReadOnlyList<(Element Source, Element Destination, string? Description, string? Technology)> shown = relationships;
            if (view is not null)
            {
                markdown.Paragraph($"Drawn from the view {Markup.Code(view.Key)}.");
                var (elements, steps) = PlainModel.Contents(view);
                containers = elements.Where(e => e is Container && e.IsWithin(system)).ToList();
                partners = elements.Where(e => !e.IsWithin(system)).ToList();
                shown = steps.Select(s => (s.Relationship.Source, s.Relationship.Destination, s.Description ?? s.Relationship.Description, s.Relationship.Technology)).ToList();
                diagram.Write(markdown, system, opened: true, elements, shown.Select(l => (l.Source, l.Destination, l.Description)), PlainDiagram.DirectionOf(view));
            }
            // People first, as C4 draws them above the system; the systems outside after its containers.
            else diagram.Write(markdown, system, opened: true, [.. partners.Where(p => p is Person), .. system.Containers, .. partners.Where(p => p is not Person)],
                relationships.Select(l => (l.Source, l.Destination, l.Description)));
            markdown.Heading(3, "Containers");
            markdown.Paragraph(containers.Count == system.Containers.Count
                ? $"{system.Name} has {Words.Count(system.Containers.Count, "container")}."
                : $"The view shows {containers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the {Words.Count(system.Containers.Count, "container")} of {system.Name}.");
            markdown.BeginTable(ContainerHeaders, "No containers.");
            foreach (var c in containers) markdown.Row(c.Name, PlainModel.Technology(c), c.Description);
            markdown.EndTable();
            markdown.Heading(3, "People and systems outside");
            markdown.BeginTable(PartnerHeaders, $"No person or system outside {system.Name} interacts with its containers.");
            foreach (var e in partners) markdown.Row(e.Name, PlainModel.Kind(e), e.Description);
            markdown.EndTable();
            markdown.Heading(3, "Relationships");
            markdown.BeginTable(RelationshipHeaders, view is null ? $"No relationships are modelled for the containers of {system.Name}." : "The view shows no relationships.");
            foreach (var l in shown) markdown.Row(l.Source.Name, l.Destination.Name, l.Description, l.Technology);
            markdown.EndTable();
        }
    }

    // Headers of the three tables every system has (thousands of them at scale).
    private static readonly string[] ContainerHeaders = ["Container", "Technology", "Description"];
    private static readonly string[] PartnerHeaders = ["Element", "Kind", "Description"];
    private static readonly string[] RelationshipHeaders = ["From", "To", "Description", "Technology"];
}
