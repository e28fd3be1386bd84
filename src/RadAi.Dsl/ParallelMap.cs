using System.Runtime.ExceptionServices;

namespace RadAi.Dsl;

/// <summary>
/// Maps a list of independent pieces of work (the documents of a documentation set, the rules of an inspection) to
/// their results on up to a given number of threads, the calling thread among them, and returns the results in the
/// list's order: the same input gives the same output whatever the number of threads.
/// </summary>
/// <remarks>
/// Items are taken in list order, one at a time, by whichever thread is free, so the largest ones (put first) start
/// first. Each thread has its own state (<c>newState</c>), for what a piece of work keeps but must not share. A failure
/// stops the taking of new items; once the started ones have finished, the failure of the item earliest in the list is
/// thrown as it was raised (not wrapped), so the same input fails the same way whatever the number of threads.
/// </remarks>
internal static class ParallelMap
{
    /// <summary>Maps each item on up to <paramref name="threads"/> threads; see the class remarks.</summary>
    public static TResult[] Run<TItem, TResult>(IReadOnlyList<TItem> items, int threads, Func<TItem, TResult> map)
        => Run(items, threads, static () => 0, (item, _) => map(item));

    /// <summary>Maps each item on up to <paramref name="threads"/> threads, each thread with its own state from <paramref name="newState"/>.</summary>
    public static TResult[] Run<TItem, TState, TResult>(IReadOnlyList<TItem> items, int threads, Func<TState> newState,
        Func<TItem, TState, TResult> map)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var results = new TResult[items.Count];
        var failures = new ExceptionDispatchInfo?[items.Count];
        var next = -1;
        var failed = 0;

        void Work()
        {
            var state = newState();
            while (Volatile.Read(ref failed) == 0)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= items.Count) return;
                try
                {
                    results[i] = map(items[i], state);
                }
                catch (Exception e)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                    Volatile.Write(ref failed, 1);
                }
            }
        }

        var helpers = new Task[Math.Max(0, Math.Min(threads, items.Count) - 1)];
        for (var t = 0; t < helpers.Length; t++)
            helpers[t] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        Work();
        Task.WaitAll(helpers); // Work catches everything: waiting never throws
        foreach (var failure in failures) failure?.Throw();
        return results;
    }
}
