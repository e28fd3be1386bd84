using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>
/// The OASIS SARIF 2.1.0 schema (Fixtures/sarif), which is draft-04. JsonSchema.Net 8 implements draft-06 and later
/// only, so the schema is evaluated as draft-07 after rewriting the two draft-04 spellings it uses: the root
/// <c>"id"</c> becomes <c>"$id"</c> and <c>$schema</c> names draft-07. The schema uses no other keyword whose meaning
/// changed after draft-04 (no boolean exclusiveMinimum/exclusiveMaximum; every other "id" is a property name),
/// which FormatterTests checks.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var original = Original();
        // $id must come before the subschemas: JsonSchema.Net 8 otherwise registers the root twice
        // ("Overwriting registered schemas is not permitted").
        var rewritten = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = original["id"]!.GetValue<string>(),
        };
        foreach (var (key, value) in original)
            if (key is not "$schema" and not "id") rewritten[key] = value?.DeepClone();
        // a registry of our own, so no other test's registrations can clash
        return JsonSchema.FromText(rewritten.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    public static JsonObject Original() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "sarif", "sarif-schema-2.1.0.json")))!.AsObject();

    /// <summary>The errors of the document against the schema (empty when valid), with formats checked.</summary>
    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        return (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid (no details)").ToList();
    }

}
