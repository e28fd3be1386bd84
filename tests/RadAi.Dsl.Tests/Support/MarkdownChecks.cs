using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Support;

/// <summary>
/// Checks every markdown file of a generated set with Markdig: it parses, every table has as many cells in
/// every row as in its header, and every relative link points to a file of the set.
/// </summary>
internal static class MarkdownChecks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static void AssertWellFormed(DocumentSet documents)
    {
        var paths = documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Path.EndsWith(".md", StringComparison.Ordinal)))
            AssertWellFormed(document.Path, document.Content, paths);
    }

    public static void AssertWellFormed(string path, string content, IReadOnlySet<string> allPaths)
    {
        Assert.DoesNotContain("\r", content, StringComparison.Ordinal);
        var document = Markdown.Parse(content, Pipeline);
        foreach (var table in document.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            var header = rows[0].Count;
            foreach (var row in rows)
                Assert.True(row.Count == header, $"{path}: a table row near line {row.Line + 1} has {row.Count} cells, the header {header}.");
            // Markdig drops surplus cells silently, so also count the pipes in the source lines.
            var lines = content.Split('\n');
            var pipes = PipeCount(lines[table.Line]);
            for (var l = table.Line; l < lines.Length && lines[l].StartsWith('|'); l++)
                Assert.True(PipeCount(lines[l]) == pipes, $"{path}: line {l + 1} has {PipeCount(lines[l])} cell separators, the header {pipes}.");
        }
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.Length == 0 || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
            var target = Resolve(path, Uri.UnescapeDataString(url.Split('#')[0]));
            Assert.True(allPaths.Contains(target), $"{path}: link '{url}' points to '{target}', which is not generated.");
        }
    }

    public static int MermaidBlockCount(string content)
        => Markdown.Parse(content, Pipeline).Descendants<FencedCodeBlock>().Count(b => b.Info == "mermaid");

    private static int PipeCount(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '|') count++;
        }
        return count;
    }

    private static string Resolve(string from, string relative)
    {
        var parts = from.Split('/')[..^1].ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment != "." && segment.Length > 0) parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
