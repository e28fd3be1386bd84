using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix;

namespace RadAi.Dsl.Tests.Diff;

/// <summary>
/// The Netflix sample and a copy with four changes a pull request could make: MDL-REC promoted to v12.5 (its element's
/// version and a new entry in its version history), CG-1's
/// threshold lowered from 0.60 to 0.55, debt item BE-001 resolved, and the relationship "Recommendation Models ->
/// ML Observability" removed. The registers are edited in the stored JSON, as a changed C# model would write them.
/// </summary>
internal static class NetflixDiff
{
    public const string RemovedSource = "Recommendation Models";

    public static string BeforeJson() => WorkspaceJson.Serialize(NetflixWorkspace.Build());

    public static string AfterJson()
    {
        var root = JsonNode.Parse(BeforeJson())!.AsObject();
        var properties = root["properties"]!.AsObject();
        EditRegister(properties, RadAiConvention.BoundaryKey, "gates", "CG-1", gate => gate["threshold"] = 0.55);
        EditRegister(properties, RadAiConvention.RegistryKey, "models", "MDL-REC", model => model["versions"]!.AsArray().Add(new JsonObject { ["version"] = "v12.5" }));
        EditRegister(properties, RadAiConvention.DebtKey, "items", "BE-001", item => item["status"] = "Mitigated");
        var models = AllElements(root["model"]!).ToList();
        var rec = models.Single(e => (string?)e["name"] == RemovedSource && e["properties"] is not null);
        rec["properties"]![Stereotype.MlModel.PropertyKey("version")] = "v12.5";
        var removedId = RemoveFirstRelationship(rec);
        foreach (var view in AllViews(root["views"]!))
            if (view["relationships"] is JsonArray list)
                foreach (var r in list.Where(r => (string?)r!["id"] == removedId).ToList()) list.Remove(r);
        return root.ToJsonString();
    }

    public static Workspace Before() => WorkspaceJson.Deserialize(BeforeJson());

    public static Workspace After() => WorkspaceJson.Deserialize(AfterJson());

    /// <summary>The description of the first relationship of the recommendation models, the one <see cref="AfterJson"/> removes (null when it has none).</summary>
    public static string? RemovedRelationship()
    {
        var root = JsonNode.Parse(BeforeJson())!;
        var rec = AllElements(root["model"]!).Single(e => (string?)e["name"] == RemovedSource && e["properties"] is not null);
        return (string?)rec["relationships"]![0]!["description"];
    }

    private static string RemoveFirstRelationship(JsonNode element)
    {
        var list = element["relationships"]!.AsArray();
        var id = (string)list[0]!["id"]!;
        list.RemoveAt(0);
        return id;
    }

    private static void EditRegister(JsonObject properties, string key, string table, string id, Action<JsonObject> edit)
    {
        var register = JsonNode.Parse((string)properties[key]!)!;
        edit(register[table]!.AsArray().Single(r => (string?)r!["id"] == id)!.AsObject());
        properties[key] = register.ToJsonString();
    }

    private static IEnumerable<JsonObject> AllElements(JsonNode node)
    {
        if (node is JsonObject o)
        {
            if (o["id"] is not null && o["name"] is not null) yield return o;
            foreach (var (_, child) in o)
                if (child is not null) foreach (var e in AllElements(child)) yield return e;
        }
        else if (node is JsonArray a)
            foreach (var child in a)
                if (child is not null) foreach (var e in AllElements(child)) yield return e;
    }

    private static IEnumerable<JsonObject> AllViews(JsonNode views)
        => views.AsObject().Select(p => p.Value).OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>());
}
