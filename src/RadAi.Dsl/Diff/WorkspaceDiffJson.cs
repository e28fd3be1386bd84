using System.Text.Json;
using System.Text.Json.Serialization;

namespace RadAi.Dsl.Diff;

/// <summary>The diff as JSON, written by source-generated serializers (no reflection, so trimming and AOT keep working).</summary>
internal static class WorkspaceDiffJson
{
    public static string Write(WorkspaceDiff diff) => JsonSerializer.Serialize(diff, WorkspaceDiffJsonContext.Default.WorkspaceDiff) + "\n";
}

/// <summary>The serializers of <see cref="WorkspaceDiff"/>: camelCase names, enums as their names, nulls left out.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkspaceDiff))]
internal sealed partial class WorkspaceDiffJsonContext : JsonSerializerContext;
