using System.Buffers;
using System.Collections;
using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Benchmarks.Scale;

/// <summary>
/// Each fast path beside the plain code it replaces, on the same Netflix-scale workspace and in the same run, so that a
/// machine busy with other work slows both alike: a fast path stays only where it beats the plain code beyond the noise
/// (pooled segments for large JSON, the storability walk at every add, documents rendered on several threads, the
/// registers' id indexes).
/// </summary>
[MemoryDiagnoser]
public class FastPathBenchmarks
{
    private Workspace _workspace = null!;
    private RadAiModel _ai = null!;
    private (object Record, Type Type)[] _records = [];
    private JsonSerializerOptions _options = null!;
    private RadAiRegister[] _written = [];

    /// <summary>Elements plus relationships.</summary>
    [Params(100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workspace = NetflixScaleWorkspace.Generate(NetflixScaleBenchmarks.Seed, Size);
        _ai = _workspace.RadAi();
        _options = _ai.WriteOptions;
        _records = [.. RecordsOf(_ai)];
        _written = [.. ((IEnumerable)typeof(RadAiModel).GetField("_written", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(_ai)!).Cast<RadAiRegister>()];
    }

    // Every record held in a table of a register (what Add checks, one by one, while the model is built).
    private static IEnumerable<(object, Type)> RecordsOf(RadAiModel ai)
    {
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
        var registers = (IEnumerable)typeof(RadAiModel).GetField("_registers", Private)!.GetValue(ai)!;
        foreach (var register in registers)
        {
            var parts = (IEnumerable)typeof(RadAiRegister).GetField("_parts", Private)!.GetValue(register)!;
            foreach (var part in parts)
                if (part is IEnumerable rows)
                    foreach (var row in rows) yield return (row, row.GetType());
        }
    }

    [Benchmark(Description = "Write JSON into pooled segments")]
    public byte[] JsonPooledSegments()
    {
        using var buffer = new PooledSegmentWriter();
        var writer = new JacksonJsonWriter(buffer, indented: false);
        new WorkspaceJsonWriter(writer).Write(_workspace);
        writer.Flush();
        return buffer.ToArray();
    }

    [Benchmark(Description = "Write JSON into an ArrayBufferWriter")]
    public byte[] JsonArrayBuffer()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new JacksonJsonWriter(buffer, indented: false);
        new WorkspaceJsonWriter(writer).Write(_workspace);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Description = "Check records: walk of the contract")]
    public int StorabilityWalk()
    {
        var check = new StorabilityCheck(_options, _workspace);
        var storable = 0;
        foreach (var (record, _) in _records)
            if (check.IsCertainlyStorable(record)) storable++;
        return storable;
    }

    [Benchmark(Description = "Check records: serialize each")]
    public long StorabilitySerialize()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = _options.Encoder, SkipValidation = true });
        long bytes = 0;
        foreach (var (record, type) in _records)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, record, _options.GetTypeInfo(type));
            writer.Flush();
            bytes += buffer.WrittenCount;
        }
        return bytes;
    }

    [Benchmark(Description = "Render, documents on 1 thread")]
    public DocumentSet RenderOneThread() => new RadAiDocumentation(_workspace) { MaxDegreeOfParallelism = 1 }.Render();

    [Benchmark(Description = "Render, documents on 2 threads")]
    public DocumentSet RenderTwoThreads() => new RadAiDocumentation(_workspace) { MaxDegreeOfParallelism = 2 }.Render();

    [Benchmark(Description = "Registers as UTF-8 through pooled segments")]
    public long RegistersPooledSegments()
    {
        long bytes = 0;
        foreach (var register in _written)
        {
            using var buffer = new PooledSegmentWriter();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = _options.Encoder })) register.Write(writer);
            bytes += buffer.ToArray().Length;
        }
        return bytes;
    }

    [Benchmark(Description = "Registers as UTF-8 through an ArrayBufferWriter")]
    public long RegistersArrayBuffer()
    {
        long bytes = 0;
        foreach (var register in _written)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = _options.Encoder })) register.Write(writer);
            bytes += buffer.WrittenSpan.ToArray().Length;
        }
        return bytes;
    }

    // What adding every model of the registry asks: is the id new? (the register refuses a duplicate id)
    [Benchmark(Description = "Add-time id checks: index")]
    public int IdChecksIndexed()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var model in _ai.Registry.Models) seen.TryAdd(model.Id, seen.Count);
        return seen.Count;
    }

    [Benchmark(Description = "Add-time id checks: scan of the rows")]
    public int IdChecksScanned()
    {
        var models = _ai.Registry.Models;
        var unique = 0;
        for (var i = 0; i < models.Count; i++)
        {
            var duplicate = false;
            for (var j = 0; j < i && !duplicate; j++) duplicate = string.Equals(models[j].Id, models[i].Id, StringComparison.Ordinal);
            if (!duplicate) unique++;
        }
        return unique;
    }
}
