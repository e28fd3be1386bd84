using RadAi.Dsl.C4;
using RadAi.Dsl.Rendering.Structurizr;

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
