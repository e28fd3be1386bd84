using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// Lists inside stored records are read in one pass, and anything unusual is read the old way: a bad value inside a
/// list must still be reported with the message and JSON path it always had, and good lists must load equal.
/// </summary>
public class RegisterListReadingTests
{
    private static Workspace Build()
    {
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S");
        var rec = system.AddContainer("Rec");
        var store = system.AddContainer("Store");
        var ai = workspace.RadAi();
        ai.Registry.Add(new RegisteredModel
        {
            Id = "MDL-1",
            Element = rec,
            Name = "Rec",
            Task = "ranking",
            Framework = "PyTorch",
            Status = ModelStatus.Production,
            Versions = [new ModelVersion("v1") { Status = ModelStatus.Retired }, new ModelVersion("v2") { Status = ModelStatus.Production, KeyMetrics = [MetricValue.Of("NDCG", 0.4)] }],
            Baselines = [new PerformanceBaseline("Latency P95") { AlertThreshold = Threshold.Above(null, 250, "ms") }],
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001",
            Category = DebtCategory.Entanglement,
            Description = "shared features",
            Severity = Severity.High,
            Affects = [rec, store],
            Mitigation = "versioning",
            Status = DebtStatus.Open,
        });
        return workspace;
    }

    [Fact]
    public void Lists_of_references_records_enums_and_text_values_load_equal()
    {
        var workspace = Build();
        var loaded = RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace)));
        RichModel.AssertSame(workspace.RadAi(), loaded);
        Assert.Equal(["Rec", "Store"], loaded.Debt.Items[0].Affects.Select(a => a.Name));
        Assert.Equal(ModelStatus.Retired, loaded.Registry.Models[0].Versions[0].Status);
        Assert.Equal("NDCG: 0.4", loaded.Registry.Models[0].Versions[1].KeyMetrics[0].ToString());
    }

    // Messages as the reader gave them before lists were read in one pass (captured from that build). The paths name
    // the list and the item inside it ("$.items[0].affects[1]": the second affected element of the first item); they
    // used to leave the list's name out ("$.items[0].affects[1]"), because the nested reader reported paths from its own root.
    [Theory]
    [InlineData(RadAiConvention.DebtKey, "\"Container://S.Store\"", "\"Container://S.Gone\"",
        "workspace property 'radai:e7.debt', at $.items[0].affects[1]: No element 'Container://S.Gone' in workspace 'W'; refer to elements by canonical name, e.g. \"Container://System.Container\".", "$.items[0].affects[1]")]
    [InlineData(RadAiConvention.DebtKey, "\"Container://S.Store\"", "null",
        "workspace property 'radai:e7.debt', at $.items[0].affects[1]: Expected an element's canonical name, found Null.", "$.items[0].affects[1]")]
    [InlineData(RadAiConvention.DebtKey, "\"Container://S.Store\"", "42",
        "workspace property 'radai:e7.debt', at $.items[0].affects[1]: Expected an element's canonical name, found Number.", "$.items[0].affects[1]")]
    [InlineData(RadAiConvention.RegistryKey, "\"status\":\"Production\"", "\"status\":7",
        "workspace property 'radai:e2.model-registry', at $.models[0].status: Expected text for a ModelStatus, found Number.", "$.models[0].status")]
    [InlineData(RadAiConvention.RegistryKey, "\"alertThreshold\":\"> 250 ms\"", "\"alertThreshold\":\"\"",
        "workspace property 'radai:e2.model-registry', at $.models[0].baselines[0].alertThreshold: A threshold needs text, e.g. \"PSI > 0.2\".", "$.models[0].baselines[0].alertThreshold")]
    [InlineData(RadAiConvention.RegistryKey, "\"keyMetrics\":[\"NDCG: 0.4\"]", "\"keyMetrics\":[\"NDCG: 0.4\",7]",
        "workspace property 'radai:e2.model-registry', at $.models[0].versions[1].keyMetrics[1]: Expected text for a MetricValue, found Number.", "$.models[0].versions[1].keyMetrics[1]")]
    public void A_bad_value_inside_a_list_is_reported_with_the_path_to_its_item(string key, string find, string replace, string message, string path)
    {
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(Tampered(key, find, replace)));
        Assert.Equal((message, path), (e.Message, e.JsonPath));
    }

    [Fact]
    public void A_null_record_inside_a_list_is_a_convention_error_naming_the_register()
    {
        var e = Assert.Throws<RadAiConventionException>(() => RadAiModel.Load(Tampered(RadAiConvention.RegistryKey, "{\"version\":\"v1\"", "null,{\"version\":\"v1\"")));
        Assert.StartsWith("workspace property 'radai:e2.model-registry', at $.models[0].versions[0]: ", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.models[0].versions[0]", e.JsonPath);
        Assert.Contains("Item 0 of the list is null", e.Message, StringComparison.Ordinal);
    }

    private static Workspace Tampered(string key, string find, string replace)
    {
        var workspace = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(Build()));
        var stored = workspace.Properties[key];
        Assert.Contains(find, stored, StringComparison.Ordinal);
        workspace.Properties.Set(key, stored.Replace(find, replace, StringComparison.Ordinal));
        return workspace;
    }
}
