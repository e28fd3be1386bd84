using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The files of the documentation set as a static website: a page per markdown document (README.md files become
/// index.html), the other files of the set (workspace JSON and DSL) as they are, and the assets. Pages are made as they
/// are written, so only the markdown set is held in memory. Same documents, same bytes.
/// </summary>
internal sealed class StaticSite
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly string _systemName;
    private readonly DocumentSet _documents;
    private readonly IReadOnlyList<SiteSection> _navigation;

    public StaticSite(string systemName, DocumentSet documents, IReadOnlyList<SiteSection> navigation)
    {
        _systemName = systemName;
        _documents = documents;
        _navigation = navigation;
    }

    /// <summary>Every file's path in the site ('/' separated), in the order written: index.html first, assets last.</summary>
    public IReadOnlyList<string> Paths => [.. _documents.Select(d => SiteMarkdown.PagePath(d.Path)), .. SiteAssets.Paths];

    /// <summary>Writes every file under <paramref name="directory"/>; returns the full paths written, index.html first.</summary>
    /// <exception cref="IOException">The folder cannot be written; the message names it and says why.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable; the message names it.</exception>
    public IReadOnlyList<string> WriteTo(string directory)
        => RadAiDocumentation.WritingTo(directory, () =>
        {
            var folder = new FolderOutput(directory);
            var index = _documents[0];
            var written = new List<string>();
            foreach (var document in _documents)
            {
                var path = SiteMarkdown.PagePath(document.Path);
                if (SiteMarkdown.IsPage(document.Path))
                    folder.Write(path, page => SitePage.Write(page, _systemName, document, _navigation, index));
                else
                    folder.WriteUtf8(path, file => file.Write(Utf8.GetBytes(document.Content)));
                written.Add(folder.FullPath(path));
            }
            foreach (var asset in SiteAssets.Paths)
            {
                folder.WriteUtf8(asset, file => SiteAssets.CopyTo(asset, file));
                written.Add(folder.FullPath(asset));
            }
            return written;
        });
}
