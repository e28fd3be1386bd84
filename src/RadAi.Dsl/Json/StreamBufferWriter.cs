using System.Buffers;

namespace RadAi.Dsl;

/// <summary>
/// A buffer writer in front of a stream: one pooled buffer, written to the stream whenever more room is asked for than
/// it has left, and on <see cref="Flush"/>. A workspace streamed to a file (tens of megabytes at scale) is then held
/// 64 KB at a time, not whole.
/// </summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>, IDisposable
{
    private const int BufferSize = 64 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _buffer.Length - _used) throw new InvalidOperationException("Advanced past the end of the buffer.");
        _used += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var need = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used < need)
        {
            Flush();
            if (_buffer.Length < need)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(need);
            }
        }
        return _buffer.AsMemory(_used);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Returns the buffer to the pool (without writing what is left: call <see cref="Flush"/> first).</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _used = 0;
    }
}
