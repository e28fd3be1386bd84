using System.Collections;
using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>The files of a generated documentation set, in a stable order; written to a folder in one call.</summary>
public sealed class DocumentSet : IReadOnlyList<GeneratedDocument>
{
    private static readonly UTF8Encoding Utf8 = new(false);
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
        return _documents.Select(d => Write(directory, d)).ToList();
    }

    /// <summary>Writes one document under <paramref name="directory"/> as UTF-8 without BOM; returns its full path.</summary>
    internal static string Write(string directory, GeneratedDocument document)
        => WriteStreamed(directory, document, (TextWriter output) => output.Write(document.Content));

    /// <summary>
    /// Writes one document under <paramref name="directory"/> as UTF-8 without BOM, its text coming from
    /// <paramref name="write"/> as it is produced (<see cref="Write(string, GeneratedDocument)"/> is this for a text
    /// already made); returns its full path. A document that fails half-way is removed, not left truncated.
    /// </summary>
    internal static string WriteStreamed(string directory, GeneratedDocument listing, Action<TextWriter> write)
        => WriteStreamed(directory, listing, (Stream file) =>
        {
            using var output = new StreamWriter(file, Utf8, bufferSize: 1 << 16);
            write(output);
        });

    /// <summary>Writes one document's bytes under <paramref name="directory"/> as <paramref name="write"/> produces them; as above.</summary>
    internal static string WriteStreamed(string directory, GeneratedDocument listing, Action<Stream> write)
    {
        var path = Path.Combine(directory, listing.Path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = File.Create(path);
            write(file);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return path;
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
