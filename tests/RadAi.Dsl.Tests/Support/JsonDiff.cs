using System.Text.Json.Nodes;

namespace RadAi.Dsl.Tests.Support;

/// <summary>Finds the first place two JSON trees differ, for readable assertion messages.</summary>
internal static class JsonDiff
{
    public static string First(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(key)) return $"{path}.{key}: unexpected {Short(a[key])}";
                    if (!a.ContainsKey(key)) return $"{path}.{key}: missing, expected {Short(e[key])}";
                    var d = First(e[key], a[key], $"{path}.{key}");
                    if (d.Length > 0) return d;
                }
                return "";
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    var d = First(e[i], a[i], $"{path}[{i}]");
                    if (d.Length > 0) return d;
                }
                return e.Count == a.Count ? "" : $"{path}: expected {e.Count} items, got {a.Count}";
            default:
                return JsonNode.DeepEquals(expected, actual) ? "" : $"{path}: expected {Short(expected)}, got {Short(actual)}";
        }
    }

    private static string Short(JsonNode? node)
    {
        var s = node?.ToJsonString() ?? "null";
        return s.Length > 200 ? s[..200] + "…" : s;
    }
}
