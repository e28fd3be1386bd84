using System.Collections.Concurrent;

namespace RadAi.Dsl;

/// <summary>
/// Remembers a renderer's answer for a key that comes back again and again (a document shows a few distinct durations,
/// dates or technologies thousands of times), up to a limit: past it, answers are computed each time, so a
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
        // The answer is added first and counted only when this thread added it; a count past the limit takes it out
        // again. A thread that loses the add to a duplicate so never holds a place, and only places past the limit are
        // ever given back: the count ends at exactly the limit once any key was refused.
        if (Volatile.Read(ref _count) < limit && _known.TryAdd(key, value) && Interlocked.Increment(ref _count) > limit)
        {
            _known.TryRemove(key, out _);
            Interlocked.Decrement(ref _count);
        }
        return value;
    }

    /// <summary>The remembered answer for <paramref name="key"/>, else <paramref name="compute"/>(<paramref name="key"/>), remembered while there is room.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> compute) => Get(key, key, compute);

    /// <summary>How many answers are remembered.</summary>
    public int Count => Volatile.Read(ref _count);
}
