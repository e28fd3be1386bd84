using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Rendering.Site;

/// <summary>One markdown document to the HTML of its page: links to documents become links to pages; headings get anchors.</summary>
public sealed class SiteMarkdownTests
{
    private static string Html(string markdown)
    {
        using var text = new StringWriter();
        SiteMarkdown.WriteHtml(markdown, text);
        return text.ToString();
    }

    [Theory]
    [InlineData("README.md", "index.html")]
    [InlineData("rad-ai/arc42-extensions/09-ai-decision-records/README.md", "rad-ai/arc42-extensions/09-ai-decision-records/index.html")]
    [InlineData("gap-analysis.md", "gap-analysis.html")]
    [InlineData("standard/c4/system-context.md", "standard/c4/system-context.html")]
    [InlineData("workspace.json", "workspace.json")]
    [InlineData("workspace.dsl", "workspace.dsl")]
    public void A_document_path_maps_to_its_page(string path, string page)
        => Assert.Equal(page, SiteMarkdown.PagePath(path));

    [Theory]
    [InlineData("[E1](rad-ai/arc42-extensions/03-ai-boundary-delineation.md)", "href=\"rad-ai/arc42-extensions/03-ai-boundary-delineation.html\"")]
    [InlineData("[gaps](../../gap-analysis.md#the-matrix)", "href=\"../../gap-analysis.html#the-matrix\"")]
    [InlineData("[E5](09-ai-decision-records/README.md)", "href=\"09-ai-decision-records/index.html\"")]
    [InlineData("[json](workspace.json)", "href=\"workspace.json\"")]
    [InlineData("[here](#a-section)", "href=\"#a-section\"")]
    [InlineData("[web](https://example.org/notes.md)", "href=\"https://example.org/notes.md\"")]
    public void Links_to_markdown_documents_become_links_to_their_pages_and_others_stay(string markdown, string expected)
        => Assert.Contains(expected, Html(markdown), StringComparison.Ordinal);

    [Fact]
    public void Headings_get_GitHub_style_ids_and_a_link_to_themselves()
    {
        var html = Html("## E3 Data pipeline view: stages & features\n");
        Assert.Contains("<h2 id=\"e3-data-pipeline-view-stages--features\">E3 Data pipeline view: stages &amp; features<a href=\"#e3-data-pipeline-view-stages--features\" class=\"anchor\" aria-label=\"Link to this section\">#</a></h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_become_tables_and_mermaid_blocks_elements_for_mermaid_with_their_text_escaped()
    {
        var html = Html("| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```mermaid\nflowchart LR\n    a[\"<b>A</b>\"] --> b\n```\n");
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"mermaid\">flowchart LR\n    a[\"&lt;b>A&lt;/b>\"] --> b\n</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_is_not_shown_on_the_page()
    {
        var html = Html("---\nstatus: Accepted\ndate: 2025-01-15\n---\n# AI-ADR-001: A title\n\nText.\n");
        Assert.DoesNotContain("status", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<hr", html, StringComparison.Ordinal);
        Assert.StartsWith("<h1 id=", html, StringComparison.Ordinal);
    }
}
