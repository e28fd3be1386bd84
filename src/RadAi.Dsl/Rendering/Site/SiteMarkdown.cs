using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Turns one generated markdown document into the HTML of its page with Markdig: pipe tables, GitHub-style heading ids
/// (the anchors the documents link to) with a self-link on each heading, ```mermaid blocks as <c>div.mermaid</c> for the
/// page's Mermaid to draw, and links to .md documents turned into links to their .html pages.
/// </summary>
internal static class SiteMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseDiagrams()
        // An AI-ADR's record file starts with front matter for Structurizr's MADR importer: data, not part of the page.
        .UseYamlFrontMatter()
        .Build();

    /// <summary>Writes the HTML of <paramref name="markdown"/> (no page around it) to <paramref name="output"/>.</summary>
    public static void WriteHtml(string markdown, TextWriter output)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!link.IsImage && link.Url is { } url) link.Url = PageLink(url);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null || heading.TryGetAttributes()?.Id is not { Length: > 0 } id) continue;
            var anchor = new LinkInline("#" + id, string.Empty);
            anchor.AppendChild(new LiteralInline("#"));
            anchor.GetAttributes().AddClass("anchor");
            anchor.GetAttributes().AddProperty("aria-label", "Link to this section");
            heading.Inline.AppendChild(anchor);
        }
        var renderer = new HtmlRenderer(output);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        output.Flush();
    }

    /// <summary>
    /// The site path of a document: a folder's README.md becomes its index.html, any other .md its .html; other files
    /// (workspace.json, workspace.dsl) keep their path.
    /// </summary>
    public static string PagePath(string path)
    {
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return path;
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        return string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase)
            ? path[..(slash + 1)] + "index.html"
            : path[..^3] + ".html";
    }

    /// <summary>Whether a path is a page (a markdown document) rather than a file copied as it is.</summary>
    public static bool IsPage(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    // A relative link to a .md document (with or without #anchor) points at its page; anything else is left alone.
    private static string PageLink(string url)
    {
        if (url.Length == 0 || url[0] is '#' or '/' || HasScheme(url)) return url;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        return IsPage(path) ? PagePath(path) + (hash < 0 ? string.Empty : url[hash..]) : url;
    }

    // "https:", "mailto:": a scheme is letters, digits, '+', '-', '.' before the first ':', and comes before any '/'.
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}
