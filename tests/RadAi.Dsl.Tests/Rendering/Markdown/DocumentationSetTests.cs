using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class DocumentationSetTests
{
    [Fact]
    public void An_empty_workspace_renders_an_index_and_the_workspace_files()
    {
        var set = new RadAiDocumentation(new Workspace("Empty")).Render();
        Assert.Equal("README.md", set[0].Path);
        Assert.NotNull(set.Find("workspace.json"));
        Assert.NotNull(set.Find("workspace.dsl"));
        MarkdownChecks.AssertWellFormed(set);
    }

    [Fact]
    public void Rendering_never_changes_the_model_and_is_deterministic()
    {
        var workspace = GoldenJsonWorkspace();
        var before = WorkspaceJson.Serialize(workspace);
        var first = new RadAiDocumentation(workspace).Render();
        var second = new RadAiDocumentation(workspace).Render();
        Assert.Equal(before, WorkspaceJson.Serialize(workspace));
        Assert.Equal(first.Select(d => (d.Path, d.Content)), second.Select(d => (d.Path, d.Content)));
    }

    [Fact]
    public void Writing_the_set_document_by_document_gives_the_files_render_gives()
    {
        var workspace = RadAi.Dsl.Tests.Ai.RichModel.Build();
        var rendered = new RadAiDocumentation(workspace).Render();
        var folder = Path.Combine(Path.GetTempPath(), "radai-writeto-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = new RadAiDocumentation(workspace).WriteTo(folder);
            Assert.Equal(rendered.Select(d => Path.Combine(folder, d.Path.Replace('/', Path.DirectorySeparatorChar))), written);
            foreach (var document in rendered)
                Assert.Equal(document.Content, File.ReadAllText(Path.Combine(folder, document.Path)));
            Assert.Equal(written.Count, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_markdown_writer_over_an_output_writes_what_it_would_keep_in_memory()
    {
        static MarkdownWriter Document(MarkdownWriter markdown) => markdown
            .Heading(1, "Title").Paragraph("Some prose.\r\nMore.")
            .Table(["A", "B"], [["1", null], ["x|y", "two\nlines"]], "none").Table(["A"], [], "No rows.")
            .Bullets(["one", "two"], "none").Bullets([], "No items.")
            .Mermaid("flowchart LR\r\n    a --> b\n\n").Heading(2, "End");
        var output = new StringWriter();
        var streamed = Document(new MarkdownWriter(output));
        Assert.Equal(Document(new MarkdownWriter()).ToString(), output.ToString());
        Assert.Contains("\n\n_No rows._\n\n", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("```mermaid\nflowchart LR\n    a --> b\n```\n", output.ToString(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(streamed.ToString);
    }

    [Fact]
    public void A_flowchart_written_straight_into_a_document_is_the_text_of_its_source()
    {
        var plain = new RadAi.Dsl.Rendering.MermaidFlowchart("TB");
        plain.Subgraph("System", () => plain.Node("a", RadAi.Dsl.Rendering.NodeShape.Box, "A", "[Container]"));
        plain.Node("b", RadAi.Dsl.Rendering.NodeShape.Person, "B");
        plain.Edge("b", "a", "uses");
        plain.Style("a", "scope", "stroke-width:3px");
        var ai = new RadAi.Dsl.Rendering.RadAiFlowchart("LR");
        var x = ai.Node("x", ["X", "[ML]"]);
        var y = ai.Node("y", ["Y"], RadAi.Dsl.Rendering.FlowchartShape.Cylinder);
        ai.Subgraph("g", "Group", [x], "fill:#fff");
        ai.Edge(x, y, "feeds", dotted: true);
        ai.Class("st_ml", "fill:#bbdefb", [x]);
        foreach (var diagram in new RadAi.Dsl.Rendering.IMermaidDiagram[] { plain, ai })
        {
            var direct = new MarkdownWriter().Paragraph("Before.").Mermaid(diagram).Paragraph("After.").ToString();
            var viaText = new MarkdownWriter().Paragraph("Before.").Mermaid(diagram.ToString()!).Paragraph("After.").ToString();
            Assert.Equal(viaText, direct);
            Assert.EndsWith("\n```\n\nAfter.\n", direct, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_documentation_set_computes_each_extension_property_once_for_the_workspace_JSON_and_DSL_together()
    {
        var workspace = new Workspace("W");
        workspace.RadAi();
        var source = new CountingSource();
        workspace.PropertySource = source;
        var folder = Path.Combine(Path.GetTempPath(), "radai-properties-" + Guid.NewGuid().ToString("N"));
        try
        {
            new RadAiDocumentation(workspace).WriteTo(folder);
            Assert.Equal(1, source.Computed);
            Assert.Contains("\"radai:counted\":\"{\\\"n\\\":1}\"", File.ReadAllText(Path.Combine(folder, "workspace.json")), StringComparison.Ordinal);
            Assert.Contains("\"radai:counted\" \"{\\\"n\\\":1}\"", File.ReadAllText(Path.Combine(folder, "workspace.dsl")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class CountingSource : IWorkspacePropertySource
    {
        public int Computed { get; private set; }

        public IReadOnlyList<string> Keys => ["radai:counted"];

        public byte[] Utf8ValueOf(string key)
        {
            Computed++;
            return """{"n":1}"""u8.ToArray();
        }
    }

    [Fact]
    public void A_document_that_fails_while_it_is_streamed_to_its_file_leaves_no_half_written_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "radai-streamed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = new FolderOutput(folder);
            var failure = Assert.Throws<InvalidOperationException>(() => output.Write("sub/doc.md", text =>
            {
                text.Write(new string('x', 100_000));
                throw new InvalidOperationException("renderer failed");
            }));
            Assert.Equal("renderer failed", failure.Message);
            Assert.False(File.Exists(Path.Combine(folder, "sub", "doc.md")));
            output.Write("sub/doc.md", text => text.Write("é\n"));
            Assert.Equal([0xC3, 0xA9, (byte)'\n'], File.ReadAllBytes(output.FullPath("sub/doc.md")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("  plain text  ", "plain text")]
    [InlineData("a|b\\c", "a\\|b\\\\c")]
    [InlineData("one\r\ntwo\rthree\nfour", "one<br>two<br>three<br>four")]
    [InlineData("tab\there, bell\u0007, next line\u0085, DEL\u007F", "tab here, bell , next line , DEL ")]
    [InlineData(" \t ", "not stated")]
    public void A_table_cell_escapes_pipes_backslashes_breaks_and_control_characters(string value, string expected)
        => Assert.Equal(expected, MarkdownText.Cell(value));

    [Fact]
    public void Markdown_tables_escape_pipes_and_line_breaks()
    {
        var markdown = new MarkdownWriter()
            .Table(["Name", "Description"], [["a|b", "line one\nline two"], [null, "x"]], "none").ToString();
        Assert.Contains("| a\\|b | line one<br>line two |", markdown, StringComparison.Ordinal);
        Assert.Contains("| not stated | x |", markdown, StringComparison.Ordinal);
        MarkdownChecks.AssertWellFormed("t.md", markdown, new HashSet<string>());
    }

    [Fact]
    public void A_link_whose_label_has_brackets_survives_a_table_cell()
    {
        var link = Markup.Link("Use [ML] models", "rad-ai/x.md");
        var markdown = new MarkdownWriter().Table(["Document"], [[link]], "none").ToString();
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var inline = Assert.Single(Markdig.Markdown.Parse(markdown, pipeline).Descendants<LinkInline>());
        Assert.Equal("rad-ai/x.md", inline.Url);
        Assert.Contains("Use [ML] models", Markdig.Markdown.ToPlainText(markdown, pipeline), StringComparison.Ordinal);
        Assert.Contains(">Use [ML] models</a>", Markdig.Markdown.ToHtml(markdown, pipeline), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_says_so_instead_of_rendering_headers_only()
    {
        var markdown = new MarkdownWriter().Table(["A"], [], "No models are registered.").ToString();
        Assert.Equal("_No models are registered._\n", markdown);
    }

    [Theory]
    [InlineData("README.md", "rad-ai/c4-diagrams/x.md", "rad-ai/c4-diagrams/x.md")]
    [InlineData("rad-ai/arc42-extensions/05.md", "rad-ai/c4-diagrams/x.md", "../c4-diagrams/x.md")]
    [InlineData("rad-ai/arc42-extensions/09/adr.md", "README.md", "../../../README.md")]
    [InlineData("standard/c4/a.md", "standard/c4/b.md", "b.md")]
    public void Relative_links_between_documents(string from, string to, string expected)
        => Assert.Equal(expected, RelativePath.Between(from, to));

    private static Workspace GoldenJsonWorkspace() => WorkspaceJson.ReadFile(RepoPaths.Golden("big-bank-plc.rewritten-compact.json"));
}
