using System.Diagnostics;
using System.Globalization;

namespace RadAi.Dsl.Benchmarks;

/// <summary>
/// One step of a plain console run (the <c>e2e</c> modes): started when created, reported as wall-clock and CPU time,
/// GC collections, bytes allocated and the process's peak working set so far.
/// </summary>
internal sealed class MeasuredStep
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen2 = GC.CollectionCount(2);
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
    private readonly long _jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _jitTime = System.Runtime.JitInfo.GetCompilationTime();

    // CPU time beside wall-clock time: on a shared machine the wall clock also counts other processes' turns, and the
    // concurrent GC's work on the other core shows in CPU time only. Allocations are exact either way.
    public void Report(TextWriter output, string what, string count)
    {
        var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {_wall.Elapsed.TotalMilliseconds:F0} ms wall, {(process.TotalProcessorTime - _cpu).TotalMilliseconds:F0} ms CPU, "
            + $"{GC.CollectionCount(0) - _gen0} gen0/{GC.CollectionCount(2) - _gen2} gen2 collections ({(GC.GetTotalPauseDuration() - _paused).TotalMilliseconds:F0} ms paused), "
            + $"{(GC.GetTotalAllocatedBytes() - _allocated) / (1024.0 * 1024):F1} MB allocated, "
            + $"peak working set so far {process.PeakWorkingSet64 / (1024 * 1024)} MiB, "
            + $"{System.Runtime.JitInfo.GetCompiledMethodCount() - _jitted:N0} methods jitted in {(System.Runtime.JitInfo.GetCompilationTime() - _jitTime).TotalMilliseconds:F0} ms ({count})"));
    }
}
