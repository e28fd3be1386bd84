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
    private const string ExampleFolderUnderShared = "radai/comparative_analysis/netflix-metaflow";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Hand-written file → generated file; every other hand-written file has the same path in both sets.</summary>
    private static readonly Dictionary<string, string> Counterparts = new(StringComparer.Ordinal)
    {
        ["rad-ai/arc42-extensions/09-ai-decision-records/adr-001-recommendation-model.md"]
            = "rad-ai/arc42-extensions/09-ai-decision-records/0001-recommendation-model-architecture-consolidation.md",
    };

    /// <summary>(hand-written file, normalized row key) → why the generated set leaves that row out on purpose.</summary>
    private static readonly Dictionary<(string File, string Key), string> LeftOut = new()
    {
        [("README.md", "dag dependencies with event triggers")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "streaming vs. batch distinction")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "a/b testing infrastructure")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "model versioning and lineage")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "feature store interactions")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "non-deterministic boundaries")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "recommendation fairness")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "drift and retraining")] = "The README names the ten concerns differently from gap-analysis.md; the generated set uses one set of names, gap-analysis.md's concern matrix, which the generated README lists under \"What the standard documents cannot say\".",
        [("README.md", "amber (feature store)")] = "The model has one element for it, named Amber Feature Store as the RAD-AI documents name it.",
        [("README.md", "metaflow hosting")] = "Metaflow Hosting is the infrastructure of the real-time serving group (E8) and a part in the building block view, not a container, so the index's building-block table (the containers) does not list it.",
        [("gap-analysis.md", "netflix example")] = "Each hand-written concern table has a row with the example's own instance of the concern; the generated analysis is computed for any model and explains each verdict from the model's evidence instead.",
        [("gap-analysis.md", "impact of gap")] = "A judgement written per concern; the generated analysis states what the standard documents lack, computed from the model, not a judgement.",
        [("rad-ai/arc42-extensions/03-ai-boundary-delineation.md", "recommendation models (ensemble)")] = "E1 names each component by its element and registry id (Recommendation Models (MDL-REC)); the qualifier is the Type column.",
        [("rad-ai/arc42-extensions/03-ai-boundary-delineation.md", "personalization models (multi-task)")] = "E1 names each component by its element and registry id (Personalization Models (MDL-PERS)); the qualifier is the Type column.",
        [("rad-ai/arc42-extensions/03-ai-boundary-delineation.md", "feature store (amber)")] = "E1 names each component by its element: Amber Feature Store.",
        [("rad-ai/arc42-extensions/05-model-registry-view.md", "total ml projects on metaflow")] = "The platform's scale is stated once, as the system's key metrics, which E1 shows (OpenFacts.cs).",
        [("rad-ai/arc42-extensions/05-model-registry-view.md", "compute jobs executed")] = "The platform's scale is stated once, as the system's key metrics, which E1 shows (OpenFacts.cs).",
        [("rad-ai/arc42-extensions/05-model-registry-view.md", "data processed by ml jobs")] = "The platform's scale is stated once, as the system's key metrics, which E1 shows (OpenFacts.cs).",
        [("rad-ai/arc42-extensions/05-model-registry-view.md", "model artifacts managed")] = "The platform's scale is stated once, as the system's key metrics, which E1 shows (OpenFacts.cs).",
        [("rad-ai/arc42-extensions/05-model-registry-view.md", "distinct model serving endpoints")] = "The platform's scale is stated once, as the system's key metrics, which E1 shows (OpenFacts.cs).",
        [("rad-ai/arc42-extensions/09-ai-decision-records/adr-001-recommendation-model.md", "training data scale")] = "The AI-ADR template calls this row Training dataset size (DatasetCharacteristics.Size); the value is there.",
        [("standard/arc42/03-context-scope.md", "netflix members")] = "The person is Netflix Member, one element named as in the RAD-AI documents.",
        [("standard/arc42/03-context-scope.md", "content catalog")] = "The hand-written files name this system Content Catalog, Content Management System and Content Management; the model has one element, Content Management.",
        [("standard/arc42/03-context-scope.md", "cloud infrastructure (aws)")] = "The hand-written files name this system Cloud Infrastructure (AWS), AWS Cloud Infrastructure and AWS Cloud; the model has one element, AWS Cloud.",
        [("standard/c4/system-context.md", "data warehouse (s3/hive)")] = "One element, Data Warehouse, whose description says S3 and Hive.",
        [("standard/c4/system-context.md", "aws cloud infrastructure")] = "The hand-written files name this system three ways; the model has one element, AWS Cloud.",
        [("standard/c4/system-context.md", "content management system")] = "The hand-written files name this system three ways; the model has one element, Content Management.",
        [("standard/c4/container-diagram.md", "flink processing cluster")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where this is Flink Streaming Cluster.",
        [("standard/c4/container-diagram.md", "spark processing cluster")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where this is Spark Batch Cluster.",
        [("standard/c4/container-diagram.md", "metaflow client")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where the client is part of Metaflow (building block view) and the metadata service is the container.",
        [("standard/c4/container-diagram.md", "model training service")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where training runs as Metaflow flows on AWS compute and the models are the containers.",
        [("standard/c4/container-diagram.md", "model serving (metaflow hosting)")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where the models are the containers and Metaflow Hosting is their serving infrastructure (E8 serving groups).",
        [("standard/c4/container-diagram.md", "hive metastore")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where Hive belongs to the Data Warehouse system and the metastore is an external interface (§3).",
        [("standard/c4/container-diagram.md", "monitoring stack")] = "The standard and RAD-AI container diagrams list different containers; the model keeps the RAD-AI set, where monitoring is ML Observability and Kayenta.",
    };

    [SkippableFact]
    public void Every_table_row_and_diagram_of_the_hand_written_example_has_its_counterpart_in_the_generated_set()
    {
        var exampleFolder = SharedReference.Require(ExampleFolderUnderShared);
        var generated = new RadAiDocumentation(NetflixWorkspace.Build()) { Concerns = NetflixConcerns.All }.Render();

        var missing = new List<string>();
        var stale = new List<string>();
        var report = new StringBuilder();
        int allRows = 0, allFound = 0, allDiagrams = 0, allDiagramsFound = 0;
        foreach (var file in Directory.EnumerateFiles(exampleFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(exampleFolder, file).Replace('\\', '/');
            var counterpart = Counterparts.GetValueOrDefault(relative, relative);
            var document = generated.Find(counterpart);
            var handWritten = File.ReadAllText(file);
            var generatedText = document is null ? string.Empty : Normalize(Unescaped(document.Content));

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

    /// <summary>
    /// Hand-written AI-ADR heading → the generated heading that holds the same section, where the AI-ADR template's
    /// name differs from the example's. The example's first heading is the template's name, not a section.
    /// </summary>
    private static readonly Dictionary<string, string?> DecisionSectionNames = new(StringComparer.Ordinal)
    {
        ["ai architecture decision record"] = null,
        ["decision"] = "decision outcome",
        ["regulatory compliance"] = "regulatory rationale",
    };

    [SkippableFact]
    public void Every_decision_section_of_the_hand_written_AI_ADR_has_its_section_in_the_generated_record()
    {
        var exampleFolder = SharedReference.Require(ExampleFolderUnderShared);
        var generated = new RadAiDocumentation(NetflixWorkspace.Build()) { Concerns = NetflixConcerns.All }.Render();
        var missing = new List<string>();
        foreach (var (handWrittenPath, generatedPath) in Counterparts.Where(c => c.Key.Contains("/09-ai-decision-records/", StringComparison.Ordinal)))
        {
            var record = generated.Find(generatedPath);
            Assert.True(record is not null, $"no generated AI-ADR at {generatedPath}");
            var headings = Headings(record.Content).ToHashSet(StringComparer.Ordinal);
            foreach (var heading in Headings(File.ReadAllText(Path.Combine(exampleFolder, handWrittenPath))))
            {
                var expected = DecisionSectionNames.TryGetValue(heading, out var renamed) ? renamed : heading;
                if (expected is not null && !headings.Contains(expected)) missing.Add($"{handWrittenPath}: section \"{heading}\"");
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_key_of_a_row_is_its_first_cell_without_markup_in_lower_case()
    {
        var keys = RowKeys("| Key | Value |\n| --- | --- |\n| **Model `A`** | 1 |\n| [Flow  DSL](x.md) | 2 |\n|  | 3 |\n| \"Not For Me\" (hide) | 4 |\n").ToList();
        Assert.Equal(["model a", "flow dsl", "not for me (hide)"], keys);
        Assert.Equal("api gateway (zuul) [title]", Normalize(Unescaped("API Gateway #40;Zuul#41; \\[Title\\]")));
        Assert.Equal(["flowchart", "flowchart", "sequenceDiagram"],
            DiagramKinds("```mermaid\ngraph LR\n```\n```mermaid\n%% note\nflowchart TB\n```\n```mermaid\nsequenceDiagram\n```\n"));
    }

    /// <summary>Every heading's text, normalized like a row key.</summary>
    private static IEnumerable<string> Headings(string markdown)
        => Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().Select(h => Normalize(Text(h.Inline)));

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

    /// <summary>
    /// Generated text as a reader sees it: markdown backslash escapes dropped ("\[Title\]") and Mermaid entity codes
    /// decoded ("#40;" is "(").
    /// </summary>
    private static string Unescaped(string markdown)
        => MermaidEntity().Replace(MarkdownEscape().Replace(markdown, "$1"), m => ((char)int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString());

    /// <summary>Lower case, links reduced to their text, emphasis, code marks and double quotes removed, dashes alike, whitespace collapsed.</summary>
    private static string Normalize(string text)
    {
        var plain = Link().Replace(text, "$1");
        plain = Markup().Replace(plain.ToLowerInvariant(), string.Empty).Replace('–', '-').Replace('—', '-');
        return Whitespace().Replace(plain, " ").Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex("[*_`\"“”]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>~])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"#(\d{1,5});")]
    private static partial Regex MermaidEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
