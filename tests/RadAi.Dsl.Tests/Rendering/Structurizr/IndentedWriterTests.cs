using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

public class IndentedWriterTests
{
    [Fact]
    public void A_collapsible_block_with_content_opens_and_closes_and_an_empty_one_is_its_head_alone()
    {
        var text = new IndentedWriter()
            .Open("model {")
            .OpenCollapsible("a = softwareSystem \"A\"")
            .OpenCollapsible("b = container \"B\"").CloseCollapsible()
            .OpenCollapsible("c = container \"C\"").Line("url \"https://c\"").CloseCollapsible()
            .CloseCollapsible()
            .OpenCollapsible("d = person \"D\"").CloseCollapsible()
            .Close()
            .ToString();
        Assert.Equal(
            "model {\n" +
            "    a = softwareSystem \"A\" {\n" +
            "        b = container \"B\"\n" +
            "        c = container \"C\" {\n" +
            "            url \"https://c\"\n" +
            "        }\n" +
            "    }\n" +
            "    d = person \"D\"\n" +
            "}\n",
            text);
    }

    [Fact]
    public void Blank_lines_inside_a_collapsible_block_are_kept_only_when_the_block_has_content()
    {
        var text = new IndentedWriter()
            .OpenCollapsible("empty").Line().Line().CloseCollapsible()
            .OpenCollapsible("full").Line().OpenCollapsible("inner").Line().Line("x").CloseCollapsible().CloseCollapsible()
            .ToString();
        Assert.Equal("empty\nfull {\n\n    inner {\n\n        x\n    }\n}\n", text);
    }

    [Fact]
    public void Written_to_an_output_the_text_is_the_same_and_ToString_says_where_it_went()
    {
        var output = new StringWriter();
        var streamed = new IndentedWriter(output).OpenCollapsible("a").OpenCollapsible("b").Line("c").CloseCollapsible().CloseCollapsible();
        var memory = new IndentedWriter().OpenCollapsible("a").OpenCollapsible("b").Line("c").CloseCollapsible().CloseCollapsible();
        Assert.Equal(memory.ToString(), output.ToString());
        Assert.Throws<InvalidOperationException>(streamed.ToString);
    }

    [Fact]
    public void A_line_written_in_pieces_is_the_line_written_whole()
    {
        var whole = new IndentedWriter().Open("model {").Line("a = person \"A \\\"B\\\"\" 42 -7").Line().Close().ToString();
        var pieces = new IndentedWriter()
            .Write("model").Write(" {").Open()
            .Write("a").Write("").Write(" = person ").Quoted("A \"B\"").Write(" ").Write(42).Write(" ").Write(-7).EndLine()
            .Write("").Write(ReadOnlySpan<char>.Empty).EndLine()
            .Close()
            .ToString();
        Assert.Equal(whole, pieces);
        Assert.Equal("model {\n    a = person \"A \\\"B\\\"\" 42 -7\n\n}\n", pieces);
    }

    [Fact]
    public void In_a_collapsible_block_a_line_in_pieces_is_content_and_a_line_of_empty_pieces_is_a_blank_line()
    {
        var text = new IndentedWriter()
            .OpenCollapsible("empty").Write("").EndLine().CloseCollapsible()
            .OpenCollapsible("full").Write("").EndLine().Write("x ").Quoted("y").EndLine().CloseCollapsible()
            .ToString();
        Assert.Equal("empty\nfull {\n\n    x \"y\"\n}\n", text);
    }

    [Fact]
    public void A_head_written_in_pieces_is_the_head_given_whole_inside_other_heads_and_after_closed_ones()
    {
        // Long heads too: the heads wait in one buffer, and a long one spans several of its chunks.
        var longName = new string('n', 5_000);
        IndentedWriter Whole(IndentedWriter w) => w
            .OpenCollapsible("a = softwareSystem \"A\"")
            .OpenCollapsible("b = container \"" + longName + "\"").CloseCollapsible()
            .OpenCollapsible("c = container \"C\"").OpenCollapsible("d = component \"" + longName + "\"").Line("url \"https://d\"").CloseCollapsible().CloseCollapsible()
            .CloseCollapsible()
            .OpenCollapsible("e = person \"E\"").CloseCollapsible();
        IndentedWriter Pieces(IndentedWriter w) => w
            .OpenCollapsible().Write("a = softwareSystem ").Quoted("A").EndLine()
            .OpenCollapsible().Write("b = container ").Quoted(longName).EndLine().CloseCollapsible()
            .OpenCollapsible().Write("c").Write(" = container ").Quoted("C").EndLine()
            .OpenCollapsible().Write("d = component ").Quoted(longName).EndLine().Write("url ").Quoted("https://d").EndLine().CloseCollapsible()
            .CloseCollapsible()
            .CloseCollapsible()
            .OpenCollapsible().Write("e = person ").Quoted("E").EndLine().CloseCollapsible();
        var expected =
            "a = softwareSystem \"A\" {\n" +
            "    b = container \"" + longName + "\"\n" +
            "    c = container \"C\" {\n" +
            "        d = component \"" + longName + "\" {\n" +
            "            url \"https://d\"\n" +
            "        }\n" +
            "    }\n" +
            "}\n" +
            "e = person \"E\"\n";
        Assert.Equal(expected, Whole(new IndentedWriter()).ToString());
        Assert.Equal(expected, Pieces(new IndentedWriter()).ToString());
        var streamed = new StringWriter();
        Pieces(new IndentedWriter(streamed));
        Assert.Equal(expected, streamed.ToString());
    }

    [Fact]
    public void A_block_cannot_open_or_close_in_the_middle_of_a_line()
    {
        Assert.Throws<InvalidOperationException>(() => new IndentedWriter().Write("x").OpenCollapsible());
        Assert.Throws<InvalidOperationException>(() => new IndentedWriter().Open("a {").Write("x").Close());
        Assert.Throws<InvalidOperationException>(() => new IndentedWriter().OpenCollapsible("a").Write("x").CloseCollapsible());
        Assert.Throws<InvalidOperationException>(() => new IndentedWriter().OpenCollapsible().Write("a").Open());
    }

    [Fact]
    public void The_dsl_streamed_to_a_writer_is_the_dsl_export_gives_and_the_other_files_come_back()
    {
        var workspace = RichWorkspace.Build();
        var export = StructurizrDslExporter.Export(workspace);
        var output = new StringWriter();
        var others = StructurizrDslExporter.ExportTo(workspace, output);
        Assert.Equal(export.Workspace, output.ToString());
        Assert.Equal(export.Files.Where(f => f.Key != DslExport.WorkspaceFileName), others);
        Assert.NotEmpty(others);
    }

    [Fact]
    public void An_element_without_children_is_one_line_and_one_with_a_url_is_a_block()
    {
        var workspace = new Workspace("W");
        workspace.Model.AddPerson("Plain");
        workspace.Model.AddPerson("Linked").Url = "https://example.com";
        var dsl = StructurizrDslExporter.Export(workspace).Workspace;
        Assert.Contains("        plain = person \"Plain\"\n", dsl, StringComparison.Ordinal);
        Assert.Contains("        linked = person \"Linked\" {\n            url \"https://example.com\"\n        }\n", dsl, StringComparison.Ordinal);
    }
}
