using System.Collections;
using System.Text;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>The files of a generated documentation set, in a stable order; written to a folder in one call.</summary>
public sealed class DocumentSet : IReadOnlyList<GeneratedDocument>
{
    private readonly List<GeneratedDocument> _documents;

    internal DocumentSet(IEnumerable<GeneratedDocument> documents)
    {
        _documents = documents.ToList();
        var duplicate = _documents.GroupBy(d => d.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two generated documents share the path '{duplicate.Key}'.");
    }

    /// <inheritdoc />
    public GeneratedDocument this[int index] => _documents[index];

    /// <inheritdoc />
    public int Count => _documents.Count;

    /// <summary>The document at a path, or null.</summary>
    public GeneratedDocument? Find(string path) => _documents.FirstOrDefault(d => d.Path == path);

    /// <summary>Writes every file under <paramref name="directory"/> (created if missing) as UTF-8 without BOM; returns the full paths written.</summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var written = new List<string>();
        var encoding = new UTF8Encoding(false);
        foreach (var document in _documents)
        {
            var path = Path.Combine(directory, document.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, document.Content, encoding);
            written.Add(path);
        }
        return written;
    }

    /// <inheritdoc />
    public IEnumerator<GeneratedDocument> GetEnumerator() => _documents.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
