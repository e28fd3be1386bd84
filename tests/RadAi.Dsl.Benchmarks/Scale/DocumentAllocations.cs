using System.Globalization;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// The bytes each document renderer allocates writing its documents to a folder, one after another on one thread (a
/// warm second pass, so the JIT's own allocations are left out): where the documentation step's allocations come from.
/// </summary>
internal static class DocumentAllocations
{
    public static int Run(int size, TextWriter report)
    {
        var workspace = NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, size);
        var folder = Path.Combine(Path.GetTempPath(), "radai-allocations-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ai = workspace.RadAi();
            for (var pass = 0; pass < 2; pass++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var properties = workspace.WrittenProperties().ToList();
                var output = new FolderOutput(folder);
                if (pass == 1) report.WriteLine($"workspace properties taken: {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6:F1} MB");
                var total = GC.GetAllocatedBytesForCurrentThread() - before;
                foreach (var renderer in DocumentCatalog.All)
                {
                    var start = GC.GetAllocatedBytesForCurrentThread();
                    renderer.Write(new DocumentContext(workspace, ai, properties)
                    {
                        Analyses = new DocumentAnalyses(workspace, ai, RadAi.Dsl.Analysis.RadAiConcerns.All, inspections: null),
                    }, output);
                    var bytes = GC.GetAllocatedBytesForCurrentThread() - start;
                    total += bytes;
                    if (pass == 1) report.WriteLine($"{renderer.GetType().Name}: {bytes / 1e6:F1} MB");
                }
                if (pass == 1) report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {total / 1e6:F1} MB"));
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
