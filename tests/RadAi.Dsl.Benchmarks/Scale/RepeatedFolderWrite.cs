using System.Diagnostics;
using System.Globalization;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// The documentation folder written again and again at several sizes in one process, the heap collected before each
/// write, to see how the warm time per item changes with the size (the sizes are taken in the order given, so give the
/// largest first: its runs warm the code up for the others).
/// </summary>
public static class RepeatedFolderWrite
{
    private const int Runs = 8;
    private const int WarmUp = 3;

    /// <summary>Writes one line per size: the median and fastest warm write, the time per item and the collections per write.</summary>
    public static int Run(IReadOnlyList<int> sizes, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("radai-folder-").FullName;
        try
        {
            foreach (var size in sizes)
            {
                var workspace = NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, size);
                Inspector.Run(workspace);
                var times = new List<double>();
                int gen0 = 0, gen1 = 0, gen2 = 0;
                for (var run = 0; run < Runs; run++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var (before0, before1, before2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                    var clock = Stopwatch.StartNew();
                    new RadAiDocumentation(workspace).WriteTo(folder);
                    if (run < WarmUp) continue;
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    gen0 += GC.CollectionCount(0) - before0;
                    gen1 += GC.CollectionCount(1) - before1;
                    gen2 += GC.CollectionCount(2) - before2;
                }
                times.Sort();
                var median = times[times.Count / 2];
                var counted = (double)times.Count;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{size,7:N0}: median {median,6:F0} ms, fastest {times[0],6:F0} ms, {median * 1000 / size,5:F1} µs per item; collections per write: gen0 {gen0 / counted:F1}, gen1 {gen1 / counted:F1}, gen2 {gen2 / counted:F1}"));
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
