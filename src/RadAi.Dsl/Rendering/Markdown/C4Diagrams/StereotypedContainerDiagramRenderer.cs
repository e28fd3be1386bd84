using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// C4-E1: the container diagram of each software system with the AI stereotypes shown as labels ([ML], [DP], [FS], [MON],
/// [HITL] and custom ones) and styled per stereotype, the stereotype legend and the AI component inventory.
/// </summary>
internal sealed class StereotypedContainerDiagramRenderer : MarkdownDocumentRenderer
{
    public const string DocumentPath = "rad-ai/c4-diagrams/container-diagram.md";

    public override DocumentGroup Group => DocumentGroup.RadAiC4;

    public override string Path => DocumentPath;

    public override string Title => "Container diagram with AI stereotypes";

    /// <summary>The most systems whose container diagrams one document draws: past that a page stops being read.</summary>
    internal const int MaxSystemsDrawn = 20;

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var catalog = context.Ai.Stereotypes;
        var model = context.Workspace.Model;
        var stereotyped = catalog.Elements;
        markdown.Paragraph("C4 container level with the RAD-AI stereotypes: models, data pipelines, feature stores, monitors and "
                           + "human review points are labelled and coloured by kind, so the AI parts of the system stand out from plain containers.");
        markdown.Bullets([
            Markup.Link("Data lineage overlay", DocumentContext.Link(DocumentPath, DataLineageOverlayRenderer.DocumentPath)),
            Markup.Link("Non-determinism boundary", DocumentContext.Link(DocumentPath, NonDeterminismBoundaryRenderer.DocumentPath)),
        ], "");

        // Each count reads every element's tags: once per stereotype, for the table and the summary line.
        var counts = catalog.All.Select(s => (Stereotype: s, catalog.FindAll(s).Count)).ToList();
        markdown.Heading(2, "Stereotypes").Table(["Stereotype", "Label", "Description", "Required properties", "Elements", "Drawn as"],
            counts.Select(c => (IReadOnlyList<Markup>)["<<" + c.Stereotype.Name + ">>", c.Stereotype.BracketLabel, c.Stereotype.Description,
                RadAiText.List(c.Stereotype.RequiredProperties.Select(p => p.Key)), c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StyleText(context.Workspace, c.Stereotype)]),
            "No stereotypes are known.");

        // Systems with AI elements first, each group in model order.
        var systems = model.SoftwareSystems.Where(s => s.Containers.Count > 0)
            .OrderBy(s => s.Containers.Any(c => catalog.FindElement(c) is not null) ? 0 : 1).ToList();
        markdown.Heading(2, "Container diagrams");
        if (systems.Count == 0) markdown.Note("The model has no containers, so there is no container diagram.");
        if (systems.Count > MaxSystemsDrawn)
            markdown.Paragraph(Words.Count(systems.Count, "software system") + " have containers, more than one page shows readably: the diagrams of the first "
                               + MaxSystemsDrawn.ToString(System.Globalization.CultureInfo.InvariantCulture) + " are drawn (those with AI elements first, in model order); "
                               + "the AI components of every system are listed in the inventory below.");
        var diagrams = new StereotypedSystemDiagrams(context);
        foreach (var system in systems.Take(MaxSystemsDrawn))
        {
            if (systems.Count > 1) markdown.Heading(3, system.Name);
            diagrams.Write(markdown, system);
        }
        if (systems.Count > 0 && stereotyped.Count == 0) markdown.Note("No element carries an AI stereotype.");

        markdown.Heading(2, "AI component inventory").BeginTable(["Element", "Stereotype", "Type", "Part of", "Technology", "Key properties", "Missing properties"],
            "No element carries an AI stereotype.");
        foreach (var e in stereotyped)
            markdown.Row(AiNames.Of(context.Ai, e.Element), e.Stereotype.BracketLabel, RadAiText.TypeOf(e.Element), e.Element.Parent?.Name, Technology(e.Element), context.AnnotationOf(e), MissingProperties(e));
        markdown.EndTable();
        if (stereotyped.Count > 0)
        {
            var summary = counts.Where(x => x.Count > 0).Select(x => x.Count + " " + x.Stereotype.BracketLabel);
            markdown.Paragraph(Words.Count(stereotyped.Count, "AI element") + ": " + string.Join(", ", summary) + ".");
        }
    }

    // Most elements carry every required property: the list is made only when one is missing.
    private static string? MissingProperties(StereotypedElement element)
    {
        List<string>? missing = null;
        foreach (var property in element.Stereotype.RequiredProperties)
            if (element.Get(property.Key) is null) (missing ??= []).Add(property.Key);
        return missing is null ? null : RadAiText.List(missing);
    }

    // What the diagrams draw for the stereotype: Mermaid's shape (not Structurizr's, which Mermaid may not have) and fill.
    private static string StyleText(Workspace workspace, Stereotype stereotype)
        => DiagramPalette.ShapeName(DiagramPalette.ShapeOf(workspace, stereotype)) + ", " + DiagramPalette.StereotypeFill(workspace, stereotype);

    private static string? Technology(Element element) => element switch
    {
        Container c => c.Technology,
        Component c => c.Technology,
        _ => null,
    };
}
