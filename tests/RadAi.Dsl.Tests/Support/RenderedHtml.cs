using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace RadAi.Dsl.Tests.Support;

/// <summary>
/// Markdown turned into HTML by Markdig, read as a reader sees it: the elements in order, the link and image targets, and
/// the visible text (tags dropped, entities decoded, white space folded). Mermaid blocks are left out: they are text for
/// a diagram, checked with the Mermaid parser. So are JSON blocks (an AI-ADR's record as data): their text is escaped as
/// JSON, and reading the workspace back checks them.
/// </summary>
internal static partial class RenderedHtml
{
    /// <summary>CommonMark with GFM tables, and Markdig with all its advanced extensions (attributes, math, autolinks …).</summary>
    public static readonly MarkdownPipeline[] Pipelines =
    [
        new MarkdownPipelineBuilder().UsePipeTables().Build(),
        new MarkdownPipelineBuilder().UseAdvancedExtensions().Build(),
    ];

    /// <summary>The element names in document order, without line breaks (model text's own line breaks are shown as one).</summary>
    public static string Elements(string html) => string.Join(' ', Tag().Matches(WithoutMermaid(html)).Select(m => m.Groups[1].Value.ToLowerInvariant()).Where(t => t != "br"));

    /// <summary>Every href and src value.</summary>
    public static IEnumerable<string> Targets(string html) => Target().Matches(html).Select(m => m.Groups[1].Value);

    /// <summary>Whether the HTML has a script or image element, or an event handler attribute (on…=).</summary>
    public static bool HasActiveContent(string html) => ScriptOrImage().IsMatch(html) || EventAttribute().IsMatch(html);

    /// <summary>The text a reader sees, white space folded.</summary>
    public static string VisibleText(string html)
        => Collapse(WebUtility.HtmlDecode(AnyTag().Replace(LineBreak().Replace(WithoutMermaid(html), " "), string.Empty)));

    /// <summary>White space runs as one space, trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>How often <paramref name="part"/> occurs in <paramref name="text"/>, not overlapping.</summary>
    public static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string WithoutMermaid(string html) => MermaidHtml().Replace(html, string.Empty);

    [GeneratedRegex(@"<(?:script|img)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrImage();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    [GeneratedRegex(@"<([a-zA-Z][a-zA-Z0-9]*)\b")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<pre class=""mermaid"">[\s\S]*?</pre>|<pre><code class=""language-(?:mermaid|json)"">[\s\S]*?</code></pre>")]
    private static partial Regex MermaidHtml();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
