using System.Text.Json;

namespace RadAi.Dsl;

/// <summary>Reads the tables of one stored register, turning every failure into a <see cref="RadAiConventionException"/> naming where it was.</summary>
internal sealed class RegisterReader(JsonElement root, string location, JsonSerializerOptions options, MemberDefaults defaults)
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
            throw Fail(e.Message, path, e);
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
            var message = e.InnerException is ArgumentException or ModelException or FormatException ? e.InnerException.Message : FirstLine(e.Message);
            throw Fail(message, inner, e);
        }
        catch (Exception e) when (e is ArgumentException or ModelException or FormatException or InvalidOperationException)
        {
            throw Fail(e.Message, path, e);
        }
    }

    public RadAiConventionException Fail(string message, string path, Exception? inner = null)
        => new($"{Location}, at {path}: {message}", Location, path, inner);

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
