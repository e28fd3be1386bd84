using System.Text.Json;

namespace RadAi.Dsl;

/// <summary>
/// The JSON path of the token that starts at a byte offset, found by reading the input again up to it. Only an error
/// needs a path, so the reader keeps byte offsets while it reads and builds no path for input that reads.
/// </summary>
internal static class JsonTokenPath
{
    /// <summary>The path (<c>$.model.people[1].name</c>) of the value or property name starting at <paramref name="offset"/>.</summary>
    public static string At(ReadOnlySpan<byte> utf8, long offset)
    {
        var r = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        // Per open container: its path, whether it is an array, the index of its next item or its current property.
        var containers = new List<(string Path, bool Array, int Next, string? Property)>();
        try
        {
            while (r.Read())
            {
                if (r.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.RemoveAt(containers.Count - 1);
                    continue;
                }
                if (r.TokenType == JsonTokenType.PropertyName)
                {
                    var top = containers[^1];
                    containers[^1] = top with { Property = r.GetString() };
                    if (r.TokenStartIndex == offset) return top.Path + "." + r.GetString();
                    continue;
                }
                var path = "$";
                if (containers.Count > 0)
                {
                    var parent = containers[^1];
                    path = parent.Array ? $"{parent.Path}[{parent.Next}]" : parent.Path + "." + parent.Property;
                    if (parent.Array) containers[^1] = parent with { Next = parent.Next + 1 };
                }
                if (r.TokenStartIndex >= offset) return path;
                if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    containers.Add((path, r.TokenType == JsonTokenType.StartArray, 0, null));
            }
        }
        catch (JsonException)
        {
            // Malformed after the offset: the path found so far is the answer.
        }
        return "$";
    }
}
