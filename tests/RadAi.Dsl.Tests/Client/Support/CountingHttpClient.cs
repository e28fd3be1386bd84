using RadAi.Dsl.Client;

namespace RadAi.Dsl.Tests.Client.Support;

/// <summary>
/// The client's own HTTP stack (no redirects followed) with a count of the body bytes the client actually read, so a
/// test can say how much of an endless answer was taken off the wire.
/// </summary>
public sealed class CountingHttpClient : IDisposable
{
    private readonly Counter _counter = new();

    public CountingHttpClient() => Http = new HttpClient(new CountingHandler(_counter) { InnerHandler = StructurizrClient.CreateHttpMessageHandler() }) { Timeout = Timeout.InfiniteTimeSpan };

    public HttpClient Http { get; }

    public long BytesRead => Interlocked.Read(ref _counter.Bytes);

    public void Dispose() => Http.Dispose();

    private sealed class Counter
    {
        public long Bytes;
    }

    private sealed class CountingHandler(Counter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var original = response.Content;
            var counted = new StreamContent(new CountingStream(await original.ReadAsStreamAsync(cancellationToken), counter));
            foreach (var header in original.Headers) counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content = counted;
            return response;
        }
    }

    private sealed class CountingStream(Stream inner, Counter counter) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            Interlocked.Add(ref counter.Bytes, read);
            return read;
        }
    }
}
