using System.Text.Json.Nodes;
using RadAi.Dsl.Ai;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Tests.Rendering.Analysis;

/// <summary>
/// Removes a part of the RAD-AI model the way a user would find it missing: from the workspace itself (a table of a
/// register property, or a stereotype tag), then reloads the typed model from the workspace.
/// </summary>
internal static class StoredParts
{
    public static void RemoveTables(Workspace workspace, string registerKey, params string[] tables)
    {
        var json = workspace.Properties.GetValueOrDefault(registerKey) ?? throw new InvalidOperationException($"The workspace has no property '{registerKey}'.");
        var register = JsonNode.Parse(json)!.AsObject();
        foreach (var table in tables)
            Assert.True(register.Remove(table), $"Register '{registerKey}' has no table '{table}'.");
        if (register.Count == 0) workspace.Properties.Remove(registerKey);
        else workspace.Properties.Set(registerKey, register.ToJsonString());
        RadAiModel.Load(workspace);
    }

    public static void RemoveTag(Workspace workspace, string tag)
    {
        var tagged = workspace.Model.Elements.Where(e => e.Tags.Contains(tag)).ToList();
        Assert.NotEmpty(tagged);
        foreach (var element in tagged) element.Tags.Remove(tag);
        RadAiModel.Load(workspace);
    }
}
