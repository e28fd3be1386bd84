using System.Buffers;
using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.Ai.Registry;
using RadAi.Dsl.Benchmarks.Generators;
using RadAi.Dsl.C4;

using static RadAi.Dsl.Tests.Ai.RegisterRecords;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// The planned register writer (<see cref="RecordJsonWriter"/>) must write exactly the serializer's bytes: compared
/// register by register and record by record with the same writer in serializer-only mode.
/// </summary>
public class RecordJsonWriterTests
{
    [Fact]
    public void Every_register_of_the_rich_model_is_written_with_the_serializers_bytes()
    {
        var model = RichModel.Build().RadAi();
        var compared = 0;
        foreach (var register in RegistersOf(model))
        {
            Assert.Equal(Tables(register, new RecordJsonWriter(model.Json, plan: false)), Tables(register, new RecordJsonWriter(model.Json)));
            compared++;
        }
        Assert.True(compared >= 10, $"only {compared} registers compared");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Every_register_of_a_Netflix_scale_workspace_is_written_with_the_serializers_bytes(int seed)
    {
        var model = NetflixScaleWorkspace.Generate(seed, 1_000).RadAi();
        foreach (var register in RegistersOf(model))
            Assert.Equal(Tables(register, new RecordJsonWriter(model.Json, plan: false)), Tables(register, new RecordJsonWriter(model.Json)));
    }

    [Fact]
    public void Every_record_type_the_rich_model_stores_is_written_by_the_plan_not_by_the_serializer()
    {
        // The plan is what makes registers cheap to write; a record type falling back to the serializer would be a silent slowdown.
        var model = RichModel.Build().RadAi();
        var writer = new RecordJsonWriter(model.Json);
        var types = RecordsOf(model).Select(r => r.GetType()).Distinct().ToList();
        Assert.True(types.Count > 40, $"only {types.Count} record types found");
        var isPlanned = typeof(RecordJsonWriter).GetMethod(nameof(RecordJsonWriter.IsPlanned), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in types)
        {
            var planned = (bool)isPlanned.MakeGenericMethod(type).Invoke(writer, null)!;
            Assert.True(planned != HasJsonAttribute(type), $"{type.Name} is written by the {(planned ? "plan" : "serializer")}");
        }
        Assert.True(types.Count(t => !HasJsonAttribute(t)) > 30, "too few record types planned");
    }

    [Fact]
    public void The_plans_contract_is_the_serializers_for_every_record_type_of_the_library()
    {
        // The plan derives names and order itself (building the serializer's metadata cost a fresh process hundreds of
        // compiled accessors); for every record type it plans, they must be the serializer's.
        var model = new Workspace("W").RadAi();
        var writer = new RecordJsonWriter(model.Json);
        var types = typeof(RadAiModel).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && !t.IsGenericTypeDefinition && IsRecord(t)).ToList();
        var planned = 0;
        foreach (var type in types)
        {
            if (writer.PlannedNames(type) is not { } names) continue;
            var info = model.Json.GetTypeInfo(type);
            Assert.Equal(JsonTypeInfoKind.Object, info.Kind);
            Assert.Equal(info.Properties.Select(p => p.Name), names);
            planned++;
        }
        Assert.True(planned > 60, $"only {planned} of {types.Count} record types planned");
    }

    [Fact]
    public void Each_record_alone_is_written_with_the_serializers_bytes()
    {
        var model = RichModel.Build().RadAi();
        var write = typeof(RecordJsonWriterTests).GetMethod(nameof(WriteOne), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var record in RecordsOf(model))
        {
            var typed = write.MakeGenericMethod(record.GetType());
            Assert.Equal((string)typed.Invoke(null, [model.Json, record, false])!, (string)typed.Invoke(null, [model.Json, record, true])!);
        }
    }

    [Fact]
    public void Unusual_values_are_written_with_the_serializers_bytes()
    {
        // Text that needs escaping (quotes, control characters, a lone surrogate, non-ASCII), nulls where the
        // annotations say there are none, null list items, empty lists and a record nested in a list.
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("Sys.tem/1");
        var rec = system.AddContainer("Rec \"quoted\" \u00e9\u4e2d");
        var model = workspace.RadAi();
        var odd = "a\"b\\c\u0001\n\t\u2028\ud800 <&> \u00e9 \ud83d\ude00";
        var records = new object[]
        {
            new RegisteredModel
            {
                Id = "MDL-1",
                Element = rec,
                Name = odd,
                Task = odd,
                Framework = odd,
                Status = ModelStatus.Canary,
                Versions = [new ModelVersion(odd) { KeyMetrics = [MetricValue.Of("NDCG", 0.1 + 0.2)], TrainingDate = new DateOnly(2025, 2, 3) }, new ModelVersion("v2")],
                Hyperparameters = [new Hyperparameter(null!, null!, null!)],
                Baselines = [new PerformanceBaseline("P95") { Baseline = 1e-300, Current = double.MaxValue, AlertThreshold = new Threshold(null, Comparison.GreaterThan, 250, "ms") }],
            },
            new Pipeline
            {
                Id = "PL-1",
                Name = odd,
                Mode = PipelineMode.Streaming,
                FreshnessSla = Freshness.Under(TimeSpan.FromSeconds(5)),
                Owner = odd,
                Element = rec,
                Stages = [new PipelineStage { Name = odd, Input = "in", Output = "out", Processing = "Avro", QualityGate = "rate < 1%" }],
                Checkpoints = [new QualityCheckpoint
                {
                    Check = "c",
                    Location = "after",
                    Rule = "all",
                    OnFailure = [FailureAction.Quarantine, FailureAction.Alert],
                }],
            },
            new DebtItem
            {
                Id = "EN-1",
                Category = DebtCategory.Entanglement,
                Description = odd,
                Severity = Severity.High,
                Affects = [rec, rec],
                Mitigation = odd,
                Status = DebtStatus.Open,
                Owner = odd,
            },
            new FeatureGroup
            {
                Name = odd,
                FeatureCount = 0,
                SourcePipelines = EquatableList.From(new[] { "a", null!, "" }),
                Refresh = Freshness.Hourly,
                Consumers = [],
            },
        };
        var write = typeof(RecordJsonWriterTests).GetMethod(nameof(WriteOne), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var record in records)
        {
            var typed = write.MakeGenericMethod(record.GetType());
            var expected = (string)typed.Invoke(null, [model.Json, record, false])!;
            Assert.Equal(expected, (string)typed.Invoke(null, [model.Json, record, true])!);
            Assert.Equal(JsonSerializer.Serialize(record, record.GetType(), model.Json), expected);
        }
    }

    [Fact]
    public void A_record_referring_to_another_workspace_fails_as_the_serializer_does()
    {
        var model = new Workspace("Mine").RadAi();
        var foreign = new Workspace("Other").Model.AddSoftwareSystem("Elsewhere").AddContainer("Rec");
        var record = new RegisteredModel { Id = "MDL-1", Element = foreign, Name = "n", Task = "t", Framework = "f", Status = ModelStatus.Production };
        var expected = Assert.Throws<ArgumentException>(() => WriteOne(model.Json, record, plan: false));
        var actual = Assert.Throws<ArgumentException>(() => WriteOne(model.Json, record, plan: true));
        Assert.Equal(expected.Message, actual.Message);
    }

    private static string WriteOne<T>(JsonSerializerOptions options, T record, bool plan)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder }))
            new RecordJsonWriter(options, plan).Write(writer, record);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Tables(RadAiRegister register, RecordJsonWriter records)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = register.Root.Json.Encoder }))
        {
            writer.WriteStartObject();
            register.WriteTables(writer, records);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
