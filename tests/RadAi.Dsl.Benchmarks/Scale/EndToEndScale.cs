using System.Diagnostics;
using System.Globalization;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// A plain console run (no BenchmarkDotNet) of the end-to-end path of issue 8 at one size: build → inspect → write the
/// documentation folder the way the Netflix sample and <c>radai render</c> do (<see cref="RadAiDocumentation.WriteTo"/>,
/// given the inspection report of the step before, as a caller that has inspected the model does:
/// the Structurizr JSON, the Structurizr DSL and every markdown document, each file written as it is rendered), printing
/// each step's wall-clock and CPU time and the process's peak working set (run it under <c>/usr/bin/time -v</c> for the
/// kernel's own figure). The JSON is written once, as the folder's <c>workspace.json</c>; <c>e2e-load</c> times it alone.
/// </summary>
internal static class EndToEndScale
{
    public static int Run(int size, TextWriter output)
    {
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (workspace, report) = BuildInspect(size, output);
        var folder = Path.Combine(Path.GetTempPath(), "radai-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            var step = new MeasuredStep();
            var written = new RadAiDocumentation(workspace) { Inspections = report }.WriteTo(folder);
            var json = new FileInfo(Path.Combine(folder, "workspace.json")).Length;
            step.Report(output, "write JSON + render markdown", $"{written.Count:N0} files, {written.Sum(f => new FileInfo(f).Length):N0} bytes written (workspace.json {json:N0})");
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
    /// The steps every end-to-end mode starts with: build, then inspect (each reported). With
    /// <paramref name="registersApart"/>, writing the RAD-AI registers as the workspace writes them (each writer of the
    /// workspace pays it again) is measured as a step of its own between build and inspect.
    /// </summary>
    internal static (Workspace Workspace, InspectionReport Report) BuildInspect(int size, TextWriter output, bool registersApart = false)
    {
        var step = new MeasuredStep();
        var workspace = NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, size);
        step.Report(output, "build", $"{workspace.Model.Elements.Count + workspace.Model.Relationships.Count:N0} elements and relationships");
        if (registersApart)
        {
            step = new MeasuredStep();
            var length = workspace.GetEffectiveProperties().Sum(p => (long)p.Value.Length);
            step.Report(output, "registers", $"{length:N0} characters of workspace properties");
        }
        step = new MeasuredStep();
        var report = Inspector.Run(workspace);
        step.Report(output, "inspect", $"{report.Findings.Count:N0} findings");
        return (workspace, report);
    }

    /// <summary>Writes the workspace's JSON (reported as a step of its own) and returns it.</summary>
    internal static byte[] WriteJson(Workspace workspace, TextWriter output)
    {
        var step = new MeasuredStep();
        var json = WorkspaceJson.SerializeToUtf8Bytes(workspace);
        step.Report(output, "write JSON", $"{json.Length:N0} bytes");
        return json;
    }
}
