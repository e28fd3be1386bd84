using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// E5: one file per AI-ADR (<c>adr-NNN-&lt;slug of the title&gt;.md</c>) with the MADR parts and the AI-specific ones, plus
/// a README listing them. The README is written even when no AI-ADR is recorded, so §9 always has a page that says so
/// and other documents have a stable place to link to.
/// </summary>
internal sealed class AiDecisionRecordsRenderer : DocumentRenderer
{
    public const string Folder = "rad-ai/arc42-extensions/09-ai-decision-records/";
    public const string IndexPath = Folder + "README.md";

    public override DocumentGroup Group => DocumentGroup.RadAiArc42;

    /// <summary>
    /// The file name of each AI-ADR, in log order: the number the id ends with (three digits at least; the record's place
    /// when the id ends with none or with more than nine digits) and the title's slug, made with
    /// <see cref="PortableFileNames"/>. Two records whose names would be equal ignoring case (AI-ADR-001, ML-ADR-001 with
    /// one title) keep apart by the whole id, then by a counter.
    /// </summary>
    public static IReadOnlyList<(AiDecision Decision, string Path)> Paths(IReadOnlyList<AiDecision> decisions)
    {
        var result = new List<(AiDecision, string)>(decisions.Count);
        var names = new PortableFileNames();
        names.Claim("README", ".md");
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            var number = LastNumber(d.Id) is { Length: <= 9 } significant
                ? significant.PadLeft(3, '0')
                : (i + 1).ToString("000", CultureInfo.InvariantCulture);
            var slug = PortableFileNames.Slug(d.Title);
            if (!names.TryClaim(Join("adr-" + number, slug), ".md", out var name))
                name = names.Claim(Join("adr-" + PortableFileNames.Slug(d.Id), slug), ".md");
            result.Add((d, Folder + name));
        }
        return result;
    }

    /// <summary>The last run of ASCII digits in the id without leading zeros ("AI-ADR-012" → "12"), or null when it has none.</summary>
    private static string? LastNumber(string id)
    {
        var end = id.Length;
        while (end > 0 && !char.IsAsciiDigit(id[end - 1])) end--;
        if (end == 0) return null;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(id[start - 1])) start--;
        return id[start..end].TrimStart('0');
    }

    private static string Join(string stem, string slug) => slug.Length == 0 ? stem : stem + "-" + slug;

    private const string IndexTitle = "E5 AI architecture decision records";

    public override IReadOnlyList<GeneratedDocument> Write(DocumentContext context, DocumentOutput output)
    {
        var paths = Paths(context.Ai.Decisions.All);
        return [output.Markdown(IndexPath, IndexTitle, markdown => Index(markdown, paths), UserSectionPlacement.For(context, IndexPath, IndexTitle)),
            .. paths.Select(p => output.Markdown(p.Path, p.Decision.Id + ": " + p.Decision.Title, markdown => Record(markdown, p.Decision, p.Path, paths)))];
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

    private static void Record(MarkdownWriter markdown, AiDecision d, string path, IReadOnlyList<(AiDecision Decision, string Path)> all)
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
