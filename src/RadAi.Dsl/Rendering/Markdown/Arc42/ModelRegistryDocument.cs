using System.Globalization;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>E2 model registry view (extends arc42 §5): models as building blocks with versions, data lineage, dependencies and baselines.</summary>
internal sealed class ModelRegistryDocument : MarkdownDocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    public override string Path => ExtensionPaths.ModelRegistry;

    public override string Title => "E2 Model registry view";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var ai = context.Ai;
        var registry = ai.Registry;
        markdown.Paragraph($"> **Extends:** arc42 §5 Building block view. Standard counterpart: "
                           + $"{Markup.Link("arc42 §5", DocumentContext.Link(Path, BuildingBlockViewDocument.DocumentPath))}.");
        markdown.Paragraph($"Models change by retraining rather than by code commits, so each one is listed here with its own version history, "
                           + $"training data and performance contract. The registry holds {Words.Count(registry.Models.Count, "model")} and "
                           + $"{Words.Count(registry.Tools.Count, "registry tool")}. Where the data comes from is in the "
                           + $"{Markup.Link("data pipeline view", DocumentContext.Link(Path, ExtensionPaths.DataPipelines))}; fairness and explainability in "
                           + $"{Markup.Link("responsible AI concepts", DocumentContext.Link(Path, ExtensionPaths.ResponsibleAi))}.");

        markdown.Heading(2, "Model inventory");
        markdown.BeginTable(["Model ID", "Name", "Task", "Framework", "Current version", "Status", "Serving mode", "Element"], registry.Models, "No models are registered.");
        foreach (var m in registry.Models) markdown.Row(m, m.Id, m.Name, m.Task, m.Framework, m.CurrentVersion, m.Status?.Name, m.ServingMode, m.Element.Name);
        markdown.EndTable();

        markdown.Heading(2, "Model lifecycle");
        if (registry.Models.Count == 0) markdown.Note("No models are registered, so there is no version history to draw.");
        else
        {
            markdown.Paragraph("The version history of every model, oldest first; the current version has a thick border.");
            Lifecycle(markdown, registry.Models);
        }

        RegistryStagesSection.Write(markdown, registry.LifecycleStages);

        markdown.Heading(2, "Model details");
        if (registry.Models.Count == 0) markdown.Note("No models are registered.");
        foreach (var model in registry.Models) Details(markdown, model);

        markdown.Heading(2, "Integration with model registry tools");
        markdown.Table(["Tool", "Capability", "Purpose", "Link"],
            registry.Tools, t => [t.Tool, t.Capability, t.Purpose, t.Link],
            "No model registry tools are recorded.");
    }

    // Headers of the tables every model has (thousands of them at scale).
    private static readonly string[] VersionHeaders = ["Version", "Training date", "Dataset version", "Key metrics", "Deployment date", "Status", "Notes"];
    private static readonly string[] HyperparameterHeaders = ["Parameter", "Value", "Rationale"];
    private static readonly string[] TrainingDataHeaders = ["Dataset", "Source", "Records", "Features", "Refresh cadence"];
    private static readonly string[] ArchitectureHeaders = ["Module", "Role", "Framework"];
    private static readonly string[] BaselineHeaders = ["Metric", "Description", "Baseline", "Current", "Alert threshold"];

    private static void Details(MarkdownWriter markdown, RegisteredModel model)
    {
        markdown.Heading(3, model.Name + " (" + model.Id + ")");
        markdown.Facts(
        [
            ("Purpose", model.Purpose), ("Task", model.Task ?? MarkdownText.NotStated), ("Element", model.Element.Name + " (" + PlainModel.Kind(model.Element.Element) + ")"),
            ("Current version", model.CurrentVersion ?? MarkdownText.NotStated), ("Status", model.Status?.Name ?? MarkdownText.NotStated), ("Serving mode", model.ServingMode),
        ], "No details.");

        markdown.Heading(4, "Versioning");
        markdown.BeginTable(VersionHeaders, model.Versions, $"No version history is recorded for {model.Id}.");
        foreach (var v in model.Versions)
            markdown.Row(v, v.Version, Date(v.TrainingDate) ?? v.TrainingPeriod, v.DatasetVersion, string.Join(", ", v.KeyMetrics),
                Date(v.DeploymentDate), v.Status?.Name, Join(v.KeyChange, v.Notes));
        markdown.EndTable();

        markdown.Heading(4, "Hyperparameters");
        markdown.BeginTable(HyperparameterHeaders, model.Hyperparameters, $"No hyperparameters are recorded for {model.Id}.");
        foreach (var h in model.Hyperparameters) markdown.Row(h, h.Name, h.Value, h.Rationale);
        markdown.EndTable();

        markdown.Heading(4, "Training data lineage");
        markdown.BeginTable(TrainingDataHeaders, model.TrainingData, $"No training data is recorded for {model.Id}.");
        foreach (var d in model.TrainingData)
            markdown.Row(d, d.Name, d.SourceId is null ? d.Source : d.Source + " (" + d.SourceId + ")", d.Records, d.Features, FreshnessWords.Of(d.Refresh));
        markdown.EndTable();

        markdown.Heading(4, "Architecture");
        markdown.BeginTable(ArchitectureHeaders, model.Architecture, $"No architecture modules are recorded for {model.Id}.");
        foreach (var a in model.Architecture) markdown.Row(a, a.Name, a.Role, a.Framework);
        markdown.EndTable();

        markdown.Heading(4, "Dependencies");
        markdown.Paragraph("Computed from the relationships of " + model.Element.Name + " in the model.");
        markdown.Bullets(
        [
            Markup.Of($"Upstream: {Elements(ModelRegistry.UpstreamOf(model), "nothing modelled feeds it")}"),
            Markup.Of($"Downstream: {Elements(ModelRegistry.DownstreamOf(model), "nothing modelled consumes its output")}"),
        ], "No dependencies.");

        markdown.Heading(4, "Performance baselines");
        markdown.BeginTable(BaselineHeaders, model.Baselines, $"No performance baselines are recorded for {model.Id}.");
        foreach (var b in model.Baselines) markdown.Row(b, b.Metric, b.Description, b.Baseline?.Text ?? MarkdownText.NotStated, b.Current?.Text ?? MarkdownText.NotStated, b.AlertThreshold?.ToString());
        markdown.EndTable();

        markdown.Heading(4, "Model card");
        var card = model.Card;
        markdown.Facts(
        [
            ("Intended use", card?.IntendedUse), ("Limitations", card?.Limitations), ("Fairness assessment", card?.FairnessAssessment),
            ("Ethical considerations", card?.EthicalConsiderations), ("Full card", card?.Link),
        ], $"No model card is recorded for {model.Id}.");
    }

    /// <summary>The most models one lifecycle diagram shows, and the most versions it shows of one model.</summary>
    internal const int ModelsPerDiagram = 8, VersionsPerModel = 6;

    /// <summary>The most lifecycle diagrams the document draws; the other models' versions are in their details.</summary>
    internal const int MaxLifecycleDiagrams = 5;

    // One row per model, oldest version on the left, in the table's order; more models than one picture holds are
    // drawn in several diagrams, and a model with a long history shows its latest versions, saying so.
    private static void Lifecycle(MarkdownWriter markdown, IReadOnlyList<RegisteredModel> models)
    {
        var parts = (models.Count + ModelsPerDiagram - 1) / ModelsPerDiagram;
        if (parts > MaxLifecycleDiagrams)
        {
            var drawn = MaxLifecycleDiagrams * ModelsPerDiagram;
            markdown.Paragraph("The first " + Words.Count(drawn, "model") + " of " + models.Count.ToString(CultureInfo.InvariantCulture) + " are drawn, in "
                               + MaxLifecycleDiagrams.ToString(CultureInfo.InvariantCulture) + " diagrams of " + ModelsPerDiagram.ToString(CultureInfo.InvariantCulture)
                               + " models each, in the table's order; the versions of the other " + Words.Count(models.Count - drawn, "model")
                               + " are listed in the model details below.");
            models = [.. models.Take(drawn)];
            parts = MaxLifecycleDiagrams;
        }
        else if (parts > 1)
            markdown.Paragraph("The " + Words.Count(models.Count, "model") + " are drawn in " + parts.ToString(CultureInfo.InvariantCulture)
                               + " diagrams of at most " + ModelsPerDiagram.ToString(CultureInfo.InvariantCulture) + " models each, in the table's order.");
        var longer = models.Where(m => m.Versions.Count > VersionsPerModel).Select(m => m.Id).ToList();
        if (longer.Count > 0)
            markdown.Paragraph("Each model shows its latest " + VersionsPerModel.ToString(CultureInfo.InvariantCulture) + " versions; the earlier versions of "
                               + string.Join(", ", longer) + " are left out of the picture and listed in the model details below.");
        for (var part = 0; part < parts; part++)
            markdown.Mermaid(Lifecycle(models.Skip(part * ModelsPerDiagram).Take(ModelsPerDiagram).ToList()));
    }

    private static MermaidFlowchart Lifecycle(List<RegisteredModel> models)
    {
        var chart = new MermaidFlowchart("LR");
        var edges = new List<(string From, string To, string? Label)>();
        // Mermaid stacks unconnected subgraphs bottom-up in the order they are declared: declared last to first, the
        // rows read top-down in the table's order.
        for (var m = models.Count - 1; m >= 0; m--)
        {
            var model = models[m];
            IReadOnlyList<ModelVersion> versions = model.Versions.Count > 0 ? model.Versions
                : model.CurrentVersion is { } current ? [new ModelVersion(current) { Status = model.Status }] : [];
            if (versions.Count > VersionsPerModel) versions = versions.Skip(versions.Count - VersionsPerModel).ToList();
            chart.Subgraph(model.Id + " " + model.Name, () =>
            {
                string? previous = null;
                foreach (var version in versions)
                {
                    var key = model.Id + "@" + version.Version;
                    var when = Date(version.DeploymentDate) ?? Date(version.TrainingDate) ?? version.TrainingPeriod;
                    chart.Node(key, NodeShape.Rounded, version.Version, version.Status?.Name, when);
                    if (ModelVersion.SameVersion(version.Version, model.CurrentVersion)) chart.Style(key, "current", "stroke-width:3px");
                    if (previous is not null) edges.Add((previous, key, version.KeyChange));
                    previous = key;
                }
            }, direction: "LR");
        }
        foreach (var (from, to, label) in edges) chart.Edge(from, to, label);
        return chart;
    }

    private static Markup Elements(IReadOnlyList<Element> elements, string whenNone)
        => elements.Count == 0 ? Markup.Emphasis(whenNone) : string.Join(", ", elements.Select(e => e.Name + " (" + PlainModel.Kind(e) + ")"));

    // A date as written: "2022 (inferred)" stays that, never a day the source did not state.
    private static string? Date(PartialDate? date) => date?.Text;


    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join("; ", present);
    }
}
