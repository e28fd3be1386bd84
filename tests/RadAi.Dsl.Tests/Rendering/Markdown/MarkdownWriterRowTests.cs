using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class MarkdownWriterRowTests
{
    private static readonly string[] Headers = ["Name", "Note"];

    [Fact]
    public void A_table_written_row_by_row_is_the_table_of_its_rows()
    {
        Markup[][] rows = [["a|b", null], ["  c ", "line\nbreak"], ["", "d"]];
        var whole = new MarkdownWriter().Heading(2, "T").Table(Headers, rows, "None.").Paragraph("after");
        var byRow = new MarkdownWriter().Heading(2, "T").BeginTable(Headers, "None.");
        foreach (var row in rows) byRow.Row(row);
        byRow.EndTable().Paragraph("after");

        Assert.Equal(whole.ToString(), byRow.ToString());
    }

    [Fact]
    public void A_table_without_rows_is_its_paragraph()
    {
        var whole = new MarkdownWriter().Heading(2, "T").Table(Headers, [], "Nothing recorded.").Paragraph("after");
        var byRow = new MarkdownWriter().Heading(2, "T").BeginTable(Headers, "Nothing recorded.").EndTable().Paragraph("after");

        Assert.Equal(whole.ToString(), byRow.ToString());
        Assert.Contains("_Nothing recorded._", byRow.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_belong_to_an_open_table_and_nothing_else_is_written_inside_one()
    {
        var markdown = new MarkdownWriter();
        Assert.Throws<InvalidOperationException>(() => markdown.Row("a", "b"));
        Assert.Throws<InvalidOperationException>(() => markdown.EndTable());

        markdown.BeginTable(Headers, "None.");
        Assert.Throws<InvalidOperationException>(() => markdown.Row("only one"));
        Assert.Throws<InvalidOperationException>(() => markdown.Paragraph("inside"));
        Assert.Throws<InvalidOperationException>(() => markdown.BeginTable(Headers, "None."));
        markdown.Row("a", "b").EndTable().Paragraph("after");
        Assert.Equal("| Name | Note |\n| --- | --- |\n| a | b |\n\nafter\n", markdown.ToString());
    }
}
