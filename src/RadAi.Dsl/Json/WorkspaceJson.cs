using System.Text;
using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Reads and writes Structurizr workspace JSON exactly as structurizr-java 5 does (compact output is
/// byte-identical to Java's; indented output is equal as JSON).
/// </summary>
/// <example>
/// <code>
/// string json = WorkspaceJson.Serialize(workspace);          // compact, as the Structurizr API expects
/// Workspace again = WorkspaceJson.Deserialize(json);
/// </code>
/// </example>
public static class WorkspaceJson
{
    /// <summary>Writes the workspace as JSON text.</summary>
    public static string Serialize(Workspace workspace, bool indented = false)
    {
        using var buffer = WriteToSegments(workspace, indented);
        return buffer.ToUtf16String();
    }

    /// <summary>Writes the workspace as UTF-8 JSON bytes (no byte order mark).</summary>
    public static byte[] SerializeToUtf8Bytes(Workspace workspace, bool indented = false)
    {
        using var buffer = WriteToSegments(workspace, indented);
        return buffer.ToArray();
    }

    // Pooled segments, not a growing array: a large workspace is tens of megabytes of JSON, which a doubling array
    // reaches through about twice that in large-object garbage and a copy at every doubling.
    private static PooledSegmentWriter WriteToSegments(Workspace workspace, bool indented)
    {
        var buffer = new PooledSegmentWriter();
        try
        {
            var writer = new JacksonJsonWriter(buffer, indented);
            new WorkspaceJsonWriter(writer).Write(Require(workspace));
            writer.Flush();
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        return buffer;
    }

    /// <summary>Writes the workspace as UTF-8 JSON to a stream (left open).</summary>
    public static void Serialize(Workspace workspace, Stream utf8Json, bool indented = false) => Serialize(workspace, utf8Json, null, indented);

    /// <summary>As above, with the workspace properties taken already (<see cref="Workspace.WrittenProperties"/>), or null to take them now.</summary>
    internal static void Serialize(Workspace workspace, Stream utf8Json, IEnumerable<WrittenProperty>? properties, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new StreamBufferWriter(utf8Json);
        var writer = new JacksonJsonWriter(buffer, indented);
        new WorkspaceJsonWriter(writer, properties).Write(Require(workspace));
        writer.Flush();
        buffer.Flush();
        utf8Json.Flush();
    }

    /// <summary>
    /// The most bytes of workspace JSON <see cref="ReadFile"/>, <see cref="Deserialize(Stream)"/> and
    /// <c>Inspector.RunFile</c> read: 1 GiB. A larger file is refused by its length before it is read,
    /// a stream (a pipe, a device) once it goes past the limit.
    /// </summary>
    public const long MaxInputBytes = 1L << 30;

    /// <summary>
    /// Reads a workspace from JSON text. As in structurizr-java, a lone UTF-16 surrogate escape (<c>"\ud800"</c>) is
    /// accepted; it reads as <c>?</c>, which is what Java writes for it.
    /// </summary>
    /// <exception cref="WorkspaceJsonException">The JSON is malformed, has a value of the wrong type or a dangling reference; the message names the JSON path.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Workspace Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // The UTF-8 copy lives only while the reader runs (what it keeps, it copies): a pooled buffer instead of a new
        // array per read, which for a large workspace is a large object that only a full collection frees.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            // A string's UTF-8 is valid (a lone surrogate in it becomes U+FFFD), so it needs no check.
            var utf8 = SkipByteOrderMark(buffer.AsSpan(0, length));
            if (LoneSurrogateEscapes.FindFirst(utf8) >= 0) return ReadChecked(LoneSurrogateEscapes.Replace(utf8.ToArray()));
            return WorkspaceJsonReader.Read(utf8);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a workspace from UTF-8 JSON (a byte order mark is skipped).</summary>
    /// <exception cref="WorkspaceJsonException">The JSON cannot be read as a workspace, or is not valid UTF-8 (the message gives the line and column).</exception>
    public static Workspace Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        // The reader works on the span itself; only a lone surrogate to replace needs a copy.
        utf8Json = SkipByteOrderMark(utf8Json);
        RequireUtf8(utf8Json);
        if (LoneSurrogateEscapes.FindFirst(utf8Json) >= 0) return ReadChecked(LoneSurrogateEscapes.Replace(utf8Json.ToArray()));
        return WorkspaceJsonReader.Read(utf8Json);
    }

    /// <summary>Reads a workspace from a UTF-8 JSON stream, up to <see cref="MaxInputBytes"/>.</summary>
    /// <exception cref="WorkspaceJsonException">The JSON cannot be read as a workspace, the stream holds more than <see cref="MaxInputBytes"/>, or reading it fails.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static Workspace Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReadOnlyMemory<byte> bytes;
        try
        {
            bytes = WorkspaceJsonSource.Read(utf8Json, MaxInputBytes, "the stream");
        }
        catch (IOException e)
        {
            throw new WorkspaceJsonException($"Cannot read the workspace JSON stream: {e.Message}", e);
        }
        return Deserialize(bytes);
    }

    /// <summary>Reads a workspace JSON file of up to <see cref="MaxInputBytes"/>; errors name the file.</summary>
    /// <exception cref="WorkspaceJsonException">The file cannot be read, is larger than <see cref="MaxInputBytes"/>, or is not a workspace.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Workspace ReadFile(string path)
    {
        var bytes = WorkspaceJsonSource.ReadFile(path);
        try
        {
            return Deserialize(bytes);
        }
        catch (WorkspaceJsonException e)
        {
            throw new WorkspaceJsonException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Writes a workspace JSON file (compact unless <paramref name="indented"/>).</summary>
    public static void WriteFile(Workspace workspace, string path, bool indented = false)
        => File.WriteAllBytes(path, SerializeToUtf8Bytes(workspace, indented));

    private static Workspace Deserialize(ReadOnlyMemory<byte> utf8Json) => ReadChecked(Check(utf8Json));

    /// <summary>
    /// The input as the reader takes it: without a byte order mark (tolerated, as Jackson's byte reader does), checked
    /// to be UTF-8, lone surrogate escapes replaced (<see cref="LoneSurrogateEscapes"/>). What the inspector reads too.
    /// </summary>
    /// <exception cref="WorkspaceJsonException">The input is not valid UTF-8.</exception>
    internal static ReadOnlyMemory<byte> Check(ReadOnlyMemory<byte> utf8Json)
    {
        utf8Json = utf8Json[(utf8Json.Length - SkipByteOrderMark(utf8Json.Span).Length)..];
        RequireUtf8(utf8Json.Span);
        return LoneSurrogateEscapes.Replace(utf8Json);
    }

    /// <summary>Reads input that went through <see cref="Check"/>.</summary>
    internal static Workspace ReadChecked(ReadOnlyMemory<byte> utf8Json) => WorkspaceJsonReader.Read(utf8Json.Span);

    /// <summary>The error for JSON the parser refuses in <paramref name="utf8"/>, with its line and column.</summary>
    internal static WorkspaceJsonException Malformed(JsonException e, ReadOnlySpan<byte> utf8) => new(JsonSyntaxError.Describe(e, utf8), e);

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8) => utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;

    // Checked up front, so that invalid UTF-8 is reported by its line and column wherever it is.
    private static void RequireUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8)) return;
        var buffer = new char[utf8.Length];
        System.Text.Unicode.Utf8.ToUtf16(utf8, buffer, out var read, out _, replaceInvalidSequences: false);
        throw new WorkspaceJsonException($"The JSON is not valid UTF-8: a byte that is not part of any UTF-8 character at {JsonTextPosition.At(utf8, read)}. Save the file as UTF-8.");
    }

    private static Workspace Require(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return workspace;
    }
}
