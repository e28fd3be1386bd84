using System.Diagnostics;
using System.Globalization;
using RadAi.Dsl.Ai;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Json;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// A plain console run of the path that reopens a Netflix-scale workspace: build → inspect → write JSON → read JSON →
/// <see cref="RadAiModel.Load"/>, printing each step's wall-clock and CPU time and the bytes it allocated (the
/// <c>e2e</c> path does not load the RAD-AI registers back, so their cost is measured here; allocations are exact
/// where times on a shared machine are not).
/// </summary>
internal static class EndToEndLoad
{
    public static int Run(int size, TextWriter output)
    {
        var step = new Step();
        var workspace = NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, size);
        Report(output, "build", step, $"{workspace.Model.Elements.Count + workspace.Model.Relationships.Count:N0} elements and relationships");
        step = new Step();
        var report = Inspector.Run(workspace);
        Report(output, "inspect", step, $"{report.Findings.Count:N0} findings");
        step = new Step();
        var json = WorkspaceJson.SerializeToUtf8Bytes(workspace);
        Report(output, "write JSON", step, $"{json.Length:N0} bytes");
        step = new Step();
        var read = WorkspaceJson.Deserialize(json);
        Report(output, "read JSON", step, $"{read.Model.Elements.Count:N0} elements");
        step = new Step();
        var model = RadAiModel.Load(read);
        Report(output, "RadAiModel.Load", step, $"{model.Registry.Models.Count:N0} registered models, {model.Pipelines.Pipelines.Count:N0} pipelines");
        return 0;
    }

    private static void Report(TextWriter output, string what, Step step, string count)
        => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {step.Wall.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - step.Cpu).TotalMilliseconds:F0} ms CPU, {GC.CollectionCount(0) - step.Gen0} gen0/{GC.CollectionCount(2) - step.Gen2} gen2 collections, {(GC.GetTotalAllocatedBytes() - step.Allocated) / (1024.0 * 1024):F1} MB allocated ({count})"));

    private sealed class Step
    {
        public Stopwatch Wall { get; } = Stopwatch.StartNew();
        public TimeSpan Cpu { get; } = Process.GetCurrentProcess().TotalProcessorTime;
        public int Gen0 { get; } = GC.CollectionCount(0);
        public int Gen2 { get; } = GC.CollectionCount(2);
        public long Allocated { get; } = GC.GetTotalAllocatedBytes();
    }
}
