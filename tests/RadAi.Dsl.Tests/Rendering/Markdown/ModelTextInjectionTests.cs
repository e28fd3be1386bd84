using System.Text.Json;
using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using static RadAi.Dsl.Tests.Support.RenderedHtml;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>
/// Model text is data, never markup: a workspace whose every free text carries a hostile string renders documents
/// that Markdig turns into exactly the elements and links of the same workspace with plain text, and whose visible
/// text shows every hostile string as it was written.
/// </summary>
/// <remarks>
/// Each free text of the rich model becomes "⟦n⟧ text" (plain) or the same with a hostile string before or after it
/// (hostile), n numbering the distinct texts: a document must show each marked text as often in one set as in the other.
/// Set RADAI_HOSTILE_DOCS_DIR to write both sets there ("plain/", "hostile/"), e.g. for <c>tools/mermaid-check/run.sh</c>.
/// </remarks>
public partial class ModelTextInjectionTests
{
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "*bold*",
        "`code`",
        "| pipe",
        "# heading",
        "\n%%{init: {\"theme\": \"dark\"}}%%",
        "http://evil.example/x",
        "www.evil.example",
        "_under_ and __strong__",
        "~~strike~~ ^sup^ ==mark== ++ins++ $x$",
        "&lt;b&gt; &amp; &#60;i&#62;",
        "{#id .cls onclick=alert(1)}",
        "- item",
        "1. item",
        "> quote",
        "back\\slash\\",
        "[^1] ![img](x.png) <!-- comment -->",
        "trailing #",
        "a@b.example",
        "\"\"cite\"\" :::",
        "line one\nline two\r\n---\nsetext\n===",
    ];

    [Fact]
    public void Hostile_model_text_lands_in_every_markdown_document_as_the_text_it_is()
    {
        var plain = Render(Workspaces(hostile: false));
        var hostile = Render(Workspaces(hostile: true));
        if (Environment.GetEnvironmentVariable("RADAI_HOSTILE_DOCS_DIR") is { Length: > 0 } folder)
        {
            foreach (var (path, content) in plain) WriteFile(Path.Combine(folder, "plain", path), content);
            foreach (var (path, content) in hostile) WriteFile(Path.Combine(folder, "hostile", path), content);
        }

        Assert.Equal(plain.Count, hostile.Count);
        var shown = new HashSet<int>();
        var problems = new List<string>();
        for (var d = 0; d < plain.Count; d++)
        {
            var (plainPath, plainText) = plain[d];
            var (path, text) = hostile[d];
            if (!IsRenderedMarkdown(path)) continue;
            foreach (var pipeline in Pipelines)
            {
                var html = Markdig.Markdown.ToHtml(text, pipeline);
                var plainHtml = Markdig.Markdown.ToHtml(plainText, pipeline);
                if (HasActiveContent(html)) problems.Add($"{path}: a <script> or <img> element or an on… attribute");
                foreach (var target in Targets(html))
                    if (target.Contains(':', StringComparison.Ordinal)) problems.Add($"{path}: a link to '{target}'");
                var elements = Elements(html);
                var plainElements = Elements(plainHtml);
                if (elements != plainElements) problems.Add($"{path}: elements differ from the plain set:\n  plain   {plainElements}\n  hostile {elements}");
                var visible = VisibleText(html);
                var plainVisible = VisibleText(plainHtml);
                foreach (var (number, (plainMarked, hostileMarked)) in Marked)
                {
                    var expected = Count(plainVisible, Collapse(plainMarked));
                    var actual = Count(visible, Collapse(hostileMarked));
                    if (expected > 0) shown.Add(number);
                    if (actual != expected)
                        problems.Add($"{path}: '{Collapse(hostileMarked)}' is shown {actual} times, its plain text {expected} times ({plainPath})");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)) + $"\n({problems.Distinct().Count()} problems)");
        // The test means something only if the documents show the marked texts: nearly all of them.
        Assert.True(shown.Count > Marked.Count * 9 / 10, $"Only {shown.Count} of {Marked.Count} marked texts are shown in the documents.");
    }

    [Fact]
    public void Hostile_model_text_stays_inside_the_labels_of_every_mermaid_block()
    {
        var plain = Render(Workspaces(hostile: false));
        var hostile = Render(Workspaces(hostile: true));
        var problems = new List<string>();
        for (var d = 0; d < plain.Count; d++)
        {
            var (path, text) = hostile[d];
            if (!IsRenderedMarkdown(path)) continue;
            var blocks = MermaidBlocks(text);
            var plainBlocks = MermaidBlocks(plain[d].Content);
            Assert.Equal(plainBlocks.Count, blocks.Count);
            for (var b = 0; b < blocks.Count; b++)
            {
                var lines = blocks[b].Split('\n');
                var plainLines = plainBlocks[b].Split('\n');
                if (lines.Length != plainLines.Length) problems.Add($"{path}: mermaid block {b + 1} has {lines.Length} lines, the plain one {plainLines.Length}");
                foreach (var line in lines)
                {
                    // Outside its quoted labels (and a sequence diagram's participant names and messages), a line holds no model text.
                    var outside = QuotedLabel().Replace(SequenceText().Replace(line, string.Empty), "\"\"");
                    if (outside.Contains('⟦', StringComparison.Ordinal)) problems.Add($"{path}: model text outside a label: {line}");
                    if (line.Contains("%%{", StringComparison.Ordinal) || line.Contains("<script", StringComparison.OrdinalIgnoreCase) || line.Contains("<img", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{path}: unescaped directive or HTML: {line}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    // Every free text of the model as "⟦n⟧ text" and with its attack, numbered in the order the model first uses it.
    private static readonly Dictionary<int, (string Plain, string Hostile)> Marked = [];
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static readonly Lock Numbering = new();

    private static string Mark(string text, bool hostile)
    {
        lock (Numbering)
        {
            if (!Numbers.TryGetValue(text, out var n))
            {
                Numbers[text] = n = Numbers.Count + 1;
                var plain = "⟦" + n + "⟧ " + text;
                var attack = Hostile[n % Hostile.Length];
                // Even numbers lead with the attack (line starts: '#', '-', '1.', '>'), odd ones end with it (a trailing '#').
                Marked[n] = (plain, n % 2 == 0 ? attack + " " + plain : plain + " " + attack);
            }
            return hostile ? Marked[n].Hostile : Marked[n].Plain;
        }
    }

    /// <summary>The rich model with every free text marked, plus what it lacks (components, a group, a runtime scenario), read back from its JSON.</summary>
    private static Workspace Workspaces(bool hostile)
    {
        string T(string s) => Mark(s, hostile);
        var workspace = RichModel.Build(T);
        var platform = workspace.Model.SoftwareSystems.Single(s => s.Containers.Count > 0);
        var gateway = platform.Containers[0];
        var kafka = platform.Containers[1];
        var router = gateway.AddComponent(T("Request Router"), T("Routes requests"), T("Spring"));
        var allocator = gateway.AddComponent(T("A/B Allocator"), T("Assigns cells"), T("Java"));
        allocator.Group = T("Experimentation");
        router.Uses(allocator, T("asks for a cell"), T("in-process"));
        allocator.Uses(kafka, T("logs allocations"), T("Kafka producer"));
        var member = workspace.Model.People[0];
        var context = workspace.Views.CreateSystemContextView(platform, "context", T("The platform and its members"));
        context.AddAllElements();
        var runtime = workspace.Views.CreateDynamicView(gateway, "allocation", T("How a request gets its cell"));
        runtime.Title = T("Cell allocation");
        runtime.Add(router, T("asks which cell serves the member"), allocator);
        runtime.Add(allocator, kafka);
        _ = member;
        // View keys are checked when made in C#, not when read: the JSON carries the hostile ones.
        var json = WorkspaceJson.Serialize(workspace);
        foreach (var key in new[] { "context", "containers" })
        {
            var marked = JsonSerializer.Serialize(Mark("view " + key, hostile));
            json = Regex.Replace(json, "(\"(?:key|baseViewKey)\"\\s*:\\s*)\"" + key + "\"", m => m.Groups[1].Value + marked);
        }
        return WorkspaceJson.Deserialize(json);
    }

    // The documents the markdown renderers write; not the workspace's own documentation and decisions, which the DSL
    // export writes next to workspace.dsl ("docs/", "adrs/") as the workspace holds them.
    private static bool IsRenderedMarkdown(string path)
        => path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("adrs/", StringComparison.Ordinal) && !path.StartsWith("docs/", StringComparison.Ordinal);

    private static List<(string Path, string Content)> Render(Workspace workspace)
        => [.. new RadAiDocumentation(workspace).Render().Select(d => (d.Path, d.Content))];

    private static List<string> MermaidBlocks(string markdown)
        => [.. MermaidFence().Matches(markdown).Select(m => m.Groups[1].Value)];

    private static void WriteFile(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [GeneratedRegex("^```mermaid\n([\\s\\S]*?)\n```$", RegexOptions.Multiline)]
    private static partial Regex MermaidFence();

    [GeneratedRegex("\"[^\"\n]*\"")]
    private static partial Regex QuotedLabel();

    // "participant p1 as Name", "actor p2 as Name", "p1->>p2: message": the text after "as" or ": ".
    [GeneratedRegex(@"^(\s*(?:participant|actor) p\d+ as ).*$|^(\s*p\d+[-=>)x.]+p\d+: ).*$")]
    private static partial Regex SequenceText();
}
