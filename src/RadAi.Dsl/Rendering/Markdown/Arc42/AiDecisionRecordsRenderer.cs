using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// E5: one file per AI-ADR (<c>NNNN-&lt;slug of the title&gt;.md</c>, also the decision the DSL imports) with the MADR parts and the AI-specific ones, plus
/// a README listing them. The README is written even when no AI-ADR is recorded, so §9 always has a page that says so
/// and other documents have a stable place to link to.
/// </summary>
internal sealed class AiDecisionRecordsRenderer : DocumentRenderer
{
    public const string Folder = "rad-ai/arc42-extensions/09-ai-decision-records/";
    public const string IndexPath = Folder + "README.md";

    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    /// <summary>
    /// The path of each AI-ADR, in log order. Each record is a file Structurizr's MADR importer reads (the DSL of the set
    /// imports the folder with <c>!adrs … madr</c>, so no second copy is written): named as the DSL names the workspace's
    /// decisions (<c>NNNN-&lt;slug of the title&gt;.md</c>, <see cref="DocumentationFiles.DecisionFileNames"/>), so its
    /// number is the one the DSL gives it; the importer skips the folder's README.
    /// </summary>
    public static IReadOnlyList<(AiDecision Decision, string Path)> Paths(DocumentContext context)
    {
        var names = DocumentationFiles.DecisionFileNames(context.Workspace.Documentation, "the workspace");
        return context.Ai.Decisions.All.Select(d => (d, Folder + names[d.Id])).ToList();
    }

    /// <summary>The decisions the set's DSL imports from this folder instead of writing them again, or null when there are none.</summary>
    public static DecisionsElsewhere? ImportedByDsl(DocumentContext context)
        => context.Ai.Decisions.All.Count == 0 ? null
            : new DecisionsElsewhere(Folder, context.Ai.Decisions.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));

    private const string IndexTitle = "E5 AI architecture decision records";

    public override IReadOnlyList<GeneratedDocument> Write(DocumentContext context, DocumentOutput output)
    {
        var paths = Paths(context);
        return [output.Markdown(IndexPath, IndexTitle, markdown => Index(markdown, paths), UserSectionPlacement.For(context, IndexPath, IndexTitle)),
            .. paths.Select(p => output.Markdown(p.Path, p.Decision.Id + ": " + p.Decision.Title,
                markdown => Record(markdown, p.Decision, p.Path, paths, StoredRecord(context, p.Decision)), frontMatter: FrontMatter(p.Decision)))];
    }

    private static void Index(MarkdownWriter markdown, IReadOnlyList<(AiDecision Decision, string Path)> paths)
    {
        markdown.Paragraph("arc42 §9 extended for AI: each record below is a MADR decision that also states the data it rests on, "
                       + "the fairness and explainability it accepts, how long the model is expected to live and what retrains it.");
        markdown.Table(["ID", "Title", "Date", "Status", "Elements"],
            paths.Select(p => (IReadOnlyList<Markup>)[p.Decision.Id, Markup.Link(p.Decision.Title, DocumentContext.Link(IndexPath, p.Path)),
                Date(p.Decision.Date), StatusText(p.Decision), RadAiText.Names(p.Decision.Elements)]),
            "No AI architecture decisions are recorded.");
        if (paths.Count > 0)
        {
            var byStatus = paths.GroupBy(p => p.Decision.Status).OrderBy(g => g.Key)
                .Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + Words.Of(g.Key).ToLowerInvariant());
            markdown.Paragraph(Words.Count(paths.Count, "AI-ADR") + ": " + string.Join(", ", byStatus) + ".");
        }
    }

    // What Structurizr's MADR importer reads besides the title: the status as the workspace stores it, and the date.
    private static (string, string)[] FrontMatter(AiDecision d) => [("status", d.Status.ToString()), ("date", Date(d.Date))];

    // The record's fenced JSON block as the workspace stores it, so a workspace imported from this file keeps the record.
    private static string? StoredRecord(DocumentContext context, AiDecision d)
        => context.Workspace.Documentation.GetDecision(d.Id) is { } stored ? ConventionSource.FencedBlock(stored.Content, RadAiConvention.DecisionBlockKey) : null;

    private static void Record(MarkdownWriter markdown, AiDecision d, string path, IReadOnlyList<(AiDecision Decision, string Path)> all, string? stored)
    {
        var successor = all.FirstOrDefault(p => p.Decision.Id == d.SupersededBy);
        Markup supersededBy = successor.Path is null ? d.SupersededBy : Markup.Link(successor.Decision.Id, DocumentContext.Link(path, successor.Path));
        markdown.Facts([("Date", Date(d.Date)), ("Status", Words.Of(d.Status)), ("Superseded by", supersededBy),
            ("Deciders", RadAiText.List(d.Deciders)), ("Elements concerned", RadAiText.Names(d.Elements))], "No facts recorded.");
        markdown.Paragraph(Markup.Link("All AI decision records", DocumentContext.Link(path, IndexPath)));

        markdown.Heading(2, "Context");
        Prose(markdown, d.Context, "No context is recorded.");
        markdown.Heading(2, "Decision drivers").Bullets(d.Drivers.Select(Markup.Text), "No decision drivers are recorded.");
        markdown.Heading(2, "Considered alternatives").Table(["Alternative", "Type", "Pros", "Cons"],
            d.Alternatives, a => [a.Name, a.Type, RadAiText.List(a.Pros), RadAiText.List(a.Cons)],
            "No alternatives are recorded.");
        markdown.Heading(2, "Decision outcome");
        Prose(markdown, d.Outcome, "No outcome is recorded.");

        markdown.Heading(2, "AI-specific considerations");
        markdown.Heading(3, "Dataset characteristics");
        var ds = d.Dataset;
        markdown.Facts(ds is null ? [] :
            [("Training dataset size", ds.Size), ("Feature count", ds.FeatureCount), ("Class balance", ds.ClassBalance),
             ("Data freshness", ds.DataFreshness), ("Known biases", ds.KnownBiases), .. ds.Additional.Select(a => (a.Name, (string?)a.Value))],
            "No dataset characteristics are recorded.");
        markdown.Heading(3, "Fairness and bias trade-offs");
        var f = d.Fairness;
        markdown.Facts(f is null ? [] :
            [("Protected attributes considered", RadAiText.List(f.ProtectedAttributes)), ("Fairness metric", f.Metric),
             ("Accepted fairness-accuracy trade-off", f.AcceptedTradeOff), ("Monitoring", f.Monitoring)],
            "No fairness trade-offs are recorded.");
        markdown.Heading(3, "Model lifecycle");
        var l = d.Lifecycle;
        markdown.Facts(l is null ? [] :
            [("Expected model lifetime", l.ExpectedLifetime), ("Retraining triggers", RadAiText.List(l.RetrainingTriggers)),
             ("Retraining strategy", l.RetrainingStrategy), ("Rollback plan", l.RollbackPlan), .. l.Additional.Select(a => (a.Name, (string?)a.Value))],
            "No lifecycle (expected lifetime, retraining triggers) is recorded.");
        markdown.Heading(3, "Explainability");
        var e = d.Explainability;
        markdown.Facts(e is null ? [] : [("Requirement", e.Requirement), ("Chosen method", e.Method), ("Trade-offs", e.TradeOffs)],
            "No explainability choice is recorded.");
        markdown.Heading(3, "Regulatory rationale");
        var r = d.Regulatory;
        markdown.Facts(r is null ? [] : [("Applicable regulations", RadAiText.List(r.Regulations)), ("Documentation requirements met", RadAiText.List(r.RequirementsMet))],
            "No regulatory rationale is recorded.");

        markdown.Heading(2, "Consequences");
        var c = d.Consequences;
        markdown.Table(["Kind", "Consequence"],
            c is null ? [] :
                c.Positive.Select(x => (IReadOnlyList<Markup>)["Positive", x])
                    .Concat(c.Negative.Select(x => (IReadOnlyList<Markup>)["Negative", x]))
                    .Concat(c.Neutral.Select(x => (IReadOnlyList<Markup>)["Neutral", x])),
            "No consequences are recorded.");

        if (stored is null) return;
        markdown.Heading(2, "The record as data");
        markdown.Paragraph("The same record in the RAD-AI convention's JSON, for tools that read this file: the workspace's DSL imports it "
                           + "from here as a Structurizr decision, and reading that workspace gives the AI-ADR back.");
        markdown.Fenced(RadAiConvention.FenceInfoPrefix + RadAiConvention.DecisionBlockKey, stored);
    }

    // Context and outcome are prose: their paragraphs are kept, their text shown as written.
    private static void Prose(MarkdownWriter markdown, string? text, string whenEmpty)
    {
        if (string.IsNullOrWhiteSpace(text)) markdown.Note(whenEmpty);
        else markdown.Paragraph(text);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StatusText(AiDecision d) => Words.Of(d.Status) + (d.SupersededBy is null ? string.Empty : " by " + d.SupersededBy);
}
