using Microsoft.Extensions.Time.Testing;

namespace RadAi.Dsl.Tests.Client.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that records every timer the client starts (its retry delays) and moves the fake
/// clock on by that amount at once, so backoff runs instantly and its delays can be asserted.
/// Use with <c>RequestTimeout = Timeout.InfiniteTimeSpan</c>, so that the only timers are retry delays.
/// </summary>
public sealed class AutoAdvancingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<TimeSpan> _delays = [];

    public AutoAdvancingTimeProvider() : this(DateTimeOffset.UtcNow) { }

    public IReadOnlyList<TimeSpan> Delays
    {
        get { lock (_delays) return [.. _delays]; }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_delays) _delays.Add(dueTime);
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }
        return timer;
    }
}
