using System.Globalization;

namespace RadAi.Dsl;

/// <summary>
/// Reads the bytes of workspace JSON from a file or a stream, never more than a limit: a file too large is refused by
/// its length before it is read, a stream (or a device such as /dev/zero) when it goes past the limit. A NUL byte ends
/// the reading early: JSON text never holds one (not even inside a string), so the parser will stop at or before it
/// with the same error whatever follows.
/// </summary>
internal static class WorkspaceJsonSource
{
    private const int FirstChunk = 64 * 1024;

    /// <summary>The bytes of a file; every failure is a <see cref="WorkspaceJsonException"/> naming the file.</summary>
    public static ReadOnlyMemory<byte> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Read(file, WorkspaceJson.MaxInputBytes, "the file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new WorkspaceJsonException($"Cannot read workspace file '{path}': {FileSystemWords.WhyNotRead(path, e)}.", e);
        }
        catch (WorkspaceJsonException e)
        {
            throw new WorkspaceJsonException($"Cannot read workspace file '{path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// The bytes of a stream, up to <paramref name="limit"/> (and up to the first NUL byte); <paramref name="name"/>
    /// names the input in the error for a larger one.
    /// </summary>
    public static ReadOnlyMemory<byte> Read(Stream stream, long limit, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var known = stream.CanSeek ? stream.Length - stream.Position : 0;
        if (known > limit) throw TooLarge($"{name} is {Bytes(known)}, more", limit);
        // A length of 0 says nothing (pipes, devices, /proc): read and see.
        var buffer = new byte[(int)Math.Min(Math.Max(known + 1, FirstChunk), limit + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit) throw TooLarge($"{name} is larger", limit);
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit + 1));
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0) return buffer.AsMemory(0, length);
            var nul = buffer.AsSpan(length, read).IndexOf((byte)0);
            if (nul >= 0) return buffer.AsMemory(0, length + nul + 1);
            length += read;
        }
    }

    private static WorkspaceJsonException TooLarge(string what, long limit)
        => new($"{what} than the limit of {Describe(limit)} ({Bytes(limit)}) for workspace JSON.");

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    private static string Describe(long limit) => limit % (1 << 20) == 0
        ? (limit % (1L << 30) == 0 ? $"{limit >> 30} GiB" : $"{limit >> 20} MiB")
        : Bytes(limit);
}
