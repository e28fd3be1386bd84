using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// What Structurizr's <c>!adrs &lt;folder&gt; madr</c> importer (structurizr-java 5.0.3 <c>MadrDecisionImporter</c>) makes
/// of a folder of files, by the rules in ../shared/structurizr/FACTS.md §5.1: only names matching <c>\d{4}-.+?.md</c>
/// (others, such as README.md, skipped), sorted; id = the first four digits as an integer; the front matter
/// (<c>---</c> … <c>---</c>) stripped from the content; status = its <c>status: </c> line (default <c>accepted</c>);
/// date = its <c>date: </c> line; title = the first line starting <c>#&#160;</c>.
/// </summary>
internal static partial class MadrImport
{
    public sealed record Decision(string Id, string Title, DateOnly? Date, string Status, string Content);

    /// <summary>Imports the files of one folder (name to content).</summary>
    public static IReadOnlyList<Decision> Import(IReadOnlyDictionary<string, string> files)
    {
        var decisions = new List<Decision>();
        foreach (var (name, text) in files.Where(f => DecisionName().IsMatch(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var id = int.Parse(name[..4], NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            var content = text.Replace("\r", string.Empty, StringComparison.Ordinal);
            var withoutFrontMatter = FrontMatter().Replace(content, string.Empty, 1);
            var frontMatter = content.StartsWith("---", StringComparison.Ordinal)
                ? content.Split('\n').Skip(1).TakeWhile(l => !l.StartsWith("---", StringComparison.Ordinal)).ToList()
                : [];
            var title = withoutFrontMatter.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..] ?? "Title";
            var status = frontMatter.FirstOrDefault(l => l.StartsWith("status: ", StringComparison.Ordinal))?["status: ".Length..] ?? "accepted";
            var dateText = frontMatter.FirstOrDefault(l => l.StartsWith("date: ", StringComparison.Ordinal))?["date: ".Length..];
            DateOnly? date = dateText is null ? null : DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (decisions.Any(d => d.Id == id)) throw new InvalidOperationException($"A decision with an ID of {id} already exists in this scope.");
            decisions.Add(new Decision(id, title, date, status, withoutFrontMatter));
        }
        return decisions;
    }

    [GeneratedRegex(@"^\d{4}-.+?.md$")]
    private static partial Regex DecisionName();

    [GeneratedRegex(@"(?m)^---\n(^.*\n)*?---\n")]
    private static partial Regex FrontMatter();
}
