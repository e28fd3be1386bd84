using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Turns in-memory documentation into the files the DSL's <c>!docs</c> and <c>!adrs</c> import, named through
/// <see cref="PortableFileNames"/>.
/// Sections are imported in file-name order, so each file is named <c>NN-name.md</c> (or <c>.adoc</c>) after its place.
/// Decisions are written for Structurizr's default importer, adr-tools, which takes every <c>.md</c> file of the folder,
/// reads the first four characters of its name as the decision's number and the rest from the text: each decision is
/// <c>NNNN-title.md</c> holding <c># N. Title</c>, <c>Date: yyyy-MM-dd</c>, <c>## Status</c> with the status on its own
/// line, links to other decisions in the status section, then the decision's content. A decision whose id is not the
/// number it gets (<c>AI-ADR-001</c>, <c>01</c>) keeps its id in the title: <c># 1. AI-ADR-001: Title</c>.
/// </summary>
internal static partial class DocumentationFiles
{
    /// <summary>The highest decision number adr-tools reads from a file name (four digits).</summary>
    public const int MaxDecisionNumber = 9999;

    public static IEnumerable<(string Name, string Content)> Sections(Documentation documentation)
    {
        // Numbered by place, not by their order value: orders read from JSON may repeat or skip, and the importer
        // sorts names as text, so every number has as many digits as the last one.
        var sections = documentation.Sections.OrderBy(s => s.Order).ToList();
        var digits = "D" + Math.Max(2, sections.Count.ToString(CultureInfo.InvariantCulture).Length).ToString(CultureInfo.InvariantCulture);
        var names = new PortableFileNames();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var extension = section.Format == DocumentationFormat.AsciiDoc ? ".adoc" : ".md";
            var stem = section.Filename is { } filename ? Path.GetFileNameWithoutExtension(filename) : FirstHeading(section.Content) ?? "section";
            yield return (names.Claim(Join((i + 1).ToString(digits, CultureInfo.InvariantCulture), FileSlug(stem)), extension), Lf(section.Content));
        }
    }

    /// <summary>
    /// The file name of each decision by id, as <see cref="Decisions"/> writes them: <c>NNNN-slug.md</c>, the number
    /// from <see cref="Numbers"/> (unique, so the names are too) and the title's slug ("decision" when it has none, as
    /// Structurizr's MADR importer skips a name with nothing after the number).
    /// </summary>
    /// <param name="documentation">The documentation whose decisions are named.</param>
    /// <param name="owner">Whose documentation it is, for the error: "the workspace" or an element's canonical name.</param>
    /// <exception cref="NotSupportedException">More decisions than adr-tools can number in one folder.</exception>
    public static Dictionary<string, string> DecisionFileNames(Documentation documentation, string owner)
        => DecisionFiles(documentation, owner).ToDictionary(f => f.Key, f => f.Value.Name, StringComparer.Ordinal);

    // Each decision's file name and the number it starts with, by id.
    private static Dictionary<string, (string Name, int Number)> DecisionFiles(Documentation documentation, string owner)
    {
        var decisions = documentation.Decisions;
        var numbers = Numbers(decisions, owner);
        var files = new PortableFileNames();
        var result = new Dictionary<string, (string, int)>(decisions.Count, StringComparer.Ordinal);
        for (var i = 0; i < decisions.Count; i++)
        {
            var slug = FileSlug(decisions[i].Title);
            result[decisions[i].Id] = (files.Claim(numbers[i].ToString("0000", CultureInfo.InvariantCulture) + "-" + (slug.Length == 0 ? "decision" : slug), ".md"), numbers[i]);
        }
        return result;
    }

    /// <param name="documentation">The documentation whose decisions are written.</param>
    /// <param name="owner">Whose documentation it is, for the error: "the workspace" or an element's canonical name.</param>
    /// <param name="elsewhere">
    /// Decisions whose files another part of the documentation set writes (named by <see cref="DecisionFileNames"/>): not
    /// written here; links to them point at that folder.
    /// </param>
    /// <exception cref="NotSupportedException">More decisions than adr-tools can number in one folder.</exception>
    public static IEnumerable<(string Name, string Content)> Decisions(Documentation documentation, string owner, DecisionsElsewhere? elsewhere = null)
    {
        var decisions = documentation.Decisions;
        var files = DecisionFiles(documentation, owner);
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            if (elsewhere?.Holds(decision.Id) == true) continue;
            var text = new StringBuilder();
            text.Append("# ").Append(Heading(decision, files[decision.Id].Number)).Append("\n\n");
            text.Append("Date: ").Append(decision.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
            text.Append("## Status\n\n").Append(OneLine(decision.Status)).Append("\n\n");
            foreach (var link in decision.Links)
            {
                var target = documentation.GetDecision(link.Id);
                var label = target is null ? OneLine(link.Id) + ". Decision " + OneLine(link.Id) : Heading(target, files[target.Id].Number);
                var href = !files.TryGetValue(link.Id, out var file) ? link.Id
                    : elsewhere?.Holds(link.Id) == true ? elsewhere.FromDecisionFolder + file.Name : file.Name;
                text.Append(Capitalise(string.IsNullOrWhiteSpace(link.Description) ? "links to" : OneLine(link.Description)))
                    .Append(" [").Append(label).Append("](").Append(href).Append(")\n\n");
            }
            text.Append(Lf(decision.Content).TrimEnd('\n')).Append('\n');
            yield return (files[decision.Id].Name, text.ToString());
        }
    }

    /// <summary>
    /// The heading adr-tools reads the title from (after the first ". "): <c>N. Title</c>, or <c>N. Id: Title</c> when
    /// the id is not N written plainly.
    /// </summary>
    private static string Heading(Decision decision, int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return n + ". " + (n == decision.Id ? OneLine(decision.Title) : OneLine(decision.Id) + ": " + OneLine(decision.Title));
    }

    /// <summary>
    /// A number per decision (in id order), unique in the folder: an id that is a number of at most four digits written
    /// plainly keeps it ("7" → 7); another id ending in such a number takes it while it is free ("AI-ADR-003" → 3,
    /// "01" → 1 unless "1" exists); the rest take the lowest free numbers from 1.
    /// </summary>
    private static int[] Numbers(IReadOnlyList<Decision> decisions, string owner)
    {
        if (decisions.Count > MaxDecisionNumber + 1)
            throw new NotSupportedException(
                $"The decisions of {owner} cannot be exported to the DSL: there are {decisions.Count.ToString("N0", CultureInfo.InvariantCulture)}, and Structurizr's " +
                $"adr-tools importer numbers decision files 0000-{MaxDecisionNumber.ToString(CultureInfo.InvariantCulture)} by the first four characters of their names. " +
                "Record some of them on the software systems or containers they concern.");
        var numbers = new int[decisions.Count];
        var taken = new bool[MaxDecisionNumber + 1];
        Array.Fill(numbers, -1);
        for (var i = 0; i < decisions.Count; i++)
        {
            if (TrailingNumber(decisions[i].Id) is not { } n || n.ToString(CultureInfo.InvariantCulture) != decisions[i].Id) continue;
            numbers[i] = n;
            taken[n] = true;
        }
        for (var i = 0; i < decisions.Count; i++)
        {
            if (numbers[i] >= 0 || TrailingNumber(decisions[i].Id) is not { } n || taken[n]) continue;
            numbers[i] = n;
            taken[n] = true;
        }
        var next = 1;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (numbers[i] >= 0) continue;
            while (next <= MaxDecisionNumber && taken[next]) next++;
            var free = next <= MaxDecisionNumber ? next : 0; // 1-9999 all taken: 0 is left, there are at most 10,000
            numbers[i] = free;
            taken[free] = true;
        }
        return numbers;
    }

    /// <summary>The number the id ends with (ASCII digits only), when it is at most <see cref="MaxDecisionNumber"/>.</summary>
    private static int? TrailingNumber(string id)
    {
        var start = id.Length;
        while (start > 0 && char.IsAsciiDigit(id[start - 1])) start--;
        var digits = id.AsSpan(start).TrimStart('0');
        if (start == id.Length) return null;
        return digits.Length == 0 ? 0 : digits.Length <= 4 ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    private static string? FirstHeading(string content)
        => content.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim() is { Length: > 0 } h ? h : null;

    // "01-context" is named after its place anyway
    private static string FileSlug(string text) => PortableFileNames.Slug(LeadingNumber().Replace(text, string.Empty));

    private static string Join(string number, string slug) => slug.Length == 0 ? number : number + "-" + slug;

    [GeneratedRegex("^[0-9]+[-_. ]+")]
    private static partial Regex LeadingNumber();

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string OneLine(string text) => Lf(text).Replace('\n', ' ').Trim();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
