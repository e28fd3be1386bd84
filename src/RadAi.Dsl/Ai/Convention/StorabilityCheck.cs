using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// Tells, without writing anything, that writing a record cannot fail. With the convention's options writing fails
/// only on an element reference to another workspace (or to none) and on a floating-point number JSON cannot hold, so
/// the check walks the serializer's own contract for the record (the generated metadata, hence exactly the members
/// written) and visits only the members whose type can hold such a value.
/// </summary>
/// <remarks>
/// Why not write each record when it is added: at scale the registers are most of the workspace's JSON, and writing
/// each record once more on its add costs about nine times this walk (every record of the 100,000-item model: 216 ms
/// and 17 MB written, 24 ms and 2.4 MB walked, <c>FastPathBenchmarks</c>), against about 0.6 s for building it.
/// </remarks>
internal sealed class StorabilityCheck(JsonSerializerOptions options, Workspace workspace)
{
    // The serializer's default MaxDepth: deeper than this writing fails, so the walk gives up and lets it.
    private const int MaxDepth = 64;

    // Per type: the members that can hold a reference or a floating-point number (the others are never visited).
    private readonly Dictionary<Type, JsonPropertyInfo[]> _members = [];
    private readonly HashSet<Type> _planning = [];

    /// <summary>True when writing <paramref name="value"/> cannot fail; false when the serializer must decide.</summary>
    public bool IsCertainlyStorable(object? value) => IsStorable(value, 0);

    private bool IsStorable(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return true;
            case ElementRef reference:
                return reference.Element is { } element && ReferenceEquals(element.Model.Workspace, workspace);
            case double number:
                return double.IsFinite(number);
            case float number:
                return float.IsFinite(number);
        }
        if (depth >= MaxDepth) return false;
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
                if (!IsStorable(item, depth + 1)) return false;
            return true;
        }
        foreach (var member in MembersOf(value.GetType()))
            if (!IsStorable(member.Get!(value), depth + 1)) return false;
        return true;
    }

    private JsonPropertyInfo[] MembersOf(Type type)
    {
        if (_members.TryGetValue(type, out var known)) return known;
        _planning.Add(type);
        var info = options.GetTypeInfo(type);
        JsonPropertyInfo[] members = info.Kind == JsonTypeInfoKind.Object ? [.. info.Properties.Where(p => p.Get is not null && MayFail(p.PropertyType))] : [];
        _planning.Remove(type);
        return _members[type] = members;
    }

    private bool MayFail(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(ElementRef) || type == typeof(double) || type == typeof(float)) return true;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum) return false;
        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => info.ElementType is { } element && MayFail(element),
            // A type that contains itself may fail: the walk visits it, bounded by MaxDepth.
            JsonTypeInfoKind.Object => _planning.Contains(type) || MembersOf(type).Length > 0,
            _ => false, // written by a converter (the text values): writing it cannot fail
        };
    }
}
