using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using RadAi.Dsl.Benchmarks;
using RadAi.Dsl.Benchmarks.Scale;

// Modes (see docs/performance.md):
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- --filter '*'           full BenchmarkDotNet run
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- --smoke --filter '*'   quick smoke run (ShortRun job)
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- e2e-json synthetic-100k.json   plain console run
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- side-by-side synthetic-100k.json 20   issue 22's protocol beside structurizr-java: read from a string, write compact, 20 times each, medians
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- read-json synthetic-100k.json 30  the same read 30 times (for a profiler)
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- e2e 100000            build → inspect → documentation folder (JSON, DSL, markdown)
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- e2e-load 100000       build → inspect → write JSON → read JSON → RadAiModel.Load
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- e2e-write 100000      build → (registers) → inspect → write JSON only, the registers' first serialization measured apart
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- doc-allocations 10000  bytes allocated per document renderer (one thread, warm)
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- folder-scale 100000 10000   the documentation folder written warm, again and again, per size
//   dotnet run -c Release --project tests/RadAi.Dsl.Benchmarks -- workspace-json 100000 netflix-100k.json   the Netflix-scale workspace's JSON, for timing `radai`
if (args is ["side-by-side", var sideFile, var sideTimesText] && int.TryParse(sideTimesText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var sideTimes) && sideTimes > 0)
    return SideBySide.Run(sideFile, sideTimes, Console.Out);
if (args is ["e2e-json", var file]) return EndToEndJson.Run(file, Console.Out);
if (args is ["read-json", var readFile, var timesText] && int.TryParse(timesText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var times) && times > 0)
    return RepeatedJsonRead.Run(readFile, times, Console.Out);
if (args is ["e2e", var sizeText] && int.TryParse(sizeText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0)
    return EndToEndScale.Run(size, Console.Out);
if (args is ["doc-allocations", var allocSizeText] && int.TryParse(allocSizeText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var allocSize) && allocSize > 0)
    return DocumentAllocations.Run(allocSize, Console.Out);
if (args is ["e2e-load", var loadSizeText] && int.TryParse(loadSizeText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var loadSize) && loadSize > 0)
    return EndToEndLoad.Run(loadSize, Console.Out);
if (args is ["e2e-write", var writeSizeText] && int.TryParse(writeSizeText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var writeSize) && writeSize > 0)
{
    EndToEndScale.WriteJson(EndToEndScale.BuildInspect(writeSize, Console.Out, registersApart: true).Workspace, Console.Out);
    return 0;
}
if (args is ["folder-scale", .. var sizeTexts] && sizeTexts.Length > 0)
{
    var sizes = new List<int>();
    foreach (var text in sizeTexts)
    {
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var folderSize) || folderSize <= 0)
        {
            Console.Error.WriteLine($"usage: folder-scale <size> [<size> ...]  ('{text}' is not a positive size)");
            return 2;
        }
        sizes.Add(folderSize);
    }
    return RepeatedFolderWrite.Run(sizes, Console.Out);
}
if (args is ["workspace-json", var jsonSizeText, var jsonFile] && int.TryParse(jsonSizeText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var jsonSize) && jsonSize > 0)
{
    File.WriteAllBytes(jsonFile, RadAi.Dsl.WorkspaceJson.SerializeToUtf8Bytes(RadAi.Dsl.Benchmarks.Generators.NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, jsonSize)));
    Console.WriteLine($"wrote {jsonFile} ({new FileInfo(jsonFile).Length:N0} bytes)");
    return 0;
}
if (args is ["workspace-json", ..])
{
    Console.Error.WriteLine("usage: workspace-json <size> <file>  (the Netflix-scale workspace of that size, written as Structurizr JSON)");
    return 2;
}
if (args is ["e2e", ..] or ["e2e-load", ..] or ["e2e-write", ..])
{
    Console.Error.WriteLine($"usage: {args[0]} <size>  (elements plus relationships to generate, e.g. 100000)");
    return 2;
}
if (args is ["read-json", ..])
{
    Console.Error.WriteLine("usage: read-json <file> <times>  (a path, or a file name under ../shared/structurizr/benchmark)");
    return 2;
}
if (args is ["side-by-side", ..])
{
    Console.Error.WriteLine("usage: side-by-side <file> <times>  (a path, or a file name under ../shared/structurizr/benchmark; read from a string, then written compact, <times> times each)");
    return 2;
}
if (args is ["e2e-json", ..])
{
    Console.Error.WriteLine("usage: e2e-json <file>  (a path, or a file name under ../shared/structurizr/benchmark)");
    return 2;
}

var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
IConfig config = DefaultConfig.Instance;
if (smoke) config = config.AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1).AsDefault());
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkFiles).Assembly).Run(rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
