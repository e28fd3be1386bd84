using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RadAi.Dsl.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// The <c>Workspace</c> schema of Fixtures/structurizr/structurizr.yaml (OpenAPI 3.0) as a JSON Schema:
/// components/schemas become $defs. A sanity check only; the golden files are the real contract.
/// </summary>
internal static class WorkspaceSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Build);

    public static EvaluationResults Evaluate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static string Describe(EvaluationResults results)
        => string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}").Take(20));

    private static JsonSchema Build()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepoPaths.Structurizr("structurizr.yaml"))) yaml.Load(reader);
        var openApi = (JsonObject)ToJson(yaml.Documents[0].RootNode)!;
        var schemas = openApi["components"]!["schemas"]!.DeepClone();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://radai.example/structurizr-workspace.json",
            ["$ref"] = "#/$defs/Workspace",
            ["$defs"] = schemas,
        };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) return JsonValue.Create(value);
        if (value is null or "~" or "null") return null;
        if (value is "true" or "false") return JsonValue.Create(value == "true");
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return JsonValue.Create(d);
        return JsonValue.Create(value);
    }
}
