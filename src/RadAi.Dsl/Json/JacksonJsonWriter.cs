using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace RadAi.Dsl;

/// <summary>
/// Writes JSON straight into UTF-8 bytes with Jackson's escaping (structurizr-java's serializer): only '"', '\' and the
/// control characters are escaped (<c>\n \t \r \b \f</c> short, the rest <c>\u00XX</c>); everything else, non-ASCII
/// included, is written raw as UTF-8, and an unpaired surrogate as '?', which is what Java's UTF-8 encoder makes of it
/// (../shared/structurizr/FACTS.md 5.5). Compact, or indented exactly as <see cref="System.Text.Json.Utf8JsonWriter"/>
/// indents (two spaces, "\n", <c>"key": value</c>, empty containers as <c>{}</c> and <c>[]</c>).
/// </summary>
/// <remarks>
/// Not <see cref="System.Text.Json.Utf8JsonWriter"/>: it escapes through an encoder object per string (a virtual search,
/// then a transcoding pass), transcodes every property name on every call and checks depth and state per token. Here
/// property names are UTF-8 literals copied as they are, and a text is searched once for the characters to escape with a
/// vector search; the runs between are transcoded in bulk (a vectorised ASCII copy for the usual text). Issue 22 asks for
/// writing at least three times structurizr-java's speed. A sealed class, not a struct: it holds the output buffer between
/// calls, and copies of a struct would lose their place in it.
/// </remarks>
internal sealed class JacksonJsonWriter
{
    // '"', '\' and the control characters: everything Jackson escapes. Every text written is searched for them.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");
    private static readonly SearchValues<byte> EscapedUtf8 = SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\"u8);

    // What is asked of the output at a time: enough for every token but long texts, which are written in pieces of this size.
    private const int Chunk = 16 * 1024;
    private const int MaxUtf8BytesPerChar = 3;
    private const int EscapeLength = 6; // \u00XX

    private readonly IBufferWriter<byte> _output;
    private readonly bool _indented;
    private byte[] _buffer = [];
    private int _start; // where the bytes not yet handed to the output (Advance) begin
    private int _position;
    private int _end;
    private int _depth;
    private bool _comma; // the open container has an item already: the next one needs ',', and indented, its end a new line

    // The per-token methods below are compiled optimised at their first call: a process that writes one workspace (the
    // `radai` tool, a build step) would otherwise run them unoptimised for most of the write, as the reader's are
    // (docs/performance.md, issue 22).
    public JacksonJsonWriter(IBufferWriter<byte> output, bool indented)
    {
        _output = output;
        _indented = indented;
    }

    public void WriteStartObject()
    {
        Item();
        Open((byte)'{');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteStartObject(ReadOnlySpan<byte> name)
    {
        Name(name);
        Open((byte)'{');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteStartArray(ReadOnlySpan<byte> name)
    {
        Name(name);
        Open((byte)'[');
    }

    public void WriteEndObject() => Close((byte)'}');

    public void WriteEndArray() => Close((byte)']');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteString(ReadOnlySpan<byte> name, string value)
    {
        Name(name);
        Quoted(value);
    }

    /// <summary>A property whose name is data (a property key): escaped as a value is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteString(string name, string value)
    {
        Item();
        Quoted(name);
        Colon();
        Quoted(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteStringValue(string value)
    {
        Item();
        Quoted(value);
    }

    /// <summary>A property whose value is already valid UTF-8 text (an extension's serialized JSON): escaped from its bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteUtf8String(string name, ReadOnlySpan<byte> utf8)
    {
        Item();
        Quoted(name);
        Colon();
        QuotedUtf8(utf8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteNumber(ReadOnlySpan<byte> name, long value)
    {
        Name(name);
        Reserve(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position, _end - _position), out var written);
        _position += written;
    }

    public void WriteBoolean(ReadOnlySpan<byte> name, bool value)
    {
        Name(name);
        Raw(value ? "true"u8 : "false"u8);
    }

    /// <summary>Hands everything written to the output.</summary>
    public void Flush()
    {
        if (_position > _start) _output.Advance(_position - _start);
        _start = _position;
    }

    // ---------------------------------------------------------------- structure

    private void Open(byte bracket)
    {
        Reserve(1);
        _buffer[_position++] = bracket;
        _depth++;
        _comma = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Close(byte bracket)
    {
        _depth--;
        if (_indented && _comma) NewLine();
        Reserve(1);
        _buffer[_position++] = bracket;
        _comma = true;
    }

    // Before an item of an array or a property: the separator, and indented, a new line.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Item()
    {
        if (_comma)
        {
            Reserve(1);
            _buffer[_position++] = (byte)',';
        }
        if (_indented && _depth > 0) NewLine();
        _comma = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Name(ReadOnlySpan<byte> name)
    {
        Item();
        Reserve(name.Length + 4);
        var at = _position;
        _buffer[at++] = (byte)'"';
        name.CopyTo(_buffer.AsSpan(at));
        at += name.Length;
        _buffer[at++] = (byte)'"';
        _buffer[at++] = (byte)':';
        if (_indented) _buffer[at++] = (byte)' ';
        _position = at;
    }

    private void Colon() => Raw(_indented ? ": "u8 : ":"u8);

    private void NewLine()
    {
        var indent = 2 * _depth;
        Reserve(indent + 1);
        _buffer[_position++] = (byte)'\n';
        _buffer.AsSpan(_position, indent).Fill((byte)' ');
        _position += indent;
    }

    // ---------------------------------------------------------------- text

    // Plain runs are transcoded in bulk; the search stops only at what Jackson escapes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Quoted(ReadOnlySpan<char> text)
    {
        Raw("\""u8);
        while (true)
        {
            var run = text.IndexOfAny(Escaped);
            if (run < 0)
            {
                Transcode(text);
                break;
            }
            Transcode(text[..run]);
            Escape(text[run]);
            text = text[(run + 1)..];
        }
        Raw("\""u8);
    }

    // A run without anything to escape, as UTF-8. It ends at an escaped (ASCII) character or at the end of the text, never
    // inside a surrogate pair, so a surrogate Utf8.FromUtf16 finds unpaired at its end is unpaired in the text too.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Transcode(ReadOnlySpan<char> run)
    {
        while (run.Length > 0)
        {
            Reserve(Math.Min(run.Length, Chunk) * MaxUtf8BytesPerChar);
            var status = Utf8.FromUtf16(run, _buffer.AsSpan(_position, _end - _position), out var read, out var written, replaceInvalidSequences: false);
            _position += written;
            run = run[read..];
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                Raw("?"u8);
                run = run[1..];
            }
        }
    }

    private void QuotedUtf8(ReadOnlySpan<byte> text)
    {
        Raw("\""u8);
        while (true)
        {
            var run = text.IndexOfAny(EscapedUtf8);
            if (run < 0)
            {
                Raw(text);
                break;
            }
            Raw(text[..run]);
            Escape((char)text[run]);
            text = text[(run + 1)..];
        }
        Raw("\""u8);
    }

    private void Escape(char c)
    {
        Reserve(EscapeLength);
        var output = _buffer.AsSpan(_position);
        output[0] = (byte)'\\';
        var shortForm = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\t' => 't',
            '\r' => 'r',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            output[1] = (byte)shortForm;
            _position += 2;
            return;
        }
        // Jackson writes the other control characters as \u00XX, upper-case hex.
        "u00"u8.CopyTo(output[1..]);
        output[4] = Hex(c >> 4);
        output[5] = Hex(c & 0xF);
        _position += EscapeLength;
    }

    private static byte Hex(int digit) => (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);

    // ---------------------------------------------------------------- buffer

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Raw(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            Reserve(Math.Min(bytes.Length, Chunk));
            var piece = Math.Min(bytes.Length, _end - _position);
            bytes[..piece].CopyTo(_buffer.AsSpan(_position));
            _position += piece;
            bytes = bytes[piece..];
        }
    }

    // Makes room for count bytes: what is written goes to the output, and a new piece of its memory is taken.
    private void Reserve(int count)
    {
        if (_end - _position >= count) return;
        Flush();
        var memory = _output.GetMemory(Math.Max(count, Chunk));
        if (!MemoryMarshal.TryGetArray<byte>(memory, out var segment))
            throw new InvalidOperationException("The JSON output must be backed by an array.");
        _buffer = segment.Array!;
        _start = _position = segment.Offset;
        _end = segment.Offset + segment.Count;
    }
}
