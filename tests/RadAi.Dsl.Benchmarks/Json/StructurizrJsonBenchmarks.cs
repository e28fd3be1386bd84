using BenchmarkDotNet.Attributes;
using RadAi.Dsl;

namespace RadAi.Dsl.Benchmarks.Json;

/// <summary>
/// Reading and writing the Structurizr JSON files written by structurizr-java, each beside its raw floor:
/// a bare Utf8JsonReader pass over the same bytes, a bare Utf8JsonWriter writing the same tokens from arrays, and a
/// plain copy of the output bytes (<see cref="PlainCopy"/>).
/// </summary>
[MemoryDiagnoser]
public class StructurizrJsonBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";
    private Workspace _workspace = null!;
    private RawJsonTape _tape = null!;

    /// <summary>The file under ../shared/structurizr/benchmark.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files => BenchmarkFiles.StructurizrJson;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = System.IO.File.ReadAllBytes(BenchmarkFiles.Resolve(File));
        _text = System.Text.Encoding.UTF8.GetString(_bytes);
        _workspace = WorkspaceJson.Deserialize(_bytes);
        _tape = RawJsonTape.Record(_bytes);
        // Both writers must produce the file's bytes, or the comparison means nothing.
        if (!WorkspaceJson.SerializeToUtf8Bytes(_workspace).AsSpan().SequenceEqual(_bytes))
            throw new InvalidOperationException($"{File}: reading then writing is not byte-identical.");
        if (!_tape.Write().AsSpan().SequenceEqual(_bytes))
            throw new InvalidOperationException($"{File}: the raw Utf8JsonWriter tape does not reproduce the file.");
    }

    [Benchmark(Description = "Read: WorkspaceJson.Deserialize")]
    [BenchmarkCategory("Read")]
    public Workspace Read() => WorkspaceJson.Deserialize(_bytes);

    // The side-by-side protocol's input (structurizr-java reads a String): the text is encoded to UTF-8 first.
    [Benchmark(Description = "Read: WorkspaceJson.Deserialize(string)")]
    [BenchmarkCategory("Read")]
    public Workspace ReadText() => WorkspaceJson.Deserialize(_text);

    [Benchmark(Description = "Read floor: bare Utf8JsonReader pass")]
    [BenchmarkCategory("Read")]
    public int ReadFloor() => RawJsonTape.CountTokens(_bytes);

    // What any DOM-based reader pays before reading a single field: the cost the streaming reader avoids.
    [Benchmark(Description = "Read reference: JsonDocument.Parse")]
    [BenchmarkCategory("Read")]
    public int ReadDocument()
    {
        using var document = System.Text.Json.JsonDocument.Parse(_bytes);
        return (int)document.RootElement.ValueKind;
    }

    // What building objects costs at all: one object per item with its own strings and an id index (see the type).
    [Benchmark(Description = "Read reference: objects only")]
    [BenchmarkCategory("Read")]
    public int ReadObjectsOnly() => ObjectGraphReference.Read(_bytes);

    [Benchmark(Description = "Write: WorkspaceJson.SerializeToUtf8Bytes")]
    [BenchmarkCategory("Write")]
    public byte[] Write() => WorkspaceJson.SerializeToUtf8Bytes(_workspace);

    // The side-by-side protocol's output (structurizr-java writes a String).
    [Benchmark(Description = "Write: WorkspaceJson.Serialize (string)")]
    [BenchmarkCategory("Write")]
    public string WriteText() => WorkspaceJson.Serialize(_workspace);

    [Benchmark(Description = "Write floor: bare Utf8JsonWriter from arrays")]
    [BenchmarkCategory("Write")]
    public byte[] WriteFloor() => _tape.Write();

    [Benchmark(Description = "Write floor: plain copy of the output bytes")]
    [BenchmarkCategory("Write")]
    public byte[] WriteCopyFloor() => PlainCopy.Of(_bytes);
}
