using System.Buffers;
using System.Globalization;
using System.Text;

namespace RadAi.Dsl;

/// <summary>
/// A <see cref="TextWriter"/> that keeps what is written in pooled character segments and makes one string of exactly
/// its length at the end (<see cref="ToString"/>). For documents of tens of megabytes written in memory: a
/// <see cref="StringWriter"/> keeps them in 8,000-character builder chunks that outlive several collections (each one
/// copying them again) before the final string is made. Segments double from 4,096 to 1,048,576 characters, so a
/// large document sits in a few large arrays that the collector does not move, and that the pool hands out again.
/// </summary>
/// <remarks>Disposing returns the segments to the pool; the text is then gone. Not for concurrent writers.</remarks>
internal sealed class SegmentedStringWriter() : TextWriter(CultureInfo.InvariantCulture)
{
    private const int FirstSegment = 4 * 1024;
    private const int LargestSegment = 1024 * 1024;
    private readonly List<(char[] Array, int Length)> _full = [];
    private char[] _current = ArrayPool<char>.Shared.Rent(FirstSegment);
    private int _used;
    private long _length;

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>Characters written so far.</summary>
    public long Length => _length;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (_used == _current.Length) NextSegment();
        _current[_used++] = value;
        _length++;
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        _length += buffer.Length;
        while (!buffer.IsEmpty)
        {
            if (_used == _current.Length) NextSegment();
            var count = Math.Min(buffer.Length, _current.Length - _used);
            buffer[..count].CopyTo(_current.AsSpan(_used));
            _used += count;
            buffer = buffer[count..];
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <summary>Everything written, as one string.</summary>
    public override string ToString()
    {
        ObjectDisposedException.ThrowIf(_current.Length == 0 && _length > 0, this);
        return string.Create(checked((int)_length), this, static (chars, self) =>
        {
            var at = 0;
            foreach (var (array, length) in self._full)
            {
                array.AsSpan(0, length).CopyTo(chars[at..]);
                at += length;
            }
            self._current.AsSpan(0, self._used).CopyTo(chars[at..]);
        });
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _current.Length > 0)
        {
            foreach (var (array, _) in _full) ArrayPool<char>.Shared.Return(array);
            _full.Clear();
            ArrayPool<char>.Shared.Return(_current);
            _current = [];
            _used = 0;
        }
        base.Dispose(disposing);
    }

    private void NextSegment()
    {
        ObjectDisposedException.ThrowIf(_current.Length == 0, this);
        _full.Add((_current, _used));
        _current = ArrayPool<char>.Shared.Rent(Math.Min(_current.Length * 2, LargestSegment));
        _used = 0;
    }
}
