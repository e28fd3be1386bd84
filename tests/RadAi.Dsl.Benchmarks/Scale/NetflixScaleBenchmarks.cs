using BenchmarkDotNet.Attributes;
using RadAi.Dsl;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.Benchmarks.Json;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// Every step of issue 8 on the synthetic Netflix-scale workspaces (about 1,000, 10,000 and 100,000 elements and
/// relationships): build through the public API, inspect, write and read JSON (each beside its raw floor), load the
/// RAD-AI model, render all markdown, export DSL.
/// </summary>
[MemoryDiagnoser]
public class NetflixScaleBenchmarks
{
    /// <summary>The generator's seed (fixed: same workspace in every run).</summary>
    public const int Seed = 8;

    private Workspace _workspace = null!;
    private Workspace _read = null!;
    private byte[] _bytes = [];
    private RawJsonTape _tape = null!;
    private string _folder = "";

    /// <summary>Elements plus relationships.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => NetflixScaleWorkspace.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = NetflixScaleWorkspace.Generate(Seed, Size);
        _bytes = WorkspaceJson.SerializeToUtf8Bytes(_workspace);
        _read = WorkspaceJson.Deserialize(_bytes);
        _tape = RawJsonTape.Record(_bytes);
        if (!_tape.Write().AsSpan().SequenceEqual(_bytes))
            throw new InvalidOperationException($"size {Size}: the raw Utf8JsonWriter tape does not reproduce the JSON.");
        if (!WorkspaceJson.SerializeToUtf8Bytes(_read).AsSpan().SequenceEqual(_bytes))
            throw new InvalidOperationException($"size {Size}: reading then writing is not byte-identical.");
        _folder = Directory.CreateTempSubdirectory("radai-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Build (public API)")]
    public Workspace Build() => NetflixScaleWorkspace.Generate(Seed, Size);

    /// <summary>
    /// Build, then the workspace properties as written, which writes the RAD-AI registers as JSON: the difference to
    /// <see cref="Build"/> is what writing the registers costs (every writer of the workspace pays it).
    /// </summary>
    [Benchmark(Description = "Build + write registers")]
    public long BuildAndWriteRegisters() => NetflixScaleWorkspace.Generate(Seed, Size).GetEffectiveProperties().Sum(p => (long)p.Value.Length);

    [Benchmark(Description = "Inspect (Inspector.Run)")]
    public InspectionReport Inspect() => Inspector.Run(_workspace);

    [Benchmark(Description = "Write JSON")]
    public byte[] WriteJson() => WorkspaceJson.SerializeToUtf8Bytes(_workspace);

    [Benchmark(Description = "Write floor: bare Utf8JsonWriter")]
    public byte[] WriteFloor() => _tape.Write();

    [Benchmark(Description = "Write floor: plain copy of the output bytes")]
    public byte[] WriteCopyFloor() => PlainCopy.Of(_bytes);

    [Benchmark(Description = "Read JSON")]
    public Workspace ReadJson() => WorkspaceJson.Deserialize(_bytes);

    [Benchmark(Description = "Read floor: bare Utf8JsonReader")]
    public int ReadFloor() => RawJsonTape.CountTokens(_bytes);

    [Benchmark(Description = "Load RAD-AI model (RadAiModel.Load)")]
    public RadAiModel LoadRadAi() => RadAiModel.Load(_read);

    [Benchmark(Description = "Render all markdown")]
    public DocumentSet RenderMarkdown() => new RadAiDocumentation(_workspace).Render();

    // What the Netflix sample and `radai render` do: every file streamed to disk as it is made (the same files each time).
    [Benchmark(Description = "Write the documentation folder (WriteTo)")]
    public int WriteDocumentationFolder() => new RadAiDocumentation(_workspace).WriteTo(_folder).Count;

    [Benchmark(Description = "Export DSL")]
    public DslExport ExportDsl() => StructurizrDslExporter.Export(_workspace);
}
