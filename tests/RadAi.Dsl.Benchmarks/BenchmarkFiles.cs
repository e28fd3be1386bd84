namespace RadAi.Dsl.Benchmarks;

/// <summary>Finds the reference files in ../shared beside the repository root.</summary>
internal static class BenchmarkFiles
{
    /// <summary>The Structurizr JSON files written by structurizr-java for speed comparisons.</summary>
    public static readonly string[] StructurizrJson = ["synthetic-10k.json", "synthetic-100k.json"];

    /// <summary>A file of ../shared/structurizr/benchmark, or an existing path as given.</summary>
    public static string Resolve(string name)
    {
        if (File.Exists(name)) return Path.GetFullPath(name);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "RadAi.Dsl.sln"))) continue;
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "structurizr", "benchmark", name));
                if (File.Exists(path)) return path;
            }
        }
        throw new FileNotFoundException($"Benchmark file '{name}' not found: expected ../shared/structurizr/benchmark/{name} beside the repository root (RadAi.Dsl.sln).", name);
    }
}
