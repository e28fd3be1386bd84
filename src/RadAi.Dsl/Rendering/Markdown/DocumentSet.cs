using System.Collections;

namespace RadAi.Dsl.Rendering;

/// <summary>The files of a generated documentation set, in a stable order; written to a folder in one call.</summary>
public sealed class DocumentSet : IReadOnlyList<GeneratedDocument>
{
    private readonly List<GeneratedDocument> _documents;

    internal DocumentSet(IEnumerable<GeneratedDocument> documents)
    {
        _documents = documents.ToList();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in _documents) RequireUnique(paths, document);
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
        var folder = new FolderOutput(directory);
        return _documents.Select(d =>
        {
            folder.Write(d.Path, text => text.Write(d.Content));
            return folder.FullPath(d.Path);
        }).ToList();
    }

    /// <summary>Throws when a second document claims a path.</summary>
    internal static void RequireUnique(HashSet<string> paths, GeneratedDocument document)
    {
        if (!paths.Add(document.Path)) throw new InvalidOperationException($"Two generated documents share the path '{document.Path}'.");
    }

    /// <inheritdoc />
    public IEnumerator<GeneratedDocument> GetEnumerator() => _documents.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
