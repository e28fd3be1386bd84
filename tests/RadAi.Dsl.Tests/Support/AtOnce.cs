namespace RadAi.Dsl.Tests.Support;

/// <summary>Runs an action on several threads released at the same moment (a race is most likely then).</summary>
internal static class AtOnce
{
    public static void Run(int threads, Action<int> action)
    {
        using var start = new Barrier(threads);
        var failures = new Exception?[threads];
        var started = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                action(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        })).ToList();
        started.ForEach(t => t.Start());
        started.ForEach(t => t.Join());
        if (failures.OfType<Exception>().ToList() is { Count: > 0 } thrown) throw new AggregateException(thrown);
    }
}
