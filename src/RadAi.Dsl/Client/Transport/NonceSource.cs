namespace RadAi.Dsl.Client;

/// <summary>
/// Nonces as Java sends them (UTC milliseconds since the epoch), read from the <see cref="TimeProvider"/> and
/// strictly increasing even when two requests fall in the same millisecond or the clock steps back.
/// </summary>
internal sealed class NonceSource(TimeProvider time)
{
    private long _last;

    public long Next()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last) return next;
        }
    }
}
