using System.Globalization;
using System.Text.RegularExpressions;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// What Structurizr's default <c>!adrs</c> importer (structurizr-java 5.0.3 <c>AdrToolsDecisionImporter</c>) makes of a
/// folder of files, by the rules in ../shared/structurizr/FACTS.md §5.1: every <c>.md</c> file; id = the first four
/// characters as an integer; title = the first line from two characters after its first '.'; date = the first line
/// starting <c>Date: </c> (yyyy-MM-dd); status = the first word of the first non-empty line after <c>## Status</c>
/// (<c>Superceded</c> read as <c>Superseded</c>, <c>Proposed</c> when there is none); links = lines between
/// <c>## Status</c> and <c>## Context</c> like <c>desc [label](file)</c> whose file is in the folder.
/// </summary>
internal static partial class AdrToolsImport
{
    public sealed record Decision(string Id, string Title, DateOnly? Date, string Status, IReadOnlyList<(string Description, string File)> Links);

    /// <summary>Imports the files of one folder (name to content); throws as the importer would on a name it cannot number.</summary>
    public static IReadOnlyList<Decision> Import(IReadOnlyDictionary<string, string> files)
    {
        var decisions = new List<Decision>();
        foreach (var (name, text) in files.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // Integer.parseInt: ASCII digits (an optional sign aside); anything else is a NumberFormatException.
            if (name.Length < 4 || !name[..4].All(char.IsAsciiDigit))
                throw new FormatException($"For input string: \"{name[..Math.Min(4, name.Length)]}\" ({name})");
            var id = int.Parse(name[..4], NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
            var first = lines[0];
            var dot = first.IndexOf('.', StringComparison.Ordinal);
            var title = dot < 0 ? first[1..] : first[Math.Min(first.Length, dot + 2)..];
            var dateLine = lines.FirstOrDefault(l => l.StartsWith("Date: ", StringComparison.Ordinal));
            DateOnly? date = dateLine is null ? null : DateOnly.ParseExact(dateLine["Date: ".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var statusAt = Array.FindIndex(lines, l => l.StartsWith("## Status", StringComparison.Ordinal));
            var status = "Proposed";
            var links = new List<(string, string)>();
            if (statusAt >= 0)
            {
                var statusLine = lines.Skip(statusAt + 1).FirstOrDefault(l => l.Trim().Length > 0);
                if (statusLine is not null) status = statusLine.Trim().Split(' ')[0];
                if (status == "Superceded") status = "Superseded";
                foreach (var line in lines.Skip(statusAt + 1).TakeWhile(l => !l.StartsWith("## Context", StringComparison.Ordinal)))
                    if (Link().Match(line) is { Success: true } m && files.ContainsKey(m.Groups[2].Value))
                        links.Add((m.Groups[1].Value, m.Groups[2].Value));
            }
            if (decisions.Any(d => d.Id == id)) throw new InvalidOperationException($"A decision with an ID of {id} already exists in this scope.");
            decisions.Add(new Decision(id, title, date, status, links));
        }
        return decisions;
    }

    /// <summary>The files of one <c>adrs</c> folder of an export, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Folder(IReadOnlyDictionary<string, string> exportFiles, string folder)
        => exportFiles.Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal) && f.Key.IndexOf('/', folder.Length) < 0)
            .ToDictionary(f => f.Key[folder.Length..], f => f.Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^(.*) \[.*]\((.*)\)$")]
    private static partial Regex Link();
}
