using RadAi.Dsl.Inspections;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Json;

/// <summary>Workspace JSON is read up to <see cref="WorkspaceJson.MaxInputBytes"/>: a larger file or an endless stream is refused, not read into memory.</summary>
public sealed class InputSizeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Endless bytes; reading more than <paramref name="limit"/> of them fails the test instead of filling the memory.</summary>
    private sealed class EndlessStream(byte fill, long limit) : Stream
    {
        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Served > limit) throw new InvalidOperationException($"The reader went on past {limit:N0} bytes of an endless stream.");
            buffer.AsSpan(offset, count).Fill(fill);
            Served += count;
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder.Path, "huge.json");
        using (var file = File.Create(path)) file.SetLength(WorkspaceJson.MaxInputBytes + 1); // sparse: no disk space used

        var read = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.ReadFile(path));
        var inspected = Assert.Throws<WorkspaceJsonException>(() => Inspector.RunFile(path));

        foreach (var e in new[] { read, inspected })
        {
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains("1,073,741,825 bytes", e.Message, StringComparison.Ordinal);
            Assert.Contains("1 GiB", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_endless_stream_of_NUL_bytes_such_as_dev_zero_is_refused_at_its_first_bytes()
    {
        var stream = new EndlessStream(0, 64 << 20);

        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(stream));

        Assert.Contains("line 1, column 1", e.Message, StringComparison.Ordinal);
        Assert.True(stream.Served <= 1 << 20, $"read {stream.Served:N0} bytes");
    }

    [Fact]
    public void A_stream_without_end_is_read_only_up_to_the_limit()
    {
        var stream = new EndlessStream((byte)' ', 3 << 20);

        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJsonSource.Read(stream, 2 << 20, "the input"));

        Assert.Contains("the input is larger than", e.Message, StringComparison.Ordinal);
        Assert.InRange(stream.Served, 2 << 20, 3 << 20);
    }

    [Fact]
    public void A_stream_of_exactly_the_limit_is_read()
    {
        var json = "{\"name\":\"W\"}"u8.ToArray();
        var padded = new MemoryStream([.. json, .. Enumerable.Repeat((byte)' ', 100 - json.Length)]);

        var bytes = WorkspaceJsonSource.Read(padded, 100, "the input");

        Assert.Equal(100, bytes.Length);
    }
}
