using System.Text.Json;
using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Site;

/// <summary>
/// <see cref="RadAiDocumentation.WriteSite"/>: a page per markdown document, links between pages, the assets and the
/// pinned Mermaid shipped with the site, navigation, and the same bytes every time.
/// </summary>
public sealed partial class StaticSiteTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("radai-site-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string WriteRichSite(string name = "site")
    {
        var folder = Path.Combine(_temp, name);
        new RadAiDocumentation(RichModel.Build()).WriteSite(folder);
        return folder;
    }

    private static string FileOf(string site, string path) => Path.Combine(site, path.Replace('/', Path.DirectorySeparatorChar));

    private static IEnumerable<string> Pages(string site) => Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories);

    [Fact]
    public void Every_markdown_document_becomes_a_page_and_the_other_files_are_copied_as_they_are()
    {
        var documents = new RadAiDocumentation(RichModel.Build()).Render();
        var site = Path.Combine(_temp, "site");
        var written = new RadAiDocumentation(RichModel.Build()).WriteSite(site);

        Assert.Equal(FileOf(site, "index.html"), written[0]);
        foreach (var document in documents)
        {
            if (document.Path.EndsWith(".md", StringComparison.Ordinal))
            {
                var page = document.Path.EndsWith("README.md", StringComparison.Ordinal) ? document.Path[..^"README.md".Length] + "index.html" : document.Path[..^3] + ".html";
                Assert.Contains(FileOf(site, page), written);
                Assert.Contains($"<title>{System.Net.WebUtility.HtmlEncode(document.Path == "README.md" ? document.Title : document.Title + " · " + "Netflix ML Platform")}</title>", File.ReadAllText(FileOf(site, page)), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(document.Content, File.ReadAllText(FileOf(site, document.Path)));
            }
        }
        Assert.Empty(Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories));
        Assert.Equal(written.Order(StringComparer.Ordinal), Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_between_documents_point_at_their_pages_and_every_relative_link_and_anchor_resolves()
    {
        var site = WriteRichSite();
        var checkedLinks = 0;
        var anchors = 0;
        foreach (var page in Pages(site))
        {
            var html = File.ReadAllText(page);
            foreach (Match link in Href().Matches(html))
            {
                var href = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                Assert.DoesNotMatch(@"\.md(#|$)", href);
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(hash < 0 ? href : href[..hash])));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(site, page)}: '{href}' points at no file");
                if (hash >= 0)
                {
                    var id = Uri.UnescapeDataString(href[(hash + 1)..]);
                    Assert.Contains($" id=\"{id}\"", File.ReadAllText(target), StringComparison.Ordinal);
                    anchors++;
                }
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
        Assert.True(anchors > 0, "no link with an #anchor was checked");
    }

    [Fact]
    public void The_assets_are_written_and_every_page_loads_them_by_a_relative_address_never_from_the_network()
    {
        var site = WriteRichSite();
        foreach (var asset in new[] { "assets/site.css", "assets/site.js", "assets/mermaid/mermaid.min.js", "assets/mermaid/LICENSE.txt" })
            Assert.True(new FileInfo(FileOf(site, asset)).Length > 0, asset);

        var nested = File.ReadAllText(FileOf(site, "rad-ai/c4-diagrams/container-diagram.html"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"../../assets/site.css\">", nested, StringComparison.Ordinal);
        Assert.Contains("<script src=\"../../assets/mermaid/mermaid.min.js\"></script>", nested, StringComparison.Ordinal);
        Assert.Contains("<script src=\"../../assets/site.js\"></script>", nested, StringComparison.Ordinal);
        Assert.Contains("href=\"../../assets/mermaid/LICENSE.txt\">MIT licence</a>", nested, StringComparison.Ordinal);
        foreach (var page in Pages(site))
            Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", File.ReadAllText(page));
    }

    [Fact]
    public void Every_mermaid_block_of_a_document_becomes_a_mermaid_element_of_its_page_with_the_diagram_source()
    {
        var documents = new RadAiDocumentation(RichModel.Build()).Render();
        var site = WriteRichSite();
        var document = documents.Find("rad-ai/c4-diagrams/container-diagram.md")!;
        var page = File.ReadAllText(FileOf(site, "rad-ai/c4-diagrams/container-diagram.html"));

        var fences = Regex.Count(document.Content, "^```mermaid$", RegexOptions.Multiline);
        Assert.True(fences > 0);
        Assert.Equal(fences, Regex.Count(page, "<pre class=\"mermaid\">"));
        Assert.DoesNotContain("language-mermaid", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"mermaid\">flowchart", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_navigates_to_every_listed_document_and_marks_its_own()
    {
        var documents = new RadAiDocumentation(RichModel.Build()).Render();
        var site = WriteRichSite();
        var listed = documents.Where(d => d.Listed && d.Path.EndsWith(".md", StringComparison.Ordinal) && d.Path != "README.md").ToList();

        var page = File.ReadAllText(FileOf(site, "rad-ai/arc42-extensions/11-ai-debt-register.html"));
        var navigation = page[page.IndexOf("<nav", StringComparison.Ordinal)..page.IndexOf("</nav>", StringComparison.Ordinal)];
        foreach (var document in listed)
            Assert.Contains($">{System.Net.WebUtility.HtmlEncode(document.Title)}</a>", navigation, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../index.html\">Overview</a>", navigation, StringComparison.Ordinal);
        Assert.Contains("<a href=\"11-ai-debt-register.html\" aria-current=\"page\">", navigation, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(navigation, "aria-current"));
        Assert.Contains("<h2>RAD-AI arc42 extensions</h2>", navigation, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_the_site_twice_gives_the_same_bytes()
    {
        var first = WriteRichSite("first");
        var second = WriteRichSite("second");

        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
    }

    [Fact]
    public void A_file_in_the_way_of_the_site_folder_is_called_a_file()
    {
        var blocker = Path.Combine(_temp, "blocker");
        File.WriteAllText(blocker, "not a folder");
        var output = Path.Combine(blocker, "site");

        var e = Assert.Throws<IOException>(() => new RadAiDocumentation(new Workspace("Shop")).WriteSite(output));

        Assert.Equal($"Cannot write the documentation to '{output}': '{blocker}' is a file, not a folder.", e.Message);
    }

    [Fact]
    public void An_empty_workspace_still_gets_an_index_page_and_the_assets()
    {
        var site = Path.Combine(_temp, "empty");
        var written = new RadAiDocumentation(new Workspace("Empty")).WriteSite(site);

        Assert.Equal(FileOf(site, "index.html"), written[0]);
        Assert.Contains(FileOf(site, "assets/mermaid/mermaid.min.js"), written);
        Assert.Contains("<h1 id=\"empty--architecture-documentation\">", File.ReadAllText(written[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_mermaid_is_the_version_the_npm_tools_pin_with_its_MIT_licence()
    {
        var bundle = SiteAssets.Text(SiteAssets.Mermaid);
        Assert.Contains($"{{version:\"{SiteAssets.MermaidVersion}\"}}", bundle, StringComparison.Ordinal);
        foreach (var tool in new[] { "mermaid-check", "diagram-check" })
        {
            var folder = Path.Combine(RepoPaths.Root, "tools", tool);
            using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
            Assert.Equal(SiteAssets.MermaidVersion, package.RootElement.GetProperty("dependencies").GetProperty("mermaid").GetString());
            using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package-lock.json")));
            Assert.Equal(SiteAssets.MermaidVersion, lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/mermaid").GetProperty("version").GetString());
        }
        var licence = SiteAssets.Text(SiteAssets.MermaidLicence);
        Assert.StartsWith("The MIT License (MIT)", licence, StringComparison.Ordinal);
        Assert.Contains($"mermaid {SiteAssets.MermaidVersion}", licence, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
