using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>C4 system context diagram, plain: each system with the people and systems it interacts with.</summary>
internal sealed class SystemContextDocument : MarkdownDocumentRenderer
{
    public const string DocumentPath = "standard/c4/system-context.md";

    public override DocumentGroup Group => DocumentGroup.Standard;

    public override string Path => DocumentPath;

    public override string Title => "C4 system context diagram";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var workspace = context.Workspace;
        var systems = PlainModel.SystemsInScope(workspace);
        markdown.Paragraph("Standard C4, rendered from the model alone. Where the workspace has a system context view, the diagram shows its elements and relationships (without styles); "
                           + "otherwise it is drawn from the relationships that cross the system's boundary.");
        if (systems.Count == 0)
        {
            markdown.Note("The model has no software systems, so there is no system context to draw.");
            return;
        }
        var viewOf = PlainModel.FirstPerSystem(workspace.Views.SystemContextViews, v => v.SoftwareSystem);
        // One chart for every system's diagram, each written before the next is drawn.
        var diagram = new PlainDiagram();
        foreach (var system in systems)
        {
            markdown.Heading(2, system.Name);
            var partners = PlainModel.Partners(context, system);
            var lifted = PlainModel.Lifted(PlainModel.Crossing(context, system), e => e.IsWithin(system) ? system : RelationshipsByTopLevel.TopLevelOf(e));
            var view = viewOf.GetValueOrDefault(system);
            // The tables list exactly what the diagram shows: the view's elements and relationships, or what is drawn without one.
            IReadOnlyList<Element> elements = [system, .. partners];
            IReadOnlyList<(Element Source, Element Destination, string? Description, string? Technology)> shown = lifted;
            if (view is not null)
            {
                markdown.Paragraph($"Drawn from the view {Markup.Code(view.Key)}.");
                var (viewElements, steps) = PlainModel.Contents(view);
                elements = viewElements;
                shown = steps.Select(s => (s.Relationship.Source, s.Relationship.Destination, s.Description ?? s.Relationship.Description, s.Relationship.Technology)).ToList();
                diagram.Write(markdown, system, opened: false, elements, shown.Select(l => (l.Source, l.Destination, l.Description)), PlainDiagram.DirectionOf(view));
            }
            // People first, as C4 draws them above the system; one edge per direction between two elements, as C4 draws implied relationships.
            else diagram.Write(markdown, system, opened: false, [.. partners.Where(p => p is Person), system, .. partners.Where(p => p is not Person)], PlainModel.PerPair(lifted));
            markdown.Heading(3, "Elements");
            markdown.Table(["Element", "Kind", "Description"],
                elements.Select(e => (IReadOnlyList<Markup>)[e.Name, PlainModel.Kind(e), e.Description]),
                "No elements.");
            markdown.Heading(3, "Relationships");
            markdown.Table(["From", "To", "Description", "Technology"],
                shown.Select(l => (IReadOnlyList<Markup>)[l.Source.Name, l.Destination.Name, l.Description, l.Technology]),
                view is null ? $"{system.Name} has no relationships with people or systems outside it." : "The view shows no relationships.");
        }
    }
}
