using System.Diagnostics;
using System.Globalization;
using RadAi.Dsl.Json;

namespace RadAi.Dsl.Benchmarks;

/// <summary>
/// A plain console run (no BenchmarkDotNet) of read-then-write for one file, to measure the process's peak
/// working set with <c>/usr/bin/time -v</c>; prints the wall-clock time of each step.
/// </summary>
internal static class EndToEndJson
{
    public static int Run(string file, TextWriter output)
    {
        var path = BenchmarkFiles.Resolve(file);
        var total = Stopwatch.StartNew();
        var step = new Step();
        var bytes = File.ReadAllBytes(path);
        Report(output, "load file", step, bytes.Length);
        step = new Step();
        var workspace = WorkspaceJson.Deserialize(bytes);
        Report(output, "read JSON", step, workspace.Model.Elements.Count + workspace.Model.Relationships.Count);
        step = new Step();
        var written = WorkspaceJson.SerializeToUtf8Bytes(workspace);
        Report(output, "write JSON", step, written.Length);
        var identical = written.AsSpan().SequenceEqual(bytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {total.Elapsed.TotalMilliseconds:F0} ms; byte-identical: {identical}; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return identical ? 0 : 1;
    }

    // CPU time beside wall-clock time: on a shared machine the wall clock also counts other processes' turns.
    private static void Report(TextWriter output, string what, Step step, long count)
        => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {step.Wall.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - step.Cpu).TotalMilliseconds:F0} ms CPU, {GC.CollectionCount(0) - step.Gen0} gen0/{GC.CollectionCount(2) - step.Gen2} gen2 collections ({count:N0})"));

    private sealed class Step
    {
        public Stopwatch Wall { get; } = Stopwatch.StartNew();
        public TimeSpan Cpu { get; } = Process.GetCurrentProcess().TotalProcessorTime;
        public int Gen0 { get; } = GC.CollectionCount(0);
        public int Gen2 { get; } = GC.CollectionCount(2);
    }
}
