using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using RadAi.Dsl;

namespace RadAi.Dsl.Benchmarks;

/// <summary>
/// The <c>side-by-side</c> mode: the protocol structurizr-java's figures in issue 22 were measured with, so that ours
/// compare with them. One process; the file is read from a string R times, then the last workspace read is written
/// compact R times; each operation is timed on its own and reported as the median and range of the R runs (wall clock
/// and the process's CPU time), with bytes allocated per run. Nothing is collected or warmed up between runs, as in the
/// Java run: the first runs pay for the JIT and for code that runs unoptimised until it is recompiled, and the median
/// shows whether that is over by the middle run. The written text must equal the file, or the run fails.
/// </summary>
internal static class SideBySide
{
    /// <summary>One timed operation of the protocol: it runs once per call and returns what it made.</summary>
    private sealed record Operation(string Name, Func<object> Run);

    public static int Run(string file, int times, TextWriter output)
    {
        var path = BenchmarkFiles.Resolve(file);
        var text = File.ReadAllText(path);
        Workspace workspace = null!;
        string written = "";
        // In this order: each operation uses what the one before made. Add an operation here to time it the same way.
        Operation[] operations =
        [
            new("read", () => workspace = WorkspaceJson.Deserialize(text)),
            new("write compact", () => written = WorkspaceJson.Serialize(workspace)),
        ];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: {new FileInfo(path).Length:N0} bytes, {times} runs of each operation, one process"));
        foreach (var operation in operations) Report(output, operation.Name, Time(operation, times));
        var identical = string.Equals(written, text, StringComparison.Ordinal);
        output.WriteLine($"byte-identical: {identical}");
        return identical ? 0 : 1;
    }

    private readonly record struct Sample(double WallMs, double CpuMs, double ThreadMs, long Allocated);

    private static Sample[] Time(Operation operation, int times)
    {
        var samples = new Sample[times];
        for (var i = 0; i < times; i++)
        {
            // getrusage, to the microsecond: Process.TotalProcessorTime counts in 10 ms ticks on Linux.
            var cpu = Environment.CpuUsage.TotalTime;
            var thread = ThreadCpuMs();
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var wall = Stopwatch.StartNew();
            GC.KeepAlive(operation.Run());
            var elapsed = wall.Elapsed;
            samples[i] = new Sample(elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, ThreadCpuMs() - thread,
                GC.GetTotalAllocatedBytes(precise: false) - allocated);
        }
        return samples;
    }

    private static void Report(TextWriter output, string name, Sample[] samples)
    {
        var wall = samples.Select(s => s.WallMs).Order().ToArray();
        var cpu = samples.Select(s => s.CpuMs).Order().ToArray();
        var thread = samples.Select(s => s.ThreadMs).Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: median {Median(wall):F1} ms wall ({wall[0]:F1}–{wall[^1]:F1}), median {Median(cpu):F1} ms CPU ({cpu[0]:F1}–{cpu[^1]:F1}), "
            + $"median {Median(thread):F1} ms CPU on the calling thread ({thread[0]:F1}–{thread[^1]:F1}), "
            + $"{samples.Select(s => s.Allocated).Order().ElementAt(samples.Length / 2) / (1024.0 * 1024):F1} MB allocated per run; "
            + $"runs in order (wall/calling thread's CPU ms): {string.Join(" ", samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.WallMs:F0}/{s.ThreadMs:F0}")))}"));
    }

    // The calling thread's CPU time (Linux, clock_gettime): what the operation itself ran, without the runtime's
    // background threads (the JIT recompiling methods, the concurrent GC), and without the turns other processes take
    // on a busy machine, which wall-clock time counts. NaN elsewhere.
    private static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        const int ClockThreadCpuTimeId = 3;
        return clock_gettime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    private static double Median(double[] sorted) => sorted.Length % 2 == 1
        ? sorted[sorted.Length / 2]
        : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
