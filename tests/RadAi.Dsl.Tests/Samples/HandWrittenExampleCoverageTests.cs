using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Samples.Netflix.Concerns;
using RadAi.Dsl.Tests.Support;
using Xunit.Abstractions;

namespace RadAi.Dsl.Tests.Samples;

/// <summary>
/// The Netflix sample regenerates the whole hand-written RAD-AI example: every row of every table of a hand-written
/// file has its key (the first cell) in the generated counterpart, and every Mermaid diagram has a generated diagram
/// of the same kind there. What is missing is listed in full; a row left out on purpose is listed in
/// <see cref="LeftOut"/> with the reason.
/// </summary>
public sealed partial class HandWrittenExampleCoverageTests(ITestOutputHelper output)
{
    private static readonly string ExampleFolder = Path.Combine(RepoPaths.Shared, "radai", "comparative_analysis", "netflix-metaflow");

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Hand-written file → generated file; every other hand-written file has the same path in both sets.</summary>
    private static readonly Dictionary<string, string> Counterparts = new(StringComparer.Ordinal)
    {
        ["rad-ai/arc42-extensions/09-ai-decision-records/adr-001-recommendation-model.md"]
            = "rad-ai/arc42-extensions/09-ai-decision-records/adr-001-recommendation-model-architecture-consolidation.md",
    };

    /// <summary>(hand-written file, normalized row key) → why the generated set leaves that row out on purpose.</summary>
    private static readonly Dictionary<(string File, string Key), string> LeftOut = new()
    {
    };

    [Fact]
    public void Every_table_row_and_diagram_of_the_hand_written_example_has_its_counterpart_in_the_generated_set()
    {
        Assert.True(Directory.Exists(ExampleFolder),
            $"The hand-written RAD-AI Netflix example is not at {ExampleFolder}: this test needs the read-only ../shared/radai folder beside the repository.");
        var generated = new RadAiDocumentation(NetflixWorkspace.Build()) { Concerns = NetflixConcerns.All }.Render();

        var missing = new List<string>();
        var stale = new List<string>();
        var report = new StringBuilder();
        int allRows = 0, allFound = 0, allDiagrams = 0, allDiagramsFound = 0;
        foreach (var file in Directory.EnumerateFiles(ExampleFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(ExampleFolder, file).Replace('\\', '/');
            var counterpart = Counterparts.GetValueOrDefault(relative, relative);
            var document = generated.Find(counterpart);
            var handWritten = File.ReadAllText(file);
            var generatedText = document is null ? string.Empty : Normalize(document.Content);

            int rows = 0, found = 0;
            foreach (var key in RowKeys(handWritten).Distinct(StringComparer.Ordinal))
            {
                rows++;
                var present = generatedText.Contains(key, StringComparison.Ordinal);
                if (present) found++;
                var leftOut = LeftOut.ContainsKey((relative, key));
                if (!present && !leftOut) missing.Add($"{relative}: row \"{key}\"");
                if (present && leftOut) stale.Add($"{relative}: row \"{key}\" is listed as left out but the generated set has it");
            }

            var expectedKinds = DiagramKinds(handWritten).ToList();
            var generatedKinds = document is null ? [] : DiagramKinds(document.Content).ToList();
            var diagramsFound = 0;
            foreach (var kind in expectedKinds)
            {
                if (generatedKinds.Remove(kind)) diagramsFound++;
                else missing.Add($"{relative}: a {kind} diagram");
            }

            if (document is null) missing.Add($"{relative}: no generated counterpart {counterpart}");
            report.AppendLine(CultureInfo.InvariantCulture, $"{relative}: rows {found} of {rows}, diagrams {diagramsFound} of {expectedKinds.Count}");
            allRows += rows; allFound += found; allDiagrams += expectedKinds.Count; allDiagramsFound += diagramsFound;
        }
        report.AppendLine(CultureInfo.InvariantCulture, $"total: rows {allFound} of {allRows}, diagrams {allDiagramsFound} of {allDiagrams}, rows left out on purpose {LeftOut.Count}");
        output.WriteLine(report.ToString());
        foreach (var line in missing) output.WriteLine("missing: " + line);

        Assert.True(stale.Count == 0, string.Join("\n", stale));
        Assert.True(missing.Count == 0, $"{missing.Count} parts of the hand-written example have no generated counterpart:\n{string.Join("\n", missing)}\n\n{report}");
    }

    [Fact]
    public void The_key_of_a_row_is_its_first_cell_without_markup_in_lower_case()
    {
        var keys = RowKeys("| Key | Value |\n| --- | --- |\n| **Model `A`** | 1 |\n| [Flow  DSL](x.md) | 2 |\n|  | 3 |\n").ToList();
        Assert.Equal(["model a", "flow dsl"], keys);
        Assert.Equal(["flowchart", "flowchart", "sequenceDiagram"],
            DiagramKinds("```mermaid\ngraph LR\n```\n```mermaid\n%% note\nflowchart TB\n```\n```mermaid\nsequenceDiagram\n```\n"));
    }

    /// <summary>The normalized first cell of every body row of every table.</summary>
    private static IEnumerable<string> RowKeys(string markdown)
        => Markdown.Parse(markdown, Pipeline).Descendants<Table>()
            .SelectMany(t => t.OfType<TableRow>().Where(r => !r.IsHeader))
            .Select(r => r.OfType<TableCell>().FirstOrDefault()?.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline)
            .Select(inline => Normalize(Text(inline)))
            .Where(key => key.Length > 0);

    /// <summary>The first keyword of every Mermaid block ("graph" counts as "flowchart").</summary>
    private static List<string> DiagramKinds(string markdown)
        => Markdown.Parse(markdown, Pipeline).Descendants<FencedCodeBlock>()
            .Where(b => b.Info == "mermaid")
            .Select(b => b.Lines.Lines.Take(b.Lines.Count).Select(l => l.ToString().Trim())
                .FirstOrDefault(l => l.Length > 0 && !l.StartsWith("%%", StringComparison.Ordinal)) ?? string.Empty)
            .Select(line => line.Split(' ', 2)[0])
            .Select(kind => kind == "graph" ? "flowchart" : kind)
            .ToList();

    private static string Text(ContainerInline? inline)
        => inline is null ? string.Empty : string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => string.Empty,
        }));

    /// <summary>Lower case, links reduced to their text, emphasis and code marks removed, whitespace collapsed.</summary>
    private static string Normalize(string text)
    {
        var plain = Link().Replace(text, "$1");
        plain = Markup().Replace(plain.ToLowerInvariant(), string.Empty).Replace('–', '-').Replace('—', '-');
        return Whitespace().Replace(plain, " ").Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[*_`]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
