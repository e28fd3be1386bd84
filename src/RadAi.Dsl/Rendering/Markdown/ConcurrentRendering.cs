using System.Runtime.ExceptionServices;
using RadAi.Dsl.Ai;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Markdown;

/// <summary>
/// Runs every renderer of the catalog on up to a given number of threads, the calling thread among them, and returns
/// their results in catalog order. Renderers only read the model, and the model's lazy parts are safe for concurrent
/// readers; what a rendering keeps for itself (<see cref="DocumentContext"/>: indexes, annotations) is one per thread.
/// </summary>
/// <remarks>
/// Renderers are taken in catalog order, one at a time, by whichever thread is free, so the largest ones (first in the
/// catalog) start first. A failure stops the taking of new renderers; once the started ones have finished, the
/// failure of the renderer earliest in the catalog is thrown as it was raised, so the same model fails the same way
/// whatever the number of threads.
/// </remarks>
internal static class ConcurrentRendering
{
    public static T[] Run<T>(Workspace workspace, RadAiModel ai, IReadOnlyList<DocumentRenderer> renderers, int threads,
        Func<DocumentRenderer, DocumentContext, T> render)
    {
        var results = new T[renderers.Count];
        var failures = new ExceptionDispatchInfo?[renderers.Count];
        var next = -1;
        var failed = 0;

        void Work()
        {
            var context = new DocumentContext(workspace, ai);
            while (Volatile.Read(ref failed) == 0)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= renderers.Count) return;
                try
                {
                    results[i] = render(renderers[i], context);
                }
                catch (Exception e)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                    Volatile.Write(ref failed, 1);
                }
            }
        }

        var helpers = new Task[Math.Max(0, Math.Min(threads, renderers.Count) - 1)];
        for (var t = 0; t < helpers.Length; t++)
            helpers[t] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        Work();
        Task.WaitAll(helpers); // Work catches everything: waiting never throws
        foreach (var failure in failures) failure?.Throw();
        return results;
    }
}
