using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Finds the stored JSON of a register: the workspace property as the workspace writes it (what this library writes;
/// from the RAD-AI model read before, when there is one) or, for hand-written and DSL workspaces, a documentation
/// section holding a fenced block <c>```json radai:…</c>.
/// </summary>
internal static class ConventionSource
{
    public static RegisterReader? Open(Workspace workspace, string key, JsonSerializerOptions options, MemberDefaults defaults)
    {
        var json = StoredJson(workspace, key, out var location);
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return new RegisterReader(document.RootElement.Clone(), location, options, defaults);
        }
        catch (JsonException e)
        {
            throw new RadAiConventionException($"{location} is not valid JSON: {JsonSyntaxError.Describe(e, System.Text.Encoding.UTF8.GetBytes(json))}", location, e.Path, e);
        }
    }

    /// <summary>The register's JSON as <see cref="Open"/> reads it (the property, else a fenced block), or null.</summary>
    public static string? StoredJson(Workspace workspace, string key) => StoredJson(workspace, key, out _);

    private static string? StoredJson(Workspace workspace, string key, out string location)
    {
        var json = workspace.GetEffectiveProperty(key);
        location = $"workspace property '{key}'";
        if (json is null)
        {
            foreach (var section in workspace.Documentation.Sections)
                if (FencedBlock(section.Content, key) is { } block)
                {
                    json = block;
                    location = $"documentation section '{section.Filename ?? "#" + section.Order}' (block {key})";
                    break;
                }
        }
        return json;
    }

    /// <summary>The content of the first fenced block whose info string is "json {key}", or null.</summary>
    public static string? FencedBlock(string markdown, string key)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("```", StringComparison.Ordinal)) continue;
            var info = line[3..].Trim();
            if (!info.Equals(RadAiConvention.FenceInfoPrefix + key, StringComparison.Ordinal)) continue;
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            if (end < 0) return null;
            return string.Join('\n', lines[(i + 1)..end]);
        }
        return null;
    }
}
