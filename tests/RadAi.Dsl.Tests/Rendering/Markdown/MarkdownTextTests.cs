using Markdig;
using RadAi.Dsl.Rendering;
using static RadAi.Dsl.Tests.Support.RenderedHtml;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>Model text in every place the markdown writer puts it renders, with Markdig, as exactly that text and nothing else.</summary>
public class MarkdownTextTests
{
    public static TheoryData<string> Texts() =>
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<javascript:alert(1)>",
        "<https://evil.example>", "*bold*", "`code`", "``double``", "| pipe", "# heading", "trailing #", "trailing ##",
        "http://evil.example/x", "HTTPS://evil.example", "www.evil.example", "mailto:a@b.example", "tel:+123", "a@b.example",
        "_under_ and __strong__", "snake_case_name", "~~strike~~", "^sup^", "==mark==", "++ins++", "$x$", "$$ math $$",
        "&lt;b&gt; &amp; &#60;i&#62; &#x3C;", "{#id .cls onclick=alert(1)}", "- item", "+ item", "* item", "1. item", "2) item",
        "> quote", "back\\slash\\", "[^1] ![img](x.png)", "<!-- comment -->", "\"\"cite\"\"", "::: warning", "::inline::",
        ": definition", "---", "===", "[ ] task", "[x]: https://evil.example", "*[HTML]: abbreviation", "<", "a <", "R&D",
        "&", "!", "ends with scheme javascript:", "P95 < 250 ms, > 5 %", "a\tb\u0007c", "line one\nline two\r\n---\n# h\n> q",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Model_text_renders_as_itself_in_headings_paragraphs_cells_lists_links_and_code(string text)
    {
        foreach (var pipeline in Pipelines)
        {
            var plainHtml = Markdig.Markdown.ToHtml(Document("x"), pipeline);
            var html = Markdig.Markdown.ToHtml(Document(text), pipeline);
            var (plainText, visible) = (VisibleText(plainHtml), VisibleText(html));
            Assert.Equal(Elements(plainHtml), Elements(html));
            Assert.Equal(Targets(plainHtml), Targets(html));
            // Every place shows the text: as often as the plain document shows its "x".
            var expected = Collapse(WithoutControls(text));
            Assert.Equal(Count(plainText, "«x»"), Count(visible, "«" + expected + "»"));
        }
    }

    [Fact]
    public void A_link_to_a_path_cannot_end_early_or_name_a_scheme()
    {
        var html = Markdig.Markdown.ToHtml(new MarkdownWriter().Paragraph(Markup.Link("a", "javascript:alert(1)/x (y).md")).ToString());
        Assert.Contains("href=\"javascript%3Aalert%281%29/x%20%28y%29.md\"", html, StringComparison.Ordinal);
    }

    // The text in each place the writer puts model text, each time between guillemets so the test can find it.
    private static string Document(string text)
    {
        var marked = "«" + text + "»";
        var markdown = new MarkdownWriter()
            .Heading(2, marked)
            .Paragraph(text)
            .Paragraph(marked)
            .Paragraph($"Before {marked} after {Markup.Code(marked)}.")
            .Table(["A", "B"], [[text, marked], [Markup.Link(marked, "x.md"), Markup.Strong(marked)]], "none")
            .Bullets([text, marked, Markup.Emphasis(marked)], "none")
            .Note(marked);
        return markdown.ToString();
    }

    private static string WithoutControls(string text) => new([.. text.Select(c => char.IsControl(c) && c is not ('\n' or '\r') ? ' ' : c)]);
}
