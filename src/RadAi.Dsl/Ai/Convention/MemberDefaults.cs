using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace RadAi.Dsl;

/// <summary>
/// Supplies, before a stored record is read, the optional members its JSON leaves out (hand-written and DSL workspaces
/// often do) whose C# default is not null or zero: an empty list, or a value given by a template record. The generated
/// contract sets every init-only member from the JSON, so a member left out would become null rather than keep its
/// initializer (dotnet/runtime#84484); written by this library, every such member is present and nothing is copied.
/// </summary>
/// <param name="options">The options for writing: their contract shows lists as lists (the reading options convert them).</param>
/// <param name="templates">Records whose init-only members give the defaults of their type's members (lists need none).</param>
internal sealed class MemberDefaults(JsonSerializerOptions options, IReadOnlyList<object> templates)
{
    // Per type: the members to supply when missing, each with its default as JSON (null: nothing to supply).
    private readonly Dictionary<Type, (string Name, JsonNode Value)[]> _defaults = [];
    private readonly Dictionary<Type, JsonPropertyInfo[]> _nested = [];

    /// <summary>The JSON with every missing default supplied, or null when nothing is missing (read the JSON as it is).</summary>
    public JsonNode? Fill(JsonElement json, Type type)
    {
        var contract = options.GetTypeInfo(type);
        if (!Misses(json, contract)) return null;
        var node = JsonNode.Parse(json.GetRawText())!;
        Supply(node, contract);
        return node;
    }

    private bool Misses(JsonElement json, JsonTypeInfo contract)
    {
        switch (contract.Kind)
        {
            case JsonTypeInfoKind.Enumerable when json.ValueKind == JsonValueKind.Array && contract.ElementType is { } item:
                var itemContract = options.GetTypeInfo(item);
                foreach (var element in json.EnumerateArray())
                    if (Misses(element, itemContract)) return true;
                return false;
            case JsonTypeInfoKind.Object when json.ValueKind == JsonValueKind.Object:
                foreach (var (name, _) in DefaultsOf(contract))
                    if (!json.TryGetProperty(name, out _)) return true;
                foreach (var member in NestedOf(contract))
                    if (json.TryGetProperty(member.Name, out var value) && Misses(value, options.GetTypeInfo(member.PropertyType))) return true;
                return false;
            default:
                return false;
        }
    }

    private void Supply(JsonNode? node, JsonTypeInfo contract)
    {
        switch (node)
        {
            case JsonArray array when contract.Kind == JsonTypeInfoKind.Enumerable && contract.ElementType is { } item:
                var itemContract = options.GetTypeInfo(item);
                foreach (var element in array) Supply(element, itemContract);
                break;
            case JsonObject obj when contract.Kind == JsonTypeInfoKind.Object:
                foreach (var (name, value) in DefaultsOf(contract))
                    if (!obj.ContainsKey(name)) obj[name] = value.DeepClone();
                foreach (var member in NestedOf(contract))
                    Supply(obj[member.Name], options.GetTypeInfo(member.PropertyType));
                break;
        }
    }

    /// <summary>The init-only members of a record that need a default when missing.</summary>
    private (string Name, JsonNode Value)[] DefaultsOf(JsonTypeInfo contract)
    {
        if (_defaults.TryGetValue(contract.Type, out var known)) return known;
        var template = templates.FirstOrDefault(t => t.GetType() == contract.Type);
        var defaults = new List<(string, JsonNode)>();
        foreach (var member in contract.Properties)
        {
            if (member.AssociatedParameter is not { IsMemberInitializer: true } || member.IsRequired) continue;
            // Left out when empty, and read as empty when missing (RadAiRecord), so never copied in.
            if (member.DeclaringType == typeof(RadAiRecord)) continue;
            if (template is not null && member.Get?.Invoke(template) is { } value)
                defaults.Add((member.Name, JsonSerializer.SerializeToNode(value, options.GetTypeInfo(member.PropertyType))!));
            else if (template is null && !member.IsSetNullable && options.GetTypeInfo(member.PropertyType).Kind == JsonTypeInfoKind.Enumerable)
                defaults.Add((member.Name, new JsonArray()));
        }
        return _defaults[contract.Type] = [.. defaults];
    }

    /// <summary>The members whose value is a record or a list of them, which may miss defaults of their own.</summary>
    private JsonPropertyInfo[] NestedOf(JsonTypeInfo contract)
    {
        if (_nested.TryGetValue(contract.Type, out var known)) return known;
        _nested[contract.Type] = []; // a type containing itself: its own members are visited through the JSON
        return _nested[contract.Type] = [.. contract.Properties.Where(m => MayHold(options.GetTypeInfo(m.PropertyType)))];
    }

    private bool MayHold(JsonTypeInfo contract) => contract.Kind switch
    {
        JsonTypeInfoKind.Object => true,
        JsonTypeInfoKind.Enumerable => contract.ElementType is { } item && options.GetTypeInfo(item).Kind == JsonTypeInfoKind.Object,
        _ => false,
    };
}
