using System.Text.Json.Nodes;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Analysis;

/// <summary>
/// Removes a part of the RAD-AI model the way a user would find it missing: from the stored workspace (a table of a
/// register property in its JSON, or a stereotype tag), then reads the typed model from the workspace again.
/// </summary>
internal static class StoredParts
{
    /// <summary>The workspace written, without the tables, and read back with its RAD-AI model.</summary>
    public static Workspace RemoveTables(Workspace workspace, string registerKey, params string[] tables)
    {
        var json = JsonNode.Parse(WorkspaceJson.Serialize(workspace))!.AsObject();
        var properties = json["properties"]!.AsObject();
        var stored = properties[registerKey]?.GetValue<string>() ?? throw new InvalidOperationException($"The workspace has no property '{registerKey}'.");
        var register = JsonNode.Parse(stored)!.AsObject();
        foreach (var table in tables)
            Assert.True(register.Remove(table), $"Register '{registerKey}' has no table '{table}'.");
        if (register.Count == 0) properties.Remove(registerKey);
        else properties[registerKey] = register.ToJsonString();
        var changed = WorkspaceJson.Deserialize(json.ToJsonString());
        RadAiModel.Load(changed);
        return changed;
    }

    /// <summary>The workspace without the tag, with its RAD-AI model read again.</summary>
    public static Workspace RemoveTag(Workspace workspace, string tag)
    {
        var tagged = workspace.Model.Elements.Where(e => e.Tags.Contains(tag)).ToList();
        Assert.NotEmpty(tagged);
        foreach (var element in tagged) element.Tags.Remove(tag);
        RadAiModel.Load(workspace);
        return workspace;
    }
}
