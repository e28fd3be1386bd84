using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Structurizr;

/// <summary>
/// Turns in-memory documentation into the files the DSL's <c>!docs</c> and <c>!adrs</c> import.
/// Sections are imported in file-name order, so each file is named <c>NN-name.md</c> (or <c>.adoc</c>) after its order.
/// Decisions are written in adr-tools format (<c># N. Title</c>, <c>Date:</c>, <c>## Status</c>, links in the status
/// section, then the decision's content) as <c>NNNN-title.md</c>.
/// </summary>
internal static partial class DocumentationFiles
{
    public static IEnumerable<(string Name, string Content)> Sections(Documentation documentation)
    {
        foreach (var section in documentation.Sections.OrderBy(s => s.Order))
        {
            var extension = section.Format == DocumentationFormat.AsciiDoc ? ".adoc" : ".md";
            var stem = section.Filename is { } filename ? Path.GetFileNameWithoutExtension(filename) : FirstHeading(section.Content) ?? "section";
            yield return (section.Order.ToString("00", CultureInfo.InvariantCulture) + "-" + FileSlug(stem) + extension, Lf(section.Content));
        }
    }

    public static IEnumerable<(string Name, string Content)> Decisions(Documentation documentation)
    {
        var names = documentation.Decisions.ToDictionary(d => d.Id, FileName, StringComparer.Ordinal);
        foreach (var decision in documentation.Decisions)
        {
            var text = new StringBuilder();
            text.Append("# ").Append(decision.Id).Append(". ").Append(OneLine(decision.Title)).Append("\n\n");
            text.Append("Date: ").Append(decision.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
            text.Append("## Status\n\n").Append(OneLine(decision.Status)).Append("\n\n");
            foreach (var link in decision.Links)
            {
                var target = documentation.GetDecision(link.Id);
                var label = link.Id + ". " + (target is null ? "Decision " + link.Id : OneLine(target.Title));
                var href = names.TryGetValue(link.Id, out var file) ? file : link.Id;
                text.Append(Capitalise(string.IsNullOrWhiteSpace(link.Description) ? "links to" : OneLine(link.Description)))
                    .Append(" [").Append(label).Append("](").Append(href).Append(")\n\n");
            }
            text.Append(Lf(decision.Content).TrimEnd('\n')).Append('\n');
            yield return (names[decision.Id], text.ToString());
        }
    }

    private static string FileName(Decision decision)
    {
        var prefix = int.TryParse(decision.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("0000", CultureInfo.InvariantCulture)
            : DslIdentifiers.Slug(decision.Id, numberPrefix: false).Replace('_', '-');
        return prefix + "-" + FileSlug(decision.Title) + ".md";
    }

    private static string? FirstHeading(string content)
        => content.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim() is { Length: > 0 } h ? h : null;

    private static string FileSlug(string text) => DslIdentifiers.Slug(LeadingNumber().Replace(text, string.Empty), numberPrefix: false).Replace('_', '-');

    // "01-context" is named after its order anyway
    [GeneratedRegex(@"^\d+[-_. ]+")]
    private static partial Regex LeadingNumber();

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string OneLine(string text) => Lf(text).Replace('\n', ' ').Trim();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
