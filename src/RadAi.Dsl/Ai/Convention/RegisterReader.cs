using System.Text.Json;
using System.Text.RegularExpressions;

namespace RadAi.Dsl;

/// <summary>Reads the tables of one stored register, turning every failure into a <see cref="RadAiConventionException"/> naming where it was.</summary>
internal sealed partial class RegisterReader(JsonElement root, string location, JsonSerializerOptions options, MemberDefaults defaults)
{
    public string Location { get; } = location;

    public IEnumerable<(T Item, string Path)> Table<T>(string name)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) yield break;
        if (array.ValueKind != JsonValueKind.Array) throw Fail($"'{name}' must be an array.", "$." + name);
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.{name}[{i++}]";
            yield return (Deserialize<T>(element, path), path);
        }
    }

    public T? Value<T>(string name) where T : class
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return Deserialize<T>(value, "$." + name);
    }

    public void Apply(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is ArgumentException or ModelException or InvalidOperationException or FormatException)
        {
            throw Fail(ExceptionWords.Of(e), path, e);
        }
    }

    private T Deserialize<T>(JsonElement element, string path)
    {
        try
        {
            var contract = options.Contract<T>();
            var value = defaults.Fill(element, typeof(T)) is { } filled ? filled.Deserialize(contract) : element.Deserialize(contract);
            return value ?? throw Fail($"Expected a {typeof(T).Name}, found null.", path);
        }
        catch (JsonException e)
        {
            var inner = (e.Path is { Length: > 1 } p ? path + p[1..] : path) + (e.Data[RadAiJson.InnerPathKey] as string);
            var message = e.InnerException is ArgumentException or ModelException or FormatException ? ExceptionWords.Of(e.InnerException) : Words(e, element);
            throw Fail(message, inner, e);
        }
        catch (Exception e) when (e is ArgumentException or ModelException or FormatException or InvalidOperationException)
        {
            throw Fail(ExceptionWords.Of(e), path, e);
        }
    }

    public RadAiConventionException Fail(string message, string path, Exception? inner = null)
        => new($"{Location}, at {path}: {message}", Location, path, inner);

    // System.Text.Json says "The JSON value could not be converted to System.String. Path: … | LineNumber: …": the CLR
    // type the program wanted and the parser's positions (the path is reported separately), not what to write instead.
    internal static string Words(JsonException e, JsonElement element)
    {
        var message = ExceptionWords.Of(e);
        if (NotConverted().Match(message) is not { Success: true } match) return message;
        var found = At(element, e.Path) is { } value ? $", found {value.ValueKind}" : string.Empty;
        return $"Expected {Expected(match.Groups[1].Value)}{found}.";
    }

    private static string Expected(string type) => type switch
    {
        "System.String" => "text",
        "System.Boolean" => "true or false",
        "System.Byte" or "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64"
            or "System.Single" or "System.Double" or "System.Decimal" => "a number",
        "System.DateOnly" or "System.DateTime" or "System.DateTimeOffset" => "a date",
        _ when Nullable().Match(type) is { Success: true } inner => Expected(inner.Groups[1].Value),
        _ when type.StartsWith("System.Collections.", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "a list",
        _ => "a " + type[(type.LastIndexOfAny(['.', '+']) + 1)..],
    };

    // The value at a path such as "$.items[0].name" below the element read, when the path is that simple.
    private static JsonElement? At(JsonElement element, string? path)
    {
        if (path is null || !path.StartsWith('$')) return null;
        var current = element;
        foreach (Match step in PathStep().Matches(path[1..]))
        {
            if (step.Groups[1].Success && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(step.Groups[1].Value, out var next)) current = next;
            else if (step.Groups[2].Success && current.ValueKind == JsonValueKind.Array && int.TryParse(step.Groups[2].ValueSpan, out var i) && i < current.GetArrayLength()) current = current[i];
            else return null;
        }
        return current;
    }

    [GeneratedRegex(@"^The JSON value could not be converted to ([^ ]+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"^System\.Nullable`1\[(.+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Nullable();

    [GeneratedRegex(@"\.([A-Za-z0-9_]+)|\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathStep();
}
