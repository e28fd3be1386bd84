using System.Buffers;
using System.Collections.Concurrent;

namespace RadAi.Dsl.Rendering;

/// <summary>Keeps each file's text in memory, for <see cref="RadAiDocumentation.Render"/>.</summary>
internal sealed class MemoryOutput : DocumentOutput
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The listed document with the text written for its path.</summary>
    public GeneratedDocument Document(GeneratedDocument listing) => listing with { Content = _texts[listing.Path] };

    /// <inheritdoc />
    public override void Write(string path, Action<TextWriter> write)
    {
        using var text = new SegmentedStringWriter();
        write(text);
        _texts[path] = text.ToString();
    }

    /// <inheritdoc />
    public override void WriteUtf8(string path, Action<Stream> write)
    {
        using var bytes = new PooledSegmentWriter();
        using (var stream = new BufferWriterStream(bytes)) write(stream);
        _texts[path] = bytes.ToUtf16String();
    }

    // A write-only stream into a buffer writer.
    private sealed class BufferWriterStream(IBufferWriter<byte> buffer) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
    }
}
