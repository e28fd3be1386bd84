using RadAi.Dsl;

namespace RadAi.Dsl.Benchmarks;

/// <summary>
/// Reads one file again and again in one process (the <c>read-json</c> mode): a warm, steady-state target for a
/// sampling profiler such as dotnet-trace, which the one cold read of <c>e2e-json</c> is not.
/// </summary>
internal static class RepeatedJsonRead
{
    public static int Run(string file, int times, TextWriter output)
    {
        var bytes = File.ReadAllBytes(BenchmarkFiles.Resolve(file));
        var count = 0;
        for (var i = 0; i < times; i++)
        {
            // As BenchmarkDotNet does before each iteration: every read starts from a collected heap.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var step = new MeasuredStep();
            count = Read(bytes);
            step.Report(output, $"read {i + 1}", $"{count:N0} elements and relationships");
        }
        return count > 0 ? 0 : 1;
    }

    // Its own method, so the workspace is unreachable once it returns.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Read(byte[] bytes)
    {
        var model = WorkspaceJson.Deserialize(bytes).Model;
        return model.Elements.Count + model.Relationships.Count;
    }
}
