using System.Text.Json.Nodes;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// References renamed for what they are (the element serving a registered model, the AI component a gate, band,
/// metric or requirement is about) keep the stored key they always had, "model", so stored workspaces read unchanged.
/// </summary>
public class StoredNamesTests
{
    [Theory]
    [InlineData(RadAiConvention.RegistryKey, "models")]
    [InlineData(RadAiConvention.BoundaryKey, "gates")]
    [InlineData(RadAiConvention.BoundaryKey, "bands")]
    [InlineData(RadAiConvention.OperationsKey, "healthMetrics")]
    [InlineData(RadAiConvention.OperationsKey, "driftDetection")]
    [InlineData(RadAiConvention.ResponsibleAiKey, "fairnessMetrics")]
    [InlineData(RadAiConvention.ResponsibleAiKey, "explainability")]
    public void A_renamed_reference_is_stored_under_model_and_read_back(string key, string table)
    {
        var workspace = RichModel.Build();
        var stored = JsonNode.Parse(workspace.GetEffectiveProperty(key)!)![table]!.AsArray();
        Assert.NotEmpty(stored);
        Assert.All(stored, row => Assert.Contains("://", row!["model"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(stored, row => Assert.False(row!.AsObject().ContainsKey("component") || row.AsObject().ContainsKey("element")));
        RichModel.AssertSame(workspace.RadAi(), RadAiModel.Load(WorkspaceJson.Deserialize(WorkspaceJson.Serialize(workspace))));
    }
}
