using System.Collections;
using System.Reflection;
using System.Text.Json;
using RadAi.Dsl;

using static RadAi.Dsl.Tests.Ai.RegisterRecords;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// The check made on every add instead of writing the record (<see cref="StorabilityCheck"/>) must say "storable" only
/// when the serializer would write the record, and the errors for bad records must stay the serializer's own.
/// </summary>
public class RecordStorabilityTests
{
    [Fact]
    public void Every_record_of_the_rich_model_is_storable_in_its_own_workspace_and_the_check_agrees_with_the_serializer()
    {
        var workspace = RichModel.Build();
        var model = workspace.RadAi();
        var check = new StorabilityCheck(model.WriteOptions, workspace);
        var records = StoredRecordsOf(model);
        Assert.True(records.Count > 50, $"only {records.Count} records found");
        foreach (var record in records)
        {
            Assert.True(Serializes(record, model.WriteOptions), $"{record.GetType().Name} does not serialize");
            Assert.True(check.IsCertainlyStorable(record), $"{record.GetType().Name} {record} is refused");
        }
    }

    [Fact]
    public void In_another_workspace_the_check_refuses_exactly_the_records_the_serializer_refuses()
    {
        // Same records, checked against a twin workspace: every record holding a reference (however deep: lists,
        // nested records, nullable references) is foreign there, and the check must see each one.
        var source = RichModel.Build().RadAi();
        var twin = RichModel.Build().RadAi();
        var check = new StorabilityCheck(twin.WriteOptions, twin.Workspace);
        var refused = 0;
        foreach (var record in StoredRecordsOf(source))
        {
            var serializes = Serializes(record, twin.WriteOptions);
            Assert.Equal(serializes, check.IsCertainlyStorable(record));
            if (!serializes) refused++;
        }
        Assert.True(refused > 20, $"only {refused} records refer to elements");
    }

    [Fact]
    public void A_foreign_element_deep_in_a_record_is_named_as_before()
    {
        var workspace = new Workspace("Mine");
        var mine = workspace.Model.AddSoftwareSystem("S").AddContainer("Consumer");
        var foreign = new Workspace("Other").Model.AddSoftwareSystem("Elsewhere").AddContainer("Foreign Stage");
        var lineage = workspace.RadAi().Lineage;
        lineage.AddSource(new DataSource { Id = "DS-1", Name = "Clicks", Kind = DataSourceKind.Stream, Freshness = Freshness.Continuous });
        var path = new LineagePath("clicks", "DS-1", mine) { Stages = [new LineageStage
        {
            Name = "a",
            Input = "i",
            Transformation = "t",
            Output = "o",
            Element = mine,
        }, new LineageStage
        {
            Name = "b",
            Input = "i",
            Transformation = "t",
            Output = "o",
            Element = foreign,
        }] };
        var e = Assert.Throws<ModelException>(() => lineage.AddPath(path));
        Assert.StartsWith("Lineage path 'clicks': Element 'Container://Elsewhere.Foreign Stage' belongs to workspace 'Other', not to 'Mine'", e.Message, StringComparison.Ordinal);
        Assert.Empty(lineage.Paths);
    }

    [Fact]
    public void A_number_JSON_cannot_hold_is_refused_at_the_add_as_before()
    {
        var workspace = new Workspace("W");
        var ops = workspace.RadAi().Operations;
        var step = new CanaryStep("route", "gateway", "route a share") { TrafficShare = double.NaN };
        Assert.False(new StorabilityCheck(workspace.RadAi().WriteOptions, workspace).IsCertainlyStorable(step));
        var e = Assert.Throws<ModelException>(() => ops.AddCanaryStep(step));
        Assert.StartsWith("Canary step 'route': ", e.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be written as valid JSON", e.Message, StringComparison.Ordinal);
        Assert.Empty(ops.CanarySteps);
        Assert.Throws<ArgumentException>(() => (StatedValue)double.NaN);
    }

    [Fact]
    public void A_default_reference_is_refused_by_the_serializer_as_before()
    {
        var workspace = new Workspace("W");
        var lineage = workspace.RadAi().Lineage;
        var e = Assert.Throws<ModelException>(() => lineage.AddFreshnessRequirement(new FreshnessRequirement(default, Freshness.Daily, Freshness.Daily)));
        Assert.IsType<ArgumentNullException>(e.InnerException);
        Assert.Empty(lineage.FreshnessRequirements);
    }

    // The records kept in register JSON (the concern matrix, say, lives in perspectives).
    private static List<object> StoredRecordsOf(RadAiModel model) => RecordsOf(model).Where(r => model.WriteOptions.TryGetTypeInfo(r.GetType(), out _)).ToList();

    private static bool Serializes(object record, JsonSerializerOptions options)
    {
        try
        {
            JsonSerializer.SerializeToUtf8Bytes(record, options.GetTypeInfo(record.GetType()));
            return true;
        }
        catch (Exception e) when (e is ArgumentException or ModelException)
        {
            return false;
        }
    }
}
