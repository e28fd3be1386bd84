using System.Globalization;
using RadAi.Dsl.Analysis;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The index README.md, the entry point of the set: what the system is, its AI components and stakeholders, what the
/// standard documents cannot say and which RAD-AI document says it, the computed scores, then one line per document
/// and where the set came from. Everything is read from the model and the computed analyses.
/// </summary>
internal static class DocumentIndex
{
    public const string Path = "README.md";

    public static GeneratedDocument Write(DocumentContext context, string? source, IReadOnlyList<(DocumentGroup Group, GeneratedDocument Document)> documents, DocumentOutput output)
    {
        var title = context.Workspace.Name + " — architecture documentation";
        return output.Markdown(Path, title, markdown => Write(markdown, context, source, documents), UserSectionPlacement.For(context.Ai, Path, title));
    }

    private static void Write(MarkdownWriter markdown, DocumentContext context, string? source, IReadOnlyList<(DocumentGroup Group, GeneratedDocument Document)> documents)
    {
        var workspace = context.Workspace;
        var ai = context.Ai;
        if (!string.IsNullOrWhiteSpace(workspace.Description)) markdown.Paragraph(workspace.Description);
        var listed = documents.Where(d => d.Document.Listed).Select(d => d.Document.Path).ToHashSet(StringComparer.Ordinal);

        var systems = Described(workspace);
        markdown.Heading(2, "The system");
        markdown.Table(["System", "Description"],
            systems.Select(s => (IReadOnlyList<Markup>)[Markup.Strong(s.Name), s.Description]),
            "No software system is modelled.");
        markdown.Table(["Building block", "Technology", "Description"],
            systems.SelectMany(s => s.Containers).Select(c => (IReadOnlyList<Markup>)[c.Name, c.Technology, c.Description]),
            "The system has no containers.");

        markdown.Heading(2, "AI components");
        markdown.Table(["Component", "Stereotype", "Technology", "Description"],
            ai.Stereotypes.Elements.Select(s => (IReadOnlyList<Markup>)[s.Name, s.Stereotype.BracketLabel, (s.Element as Container)?.Technology, s.Element.Description]),
            "No element carries a RAD-AI stereotype.");

        markdown.Heading(2, "Stakeholders");
        markdown.Table(["Person", "Description"], workspace.Model.People.Select(p => (IReadOnlyList<Markup>)[p.Name, p.Description]), "No people are modelled.");

        var analysis = context.Analyses.GapAnalysis;
        markdown.Heading(2, "What the standard documents cannot say");
        markdown.Paragraph("Per concern of the gap analysis that the RAD-AI documents cover better than standard arc42 and C4: what the standard documents lack and where it is said instead.");
        markdown.Table(["Concern", "Standard", "RAD-AI", "What the standard documents lack", "Where it is said"],
            analysis.Concerns.Where(c => c.RadAi.Score() > c.Standard.Score()).Select(c => (IReadOnlyList<Markup>)
            [
                c.Concern.Title, Words.Of(c.Standard).ToLowerInvariant(), Words.Of(c.RadAi).ToLowerInvariant(),
                c.StandardLacks.Count == 0 ? "nothing recorded" : string.Join(", ", c.StandardLacks),
                Markup.Join(", ", c.Extensions.Select(e => ExtensionLink(e, listed))),
            ]),
            "The RAD-AI documents cover no concern better than the standard ones.");

        markdown.Heading(2, "At a glance");
        var report = context.Analyses.Inspections;
        var checklist = context.Analyses.Checklist;
        markdown.Bullets(
        [
            Markup.Of($"{Markup.Link("Gap analysis", DocumentContext.Link(Path, GapAnalysisRenderer.DocumentPath))}: standard arc42/C4 {Score(analysis.StandardScore, analysis.MaxScore)}, RAD-AI {Score(analysis.RadAiScore, analysis.MaxScore)}."),
            Markup.Of($"Inspections: {Words.Count(report.Count(InspectionSeverity.Error), "error")}, {Words.Count(report.Count(InspectionSeverity.Warning), "warning")}, "
                      + $"{Number(report.Count(InspectionSeverity.Info))} info, {Number(report.SuppressedCount)} suppressed with a reason (run {Markup.Code("radai validate workspace.json")} for the list)."),
            Markup.Of($"{Markup.Link("EU AI Act Annex IV checklist", DocumentContext.Link(Path, AnnexIvChecklistRenderer.DocumentPath))}: {Number(checklist.DocumentedCount)} of {Number(checklist.Items.Count)} items documented."),
        ], "Nothing to show.");

        foreach (var (group, heading) in Groups)
        {
            var links = documents.Where(d => d.Group == group && d.Document.Listed)
                .Select(d => Line(d.Document)).ToList();
            // The DSL's decision files hold the decisions that are not AI-ADRs (those it imports from E5's folder); they
            // are documents of their own, so they are linked.
            if (group == DocumentGroup.Workspace)
                links.AddRange(documents.Where(d => d.Group == group && !d.Document.Listed && IsDslDecision(d.Document.Path))
                    .Select(d => Markup.Of($"{Markup.Link(d.Document.Path, DocumentContext.Link(Path, d.Document.Path))}: a decision of the workspace, as the Structurizr DSL imports it")));
            if (links.Count == 0) continue;
            markdown.Heading(2, heading).Bullets(links, "No documents.");
        }

        markdown.Heading(2, "Where this documentation comes from");
        markdown.Paragraph($"Generated by RadAi.Dsl from {source ?? "the workspace's model"}. Standard documents show what arc42 and C4 can say on their own; "
                           + "the RAD-AI documents add what they cannot say about the AI parts of the system. Change the model and generate again rather than editing these files.");
    }

    private static Markup Line(GeneratedDocument document)
    {
        var link = Markup.Link(document.Title, DocumentContext.Link(Path, document.Path));
        if (document.Path.StartsWith(AiDecisionRecordsRenderer.Folder, StringComparison.Ordinal) && document.Path != AiDecisionRecordsRenderer.IndexPath)
            return Markup.Of($"{link}: one AI architecture decision record");
        return Summaries.TryGetValue(document.Path, out var summary) ? Markup.Of($"{link}: {summary}") : link;
    }

    // A link to the extension's document (E5's folder links to its README) when the set has it; else its id alone.
    private static Markup ExtensionLink(RadAiExtension extension, HashSet<string> listed)
    {
        var target = extension.DocumentPath();
        if (target.EndsWith('/')) target += "README.md";
        var label = extension.Id() + " " + extension.Name();
        return listed.Contains(target) ? Markup.Link(label, DocumentContext.Link(Path, target)) : Markup.Of($"{label}");
    }

    // The systems the set is about: those with a system context or container view of their own; else those in scope.
    private static IReadOnlyList<SoftwareSystem> Described(Workspace workspace)
    {
        var viewed = workspace.Views.SystemContextViews.Select(v => v.SoftwareSystem)
            .Concat(workspace.Views.ContainerViews.Select(v => v.SoftwareSystem)).Distinct().ToList();
        return viewed.Count > 0 ? viewed : PlainModel.SystemsInScope(workspace);
    }

    private static bool IsDslDecision(string path)
        => path.StartsWith("adrs/", StringComparison.Ordinal) || path.Contains("/adrs/", StringComparison.Ordinal);

    private static string Score(double score, int max) => Words.Number(score) + " of " + Number(max);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Summaries = new(StringComparer.Ordinal)
    {
        [WorkspaceJsonRenderer.JsonPath] = "the whole model, RAD-AI facts included, as a Structurizr workspace",
        [DslExport.WorkspaceFileName] = "the same workspace as Structurizr DSL, with the decisions it imports",
        [ContextScopeDocument.DocumentPath] = "the system, its users and neighbours, and the interfaces between them",
        [BuildingBlockViewDocument.DocumentPath] = "the containers, grouped, with their responsibilities",
        [RuntimeViewDocument.DocumentPath] = "the dynamic views, step by step",
        [SystemContextDocument.DocumentPath] = "the C4 system context diagram",
        [ContainerDiagramDocument.DocumentPath] = "the C4 container diagram",
        [ExtensionPaths.BoundaryDelineation] = "which parts are non-deterministic, their contracts, failure modes and key metrics",
        [ExtensionPaths.ModelRegistry] = "every model with its versions, data, metrics and lifecycle",
        [ExtensionPaths.DataPipelines] = "the pipelines, stages, features, quality checks and feedback loops",
        [ExtensionPaths.ResponsibleAi] = "fairness, explainability, privacy and human oversight",
        [AiDecisionRecordsRenderer.IndexPath] = "the AI architecture decisions, with their data and fairness reasoning",
        [AiQualityScenariosRenderer.DocumentPath] = "measurable quality scenarios for the AI parts",
        [AiDebtRegisterRenderer.DocumentPath] = "ML-specific technical debt and how it is paid down",
        [OperationalAiViewRenderer.DocumentPath] = "drift detection, retraining, canaries, rollbacks and signals",
        [StereotypedContainerDiagramRenderer.DocumentPath] = "the container diagram with each AI container's stereotype",
        [DataLineageOverlayRenderer.DocumentPath] = "where the data comes from, how fresh it is and how private",
        [NonDeterminismBoundaryRenderer.DocumentPath] = "regions, confidence gates, fallbacks and degradation",
        [GapAnalysisRenderer.DocumentPath] = "what the standard and the RAD-AI documents can show, concern by concern",
        [AnnexIvChecklistRenderer.DocumentPath] = "which Annex IV items the model documents, and where",
    };

    /// <summary>The index's sections of document links, in order, with their headings (the site's navigation too).</summary>
    internal static readonly (DocumentGroup Group, string Heading)[] Groups =
    [
        (DocumentGroup.Workspace, "Structurizr workspace"),
        (DocumentGroup.Standard, "Standard arc42 and C4"),
        (DocumentGroup.RadAiArc42, "RAD-AI arc42 extensions"),
        (DocumentGroup.RadAiC4, "RAD-AI C4 extensions"),
        (DocumentGroup.Analysis, "Analyses"),
    ];
}
