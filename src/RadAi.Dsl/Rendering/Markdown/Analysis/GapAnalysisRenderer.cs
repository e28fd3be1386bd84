using System.Globalization;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// gap-analysis.md: the computed <see cref="GapAnalysis"/> as a document — scores, a table concern by concern, an
/// explanation of each verdict from the model, and the rules that decided them.
/// </summary>
internal sealed class GapAnalysisRenderer : MarkdownDocumentRenderer
{
    public override DocumentGroup Group => DocumentGroup.Analysis;

    public const string DocumentPath = "gap-analysis.md";

    public override string Path => DocumentPath;

    public override string Title => "Gap analysis: standard arc42/C4 and RAD-AI";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var analysis = context.Analyses.GapAnalysis;
        var planned = DocumentCatalog.For(context.Ai).OfType<MarkdownDocumentRenderer>().Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var max = analysis.MaxScore;

        var which = ReferenceEquals(context.Concerns, RadAiConcerns.All)
            ? "each concern of RAD-AI's ten-item concern coverage matrix"
            : max == 1 ? "the one concern declared for this system" : $"each of the {Words.Count(max, "concern")} declared for this system";
        markdown.Paragraph($"This analysis is computed from the model, not written by hand. For {which} it checks what the "
                           + "model records, then asks how much of it the standard arc42/C4 documents (rendered with the AI layer ignored) and the RAD-AI "
                           + "documents can show. Full coverage scores 1, partial 0.5, none 0.");
        if (max == 0) markdown.Note("No concerns are declared, so there is nothing to score.");
        else if (analysis.IsEmpty)
            markdown.Note($"The model records nothing for any of the concerns, so both sets of documents score 0 of {Number(max)}.");

        markdown.Heading(2, "Scores");
        markdown.Table(["Documents", "Score", "Full", "Partial", "None"],
        [
            ScoreRow("Standard arc42/C4", analysis.StandardScore, max, analysis.Concerns.Select(c => c.Standard).ToList()),
            ScoreRow("RAD-AI", analysis.RadAiScore, max, analysis.Concerns.Select(c => c.RadAi).ToList()),
        ], "No scores.");

        markdown.Heading(2, "Concern by concern");
        var rows = analysis.Concerns.Select(c => (IReadOnlyList<Markup>)
        [
            Number(c.Number), c.Concern.Title, Verdict(c.Standard), Verdict(c.RadAi),
            NoneIfEmpty(c.Extensions.Select(e => e.Id())), NoneIfEmpty(c.StandardLacks),
        ]).ToList();
        rows.Add([Markup.NotApplicable, "Total", OutOf(analysis.StandardScore, max), OutOf(analysis.RadAiScore, max), Markup.NotApplicable, Markup.NotApplicable]);
        markdown.Table(["#", "Concern", "Standard", "RAD-AI", "Extensions", "What the standard documents lack"], rows, "No concerns.");

        markdown.Heading(2, "Why each verdict");
        foreach (var concern in analysis.Concerns)
        {
            markdown.Heading(3, $"{Number(concern.Number)}. {concern.Concern.Title}");
            var unused = concern.DesignatedExtensions.Except(concern.Extensions).ToList();
            List<Markup> bullets =
            [
                Markup.Of($"**RAD-AI ({Words.Of(concern.RadAi).ToLowerInvariant()}):** {RadAiReason(concern)}"),
                Markup.Of($"**Standard ({Words.Of(concern.Standard).ToLowerInvariant()}):** {StandardReason(concern)}"),
                Markup.Of($"**Carried by:** {(concern.Extensions.Count == 0 ? "no extension in this model" : Markup.Join("; ", concern.Extensions.Select(e => ExtensionLink(e, planned))))}"),
            ];
            if (unused.Count > 0) bullets.Add(Markup.Of($"**Could also be carried by:** {Markup.Join("; ", unused.Select(e => ExtensionLink(e, planned)))}"));
            markdown.Bullets(bullets, "Nothing to explain.");
        }

        markdown.Heading(2, "How coverage is decided");
        markdown.Paragraph("RAD-AI coverage is full when the model holds every piece of evidence listed for the concern, partial when it holds some, "
                           + "none when it holds none. The standard documents ignore tags, properties and the RAD-AI registers: they earn credit only "
                           + "where a recorded piece has a generic place in arc42/C4, never because a name or id appears in their text. The rule is given per concern.");
        markdown.Table(["#", "Evidence needed (extension)", "Standard coverage rule"],
            analysis.Concerns.Select(c => (IReadOnlyList<Markup>)
            [
                Number(c.Number),
                string.Join("; ", c.Evidence.Select(e => $"{e.Label} ({e.Extension.Id()})")),
                c.StandardRule,
            ]), "No rules.");
    }

    private static IReadOnlyList<Markup> ScoreRow(string documents, double score, int max, IReadOnlyList<Coverage> verdicts)
        => [documents, OutOf(score, max), Number(verdicts.Count(v => v == Coverage.Full)), Number(verdicts.Count(v => v == Coverage.Partial)), Number(verdicts.Count(v => v == Coverage.None))];

    private static string RadAiReason(ConcernAssessment concern)
    {
        var present = concern.Evidence.Where(e => e.Present).Select(e => e.Detail).ToList();
        var missing = concern.Evidence.Where(e => !e.Present).Select(e => e.Label).ToList();
        if (present.Count == 0) return "The model records none of " + string.Join(", ", missing) + ".";
        var text = string.Join("; ", present) + ".";
        return missing.Count == 0 ? text : text + " Not recorded: " + string.Join(", ", missing) + ".";
    }

    private static string StandardReason(ConcernAssessment concern)
    {
        var parts = new List<string>();
        foreach (var home in concern.StandardHomes) parts.Add(Sentence(home));
        if (concern.Elements.Count > 0)
            parts.Add($"The standard diagrams and building block view show these elements without their AI role: {NameList.Of(concern.Elements.Select(e => e.Name))}.");
        if (parts.Count > 0) return string.Join(" ", parts);
        return concern.RadAi == Coverage.None ? "The model records nothing the standard documents could show." : "No standard document has a place for what the model records.";
    }

    // A link to the extension's document when the set has it, or to the page on the empty extensions; else the path it has.
    private Markup ExtensionLink(RadAiExtension extension, HashSet<string> planned)
    {
        var label = $"{extension.Id()} {extension.Name()}";
        var target = extension.DocumentPath();
        if (planned.Contains(target)) return Markup.Link(label, DocumentContext.Link(Path, target));
        return planned.Contains(EmptyExtensionsDocument.DocumentPath)
            ? Markup.Link(label, DocumentContext.Link(Path, EmptyExtensionsDocument.DocumentPath))
            : Markup.Of($"{label} ({Markup.Code(target)})");
    }

    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");

    private static string Verdict(Coverage coverage) => $"{Words.Of(coverage).ToLowerInvariant()} ({Out(coverage.Score())})";

    private static string Out(double score) => Words.Number(score);

    private static string OutOf(double score, int max) => Words.Number(score) + " of " + Number(max);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // An empty list is "none", not an unstated fact.
    private static string NoneIfEmpty(IEnumerable<string> items) => string.Join(", ", items) is { Length: > 0 } list ? list : "none";
}
