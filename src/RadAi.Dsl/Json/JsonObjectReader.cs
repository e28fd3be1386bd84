using System.Globalization;
using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Typed, lenient access to one JSON object (Jackson's leniency: unknown fields ignored, scalars coerced
/// to strings, unknown enum values read as null) that reports every type mismatch with its JSON path.
/// </summary>
internal readonly struct JsonObjectReader
{
    private readonly JsonElement _element;

    public JsonObjectReader(JsonElement element, JsonLocation location)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new WorkspaceJsonException(location.ToString(), $"expected an object but found {Describe(element.ValueKind)}.");
        _element = element;
        Location = location;
    }

    public JsonLocation Location { get; }

    public bool Has(string name) => _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public string? String(string name)
    {
        if (!_element.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => throw Wrong(name, "a string", v),
        };
    }

    public string RequiredString(string name)
    {
        var value = String(name);
        if (string.IsNullOrEmpty(value)) throw new WorkspaceJsonException(Location.Property(name).ToString(), "is missing or empty.");
        return value;
    }

    public long? Long(string name)
    {
        if (!_element.TryGetProperty(name, out var v)) return null;
        switch (v.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.Number when v.TryGetInt64(out var n): return n;
            case JsonValueKind.Number when v.TryGetDouble(out var d) && Math.Abs(d) < long.MaxValue: return (long)d;
            case JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s): return s;
            default: throw Wrong(name, "an integer", v);
        }
    }

    public int? Int(string name)
    {
        var value = Long(name);
        if (value is null) return null;
        if (value < int.MinValue || value > int.MaxValue) throw new WorkspaceJsonException(Location.Property(name).ToString(), $"{value} is out of range.");
        return (int)value;
    }

    public bool? Bool(string name)
    {
        if (!_element.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            JsonValueKind.String when bool.TryParse(v.GetString(), out var b) => b,
            _ => throw Wrong(name, "true or false", v),
        };
    }

    public T? Enum<T>(string name) where T : struct, System.Enum
    {
        var text = String(name);
        return text is not null && System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) ? value : null;
    }

    public DateTimeOffset? Date(string name)
    {
        if (!_element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var millis))
        {
            if (millis < -62135596800000L || millis > 253402300799999L) throw Wrong(name, "a date", v);
            return DateTimeOffset.FromUnixTimeMilliseconds(millis);
        }
        if (v.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            return date;
        throw Wrong(name, "a date such as \"2024-01-15T00:00:00Z\"", v);
    }

    public JsonObjectReader? Object(string name)
    {
        if (!_element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return new JsonObjectReader(v, Location.Property(name));
    }

    /// <summary>The objects of an array property (absent or null: none).</summary>
    public IEnumerable<JsonObjectReader> Objects(string name)
    {
        foreach (var (item, location) in Items(name))
            yield return new JsonObjectReader(item, location);
    }

    public IEnumerable<(JsonElement Item, JsonLocation Location)> Items(string name)
    {
        if (!_element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) yield break;
        if (v.ValueKind != JsonValueKind.Array) throw Wrong(name, "an array", v);
        var location = Location.Property(name);
        var i = 0;
        foreach (var item in v.EnumerateArray()) yield return (item, location.Item(i++));
    }

    public List<string> Strings(string name)
    {
        var list = new List<string>();
        foreach (var (item, location) in Items(name))
        {
            list.Add(item.ValueKind switch
            {
                JsonValueKind.String => item.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => item.GetRawText(),
                _ => throw new WorkspaceJsonException(location.ToString(), $"expected a string but found {Describe(item.ValueKind)}."),
            });
        }
        return list;
    }

    public void ReadProperties(string name, PropertyDictionary target)
    {
        var map = Object(name);
        if (map is null) return;
        foreach (var p in map.Value._element.EnumerateObject())
        {
            var value = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                _ => throw new WorkspaceJsonException(map.Value.Location.Property(p.Name).ToString(), $"expected a string but found {Describe(p.Value.ValueKind)}."),
            };
            if (string.IsNullOrWhiteSpace(p.Name)) continue;
            target.Set(p.Name, value);
        }
    }

    public WorkspaceJsonException Error(string name, string problem) => new(Location.Property(name).ToString(), problem);

    public WorkspaceJsonException Error(string problem) => new(Location.ToString(), problem);

    private WorkspaceJsonException Wrong(string name, string expected, JsonElement found)
        => new(Location.Property(name).ToString(), $"expected {expected} but found {Describe(found.ValueKind)}.");

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
