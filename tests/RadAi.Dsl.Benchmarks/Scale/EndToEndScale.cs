using System.Diagnostics;
using System.Globalization;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.C4;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Json;
using RadAi.Dsl.Rendering.Markdown;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// A plain console run (no BenchmarkDotNet) of the end-to-end path of issue 8 at one size: build → inspect →
/// write JSON → render markdown (the documentation set written to a temporary folder), printing each step's wall-clock and CPU time and the process's peak working set
/// (run it under <c>/usr/bin/time -v</c> for the kernel's own figure).
/// </summary>
internal static class EndToEndScale
{
    public static int Run(int size, TextWriter output)
    {
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (workspace, _) = BuildInspectWrite(size, output);
        // What the sample and the radai tool do: render the documentation set into a folder, document by document.
        var folder = Path.Combine(Path.GetTempPath(), "radai-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            var step = new MeasuredStep();
            var written = new RadAiDocumentation(workspace).WriteTo(folder);
            step.Report(output, "render markdown", $"{written.Count:N0} documents, {written.Sum(f => new FileInfo(f).Length):N0} bytes written");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {total.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return 0;
    }

    /// <summary>
    /// The first three steps every end-to-end mode shares: build, inspect, write JSON (each reported). With
    /// <paramref name="registersApart"/>, the RAD-AI registers' first serialization (paid by whichever step first reads
    /// the workspace properties) is measured as a step of its own between build and inspect.
    /// </summary>
    internal static (Workspace Workspace, byte[] Json) BuildInspectWrite(int size, TextWriter output, bool registersApart = false)
    {
        var step = new MeasuredStep();
        var workspace = NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, size);
        step.Report(output, "build", $"{workspace.Model.Elements.Count + workspace.Model.Relationships.Count:N0} elements and relationships");
        if (registersApart)
        {
            step = new MeasuredStep();
            var length = workspace.Properties.Sum(p => (long)p.Value.Length);
            step.Report(output, "registers", $"{length:N0} characters of workspace properties");
        }
        step = new MeasuredStep();
        var report = Inspector.Run(workspace);
        step.Report(output, "inspect", $"{report.Findings.Count:N0} findings");
        step = new MeasuredStep();
        var json = WorkspaceJson.SerializeToUtf8Bytes(workspace);
        step.Report(output, "write JSON", $"{json.Length:N0} bytes");
        return (workspace, json);
    }
}
