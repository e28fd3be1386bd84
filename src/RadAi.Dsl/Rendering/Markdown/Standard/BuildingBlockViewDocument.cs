using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>arc42 §5 building block view, plain: each system as a whitebox of containers, each container of components.</summary>
internal sealed class BuildingBlockViewDocument : MarkdownDocumentRenderer
{
    public const string DocumentPath = "standard/arc42/05-building-block-view.md";

    public override DocumentGroup Group => DocumentGroup.Standard;

    public override string Path => DocumentPath;

    public override string Title => "arc42 §5 Building block view";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var workspace = context.Workspace;
        var systems = PlainModel.SystemsInScope(workspace);
        markdown.Paragraph("Standard arc42, rendered from the C4 model alone. Level 1 opens each software system into its containers; "
                           + "level 2 opens each container that has components.");
        if (systems.Count == 0)
        {
            markdown.Note("The model has no software systems, so there are no building blocks to describe.");
            return;
        }

        // One chart for every whitebox, each written before the next is drawn.
        var diagram = new PlainDiagram();
        foreach (var system in systems)
        {
            markdown.Heading(2, "Level 1: " + system.Name + " (whitebox)");
            if (!string.IsNullOrWhiteSpace(system.Description)) markdown.Paragraph(system.Description);
            Whitebox(markdown, diagram, context, system, system.Containers, "container", "containers", $"{system.Name} is not broken down into containers.");
        }

        var opened = systems.SelectMany(s => s.Containers).Where(c => c.Components.Count > 0).ToList();
        if (opened.Count == 0)
        {
            markdown.Heading(2, "Level 2");
            markdown.Note("No container is broken down into components.");
            return;
        }
        foreach (var container in opened)
        {
            markdown.Heading(2, "Level 2: " + container.Name + " (whitebox)");
            if (!string.IsNullOrWhiteSpace(container.Description)) markdown.Paragraph(container.Description);
            Whitebox(markdown, diagram, context, container, container.Components, "component", "components", $"{container.Name} has no components.");
        }
    }

    // Headers of the two tables every whitebox has (thousands of them at scale).
    private static readonly string[] BlockHeaders = ["Building block", "Responsibility", "Technology", "Group"];
    private static readonly string[] RelationshipHeaders = ["From", "To", "Description", "Technology"];

    private static void Whitebox(MarkdownWriter markdown, PlainDiagram diagram, DocumentContext context, Element scope, IReadOnlyList<StaticStructureElement> blocks, string block, string blocksNoun, string whenEmpty)
    {
        var relationships = PlainModel.Inside(context, scope);
        // relationships between blocks of this level (component relationships lifted to their containers at level 1)
        var members = blocks.Cast<Element>().ToHashSet();
        var lifted = PlainModel.Lifted(relationships, e => PlainModel.BlockOf(blocks, e) ?? e)
            .Where(l => members.Contains(l.Source) && members.Contains(l.Destination)).ToList();
        // Left to right: a whitebox's groups side by side top to bottom grow wider than a page.
        if (blocks.Count > 0) diagram.Write(markdown, scope, opened: true, blocks, lifted.Select(l => (l.Source, l.Destination, l.Description)), "LR");
        markdown.Paragraph($"{scope.Name} holds {Words.Count(blocks.Count, block)}.");
        markdown.BeginTable(BlockHeaders, whenEmpty);
        foreach (var b in blocks) markdown.Row(b.Name, b.Description, PlainModel.Technology(b), b.Group);
        markdown.EndTable();
        markdown.Heading(3, "Relationships inside " + scope.Name);
        markdown.BeginTable(RelationshipHeaders, $"No relationships are modelled between the {blocksNoun} of {scope.Name}.");
        foreach (var l in lifted) markdown.Row(l.Source.Name, l.Destination.Name, l.Description, l.Technology);
        markdown.EndTable();
    }
}
