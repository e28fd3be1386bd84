using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>Reads the tables of a generated markdown document with Markdig, section by section.</summary>
internal static class GeneratedTables
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>
    /// The body rows (header left out) of the first table in the section reached by following the headings in order,
    /// e.g. ("Member Interaction Ingestion (PL-001)", "Stages"); an empty list when that section has no table (the
    /// renderer then says in a sentence that nothing is recorded). Fails when a heading is not there.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Under(string markdown, params string[] headings)
    {
        var blocks = Markdown.Parse(markdown, Pipeline).ToList();
        var at = -1;
        foreach (var heading in headings)
        {
            var found = blocks.FindIndex(at + 1, b => b is HeadingBlock h && Text(h.Inline) == heading);
            Assert.True(found >= 0, $"The document has no heading \"{heading}\" after \"{string.Join(" / ", headings.TakeWhile(h => h != heading))}\".");
            at = found;
        }
        var level = ((HeadingBlock)blocks[at]).Level;
        foreach (var block in blocks.Skip(at + 1))
        {
            if (block is HeadingBlock next && next.Level <= level) break;
            if (block is Table table)
                return table.OfType<TableRow>().Where(r => !r.IsHeader)
                    .Select(r => (IReadOnlyList<string>)r.OfType<TableCell>().Select(c => Text(c.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline)).ToList())
                    .ToList();
        }
        return [];
    }

    private static string Text(ContainerInline? inline)
        => inline is null ? string.Empty : string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => string.Empty,
        })).Trim();
}
