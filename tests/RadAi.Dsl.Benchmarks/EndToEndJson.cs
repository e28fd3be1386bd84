using System.Diagnostics;
using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Benchmarks;

/// <summary>
/// A plain console run (no BenchmarkDotNet) of read-then-write for one file, to measure the process's peak
/// working set with <c>/usr/bin/time -v</c>; prints each step's times, collections and allocations.
/// </summary>
internal static class EndToEndJson
{
    public static int Run(string file, TextWriter output)
    {
        var path = BenchmarkFiles.Resolve(file);
        var total = Stopwatch.StartNew();
        var step = new MeasuredStep();
        var bytes = File.ReadAllBytes(path);
        step.Report(output, "load file", $"{bytes.Length:N0} bytes");
        step = new MeasuredStep();
        var workspace = WorkspaceJson.Deserialize(bytes);
        step.Report(output, "read JSON", $"{workspace.Model.Elements.Count + workspace.Model.Relationships.Count:N0} elements and relationships");
        step = new MeasuredStep();
        var written = WorkspaceJson.SerializeToUtf8Bytes(workspace);
        step.Report(output, "write JSON", $"{written.Length:N0} bytes");
        var identical = written.AsSpan().SequenceEqual(bytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {total.Elapsed.TotalMilliseconds:F0} ms; byte-identical: {identical}; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return identical ? 0 : 1;
    }
}
