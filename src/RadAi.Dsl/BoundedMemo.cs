using System.Collections.Concurrent;

namespace RadAi.Dsl;

/// <summary>
/// Remembers the answer for a key that comes back again and again (a model uses a few distinct durations, thresholds,
/// property keys or technologies thousands of times), up to a limit: past it, answers are computed each time, so a
/// model with endless distinct keys cannot grow a process-wide memo without end. Thread-safe.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _known = new(comparer);
    private int _count;

    /// <summary>The remembered answer for <paramref name="key"/>, else <paramref name="compute"/>(<paramref name="state"/>), remembered while there is room.</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TState, TValue> compute)
    {
        if (_known.TryGetValue(key, out var known)) return known;
        var value = compute(state);
        // A place is taken before the answer is added and given back when it was not, so the limit holds exactly
        // however many threads miss at once.
        if (Volatile.Read(ref _count) < limit)
        {
            if (Interlocked.Increment(ref _count) > limit || !_known.TryAdd(key, value)) Interlocked.Decrement(ref _count);
        }
        return value;
    }

    /// <summary>The remembered answer for <paramref name="key"/>, else <paramref name="compute"/>(<paramref name="key"/>), remembered while there is room.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> compute) => Get(key, key, compute);

    /// <summary>How many answers are remembered.</summary>
    public int Count => Volatile.Read(ref _count);
}
