using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>Writes each file under a folder as it is produced: a large document is never held in memory.</summary>
internal sealed class FolderOutput(string directory) : DocumentOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The full path of a file of the set.</summary>
    public string FullPath(string path) => System.IO.Path.Combine(directory, path.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public override void Write(string path, Action<TextWriter> write)
        => WriteUtf8(path, file =>
        {
            using var output = new StreamWriter(file, Utf8, bufferSize: 1 << 16);
            write(output);
        });

    /// <inheritdoc />
    /// <remarks>A file that fails half-way is removed, not left truncated.</remarks>
    public override void WriteUtf8(string path, Action<Stream> write)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        try
        {
            using var file = File.Create(full);
            write(file);
        }
        catch
        {
            File.Delete(full);
            throw;
        }
    }
}
