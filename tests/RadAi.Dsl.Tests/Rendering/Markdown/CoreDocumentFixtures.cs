using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>The standard documents and the E1–E4 documents, the models they are tested with, and table readers over their markdown.</summary>
internal static class CoreDocumentFixtures
{
    public static readonly string[] StandardPaths =
    [
        "standard/arc42/03-context-scope.md", "standard/arc42/05-building-block-view.md", "standard/arc42/06-runtime-view.md",
        "standard/c4/system-context.md", "standard/c4/container-diagram.md",
    ];

    public static readonly string[] ExtensionPaths =
    [
        "rad-ai/arc42-extensions/03-ai-boundary-delineation.md", "rad-ai/arc42-extensions/05-model-registry-view.md",
        "rad-ai/arc42-extensions/06-data-pipeline-view.md", "rad-ai/arc42-extensions/08-responsible-ai-concepts.md",
    ];

    public static IEnumerable<string> AllPaths => StandardPaths.Concat(ExtensionPaths);

    public static TheoryData<string> All() => new(AllPaths);

    public static DocumentSet Render(Workspace workspace) => new RadAiDocumentation(workspace).Render();

    /// <summary>
    /// Every document the catalogue can write, whatever the model holds: a model without any RAD-AI fact gets one RAD-AI
    /// page in its set, but each extension document still has to say plainly what is empty when another extension is not.
    /// </summary>
    public static DocumentSet RenderEvery(Workspace workspace)
    {
        var ai = RadAiModel.Of(workspace);
        var context = new DocumentContext(workspace, ai, workspace.WrittenProperties().ToList())
        {
            Analyses = new DocumentAnalyses(workspace, ai, RadAi.Dsl.Analysis.RadAiConcerns.All, inspections: null),
        };
        var memory = new MemoryOutput();
        return new DocumentSet(DocumentCatalog.All.SelectMany(r => r.Write(context, memory)).Select(memory.Document).ToList());
    }

    public static string Document(DocumentSet set, string path) => set.Find(path)?.Content ?? throw new Xunit.Sdk.XunitException($"{path} was not generated.");

    /// <summary>The rich model plus a dynamic view (the rich model has none, so the runtime view would only say so).</summary>
    public static Workspace RichWithRuntime()
    {
        var workspace = RichModel.Build();
        var model = workspace.Model;
        var member = model.GetPersonWithName("Netflix Member")!;
        var platform = model.GetSoftwareSystemWithName("Netflix ML Platform")!;
        var gateway = platform.GetContainerWithName("API Gateway (Zuul)")!;
        var rec = platform.GetContainerWithName("Recommendation Models")!;
        var amber = platform.GetContainerWithName("Amber Feature Store")!;
        var view = workspace.Views.CreateDynamicView(platform, "homepage", "A member opens the homepage");
        view.Title = "Homepage request";
        view.Add(member, gateway);
        view.Add(gateway, rec);
        view.Add(rec, amber);
        view.Add(rec, "ranked rows", gateway);
        return workspace;
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The number of body rows of the first table after the heading with this text (before the next heading); -1 when there is none.</summary>
    public static int RowsUnder(string markdown, string heading)
    {
        var blocks = Markdig.Markdown.Parse(markdown, Pipeline).ToList();
        var start = blocks.FindIndex(b => b is HeadingBlock h && Text(h) == heading);
        if (start < 0) throw new Xunit.Sdk.XunitException($"No heading '{heading}'.");
        foreach (var block in blocks.Skip(start + 1))
        {
            if (block is HeadingBlock) return -1;
            if (block is Table table) return table.Count - 1;
        }
        return -1;
    }

    /// <summary>The cells of the first column under a heading.</summary>
    public static IReadOnlyList<string> FirstColumnUnder(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith('#') && l.TrimStart('#').Trim() == heading);
        var rows = new List<string>();
        var i = at + 1;
        while (i < lines.Length && !lines[i].StartsWith('|') && !lines[i].StartsWith('#')) i++;
        for (i += 2; i < lines.Length && lines[i].StartsWith('|'); i++) rows.Add(lines[i].Split(" | ")[0].TrimStart('|').Trim());
        return rows;
    }

    /// <summary>The bodies of the Mermaid blocks of a document.</summary>
    public static IReadOnlyList<string> MermaidBlocks(string markdown)
        => Markdig.Markdown.Parse(markdown, Pipeline).Descendants<FencedCodeBlock>().Where(b => b.Info == "mermaid")
            .Select(b => string.Join('\n', b.Lines.Lines.Take(b.Lines.Count).Select(l => l.ToString()))).ToList();

    private static string Text(HeadingBlock heading)
        => heading.Inline is null ? string.Empty : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
}
