using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>arc42 §3 context and scope, plain: the people and systems around each system and the interfaces between them.</summary>
internal sealed class ContextScopeDocument : MarkdownDocumentRenderer
{
    public const string DocumentPath = "standard/arc42/03-context-scope.md";

    public override DocumentGroup Group => DocumentGroup.Standard;

    public override string Path => DocumentPath;

    public override string Title => "arc42 §3 Context and scope";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var workspace = context.Workspace;
        var systems = PlainModel.SystemsInScope(workspace);
        markdown.Paragraph("Standard arc42, rendered from the C4 model alone: elements, relationships, descriptions and technologies. "
                           + "Interfaces are the relationships that cross a system's boundary.");
        if (systems.Count == 0)
        {
            markdown.Note("The model has no software systems, so there is no context to describe.");
            return;
        }

        markdown.Heading(2, "Business context");
        // One chart for every system's diagram, each written before the next is drawn.
        var diagram = new PlainDiagram();
        foreach (var system in systems)
        {
            markdown.Heading(3, system.Name);
            if (!string.IsNullOrWhiteSpace(system.Description)) markdown.Paragraph(system.Description);
            var partners = PlainModel.Partners(context, system);
            var lifted = PlainModel.Lifted(PlainModel.Crossing(context, system), e => e.IsWithin(system) ? system : RelationshipsByTopLevel.TopLevelOf(e));
            // One edge per direction between two elements, as C4 draws implied relationships: the table lists each interaction.
            if (partners.Count > 0) diagram.Write(markdown, system, opened: false, [system, .. partners], PlainModel.PerPair(lifted), "LR");
            markdown.Table(["Partner", "Kind", "Description", "Interaction"],
                partners.Select(p => (IReadOnlyList<Markup>)[p.Name, PlainModel.Kind(p), p.Description, Interaction(system, p, lifted)]),
                $"{system.Name} has no relationships with people or systems outside it.");
        }

        markdown.Heading(2, "Technical context");
        foreach (var system in systems)
        {
            markdown.Heading(3, system.Name);
            markdown.Table(["Interface", "From", "To", "Direction", "Technology", "Interaction style"],
                PlainModel.Crossing(context, system).Select(r => (IReadOnlyList<Markup>)
                [
                    r.Description, r.Source.Name, r.Destination.Name, r.Source.IsWithin(system) ? "Outbound" : "Inbound", r.Technology, PlainModel.Style(r),
                ]),
                $"No relationship crosses the boundary of {system.Name}.");
        }
    }

    private static string Interaction(SoftwareSystem system, Element partner, IEnumerable<(Element Source, Element Destination, string? Description, string? Technology)> lifted)
    {
        var parts = lifted.Where(l => ReferenceEquals(l.Source, partner) || ReferenceEquals(l.Destination, partner))
            .Select(l => (ReferenceEquals(l.Source, partner) ? "inbound" : "outbound") + (string.IsNullOrWhiteSpace(l.Description) ? string.Empty : ": " + l.Description))
            .Distinct();
        return string.Join("; ", parts);
    }
}
