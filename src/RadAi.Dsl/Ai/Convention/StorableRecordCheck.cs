using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Ai;

/// <summary>
/// Tells, without writing any JSON, whether a record will certainly store: every <see cref="ElementRef"/> in it is an
/// element of this workspace and every floating-point number is finite. Those are the only ways writing a record with
/// the convention's options fails (nulls are skipped, text values are validated when they are made, lone surrogates
/// are escaped), so when the answer is yes the serializer would have succeeded; when it is no, the caller lets the
/// serializer write the record so the error is exactly the one it always was.
/// </summary>
/// <remarks>
/// The members walked are the serializer's own (<see cref="JsonTypeInfo.Properties"/> of the options), in its order;
/// members that cannot hold a reference or a number (strings, enums, text-converted values, ...) are left out, so a
/// walk costs a few getter calls per record. Walkers are built once per type and model: the options, and therefore
/// the property getters, belong to one workspace.
/// </remarks>
internal sealed class StorableRecordCheck(Workspace workspace, JsonSerializerOptions options)
{
    // The serializer's default MaxDepth: deeper than this, writing fails, so the walk gives up and lets it.
    private const int MaxDepth = 64;

    private readonly Dictionary<Type, Walker?> _walkers = [];

    private Workspace Workspace { get; } = workspace;

    /// <summary>True when writing the record cannot fail; false when the serializer must decide (and name the problem).</summary>
    public bool IsCertainlyStorable<T>(T item)
    {
        // The serializer writes a root of static type object by its runtime type; anything else by its static type.
        var type = typeof(T) == typeof(object) ? item?.GetType() : typeof(T);
        if (type is null) return true;
        return WalkerFor(type) is not { } walker || walker.IsClean(this, item, 0);
    }

    private Walker? WalkerFor(Type type)
    {
        if (_walkers.TryGetValue(type, out var known)) return known;
        // A type that contains itself: while its walker is being built, the unfinished one answers "ask the serializer".
        _walkers[type] = Walker.Unsure;
        var walker = Build(type);
        _walkers[type] = walker;
        return walker;
    }

    private Walker? Build(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(ElementRef)) return Walker.Reference;
        if (plain == typeof(double) || plain == typeof(float)) return Walker.Number;
        if (plain == typeof(object)) return Walker.Unsure; // written by its runtime type: not planned ahead
        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(EquatableList<>))
            return WalkerFor(plain.GetGenericArguments()[0]) is { } item ? new SequenceWalker(item) : null;

        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return WalkerFor(info.ElementType!) is { } element ? new SequenceWalker(element) : null;
            case JsonTypeInfoKind.Dictionary:
                // No register stores a dictionary today; if one ever holds references, the serializer checks it.
                return WalkerFor(info.ElementType!) is null ? null : Walker.Unsure;
            case JsonTypeInfoKind.Object:
                var members = new List<(JsonPropertyInfo Property, Walker Walker)>();
                foreach (var property in info.Properties)
                    if (property.Get is not null && WalkerFor(property.PropertyType) is { } member)
                        members.Add((property, member));
                return members.Count == 0 ? null : new ObjectWalker([.. members]);
            default:
                // Written by a converter (text, enum, string, number, date): nothing in it refers to an element.
                return null;
        }
    }

    private abstract class Walker
    {
        public static readonly Walker Reference = new ReferenceWalker();
        public static readonly Walker Number = new NumberWalker();
        public static readonly Walker Unsure = new UnsureWalker();

        public abstract bool IsClean(StorableRecordCheck check, object? value, int depth);
    }

    private sealed class ReferenceWalker : Walker
    {
        public override bool IsClean(StorableRecordCheck check, object? value, int depth)
            => value is not ElementRef reference || (reference.Element is { } element && ReferenceEquals(element.Model.Workspace, check.Workspace));
    }

    private sealed class NumberWalker : Walker
    {
        public override bool IsClean(StorableRecordCheck check, object? value, int depth) => value switch
        {
            double d => double.IsFinite(d),
            float f => float.IsFinite(f),
            _ => true,
        };
    }

    private sealed class UnsureWalker : Walker
    {
        public override bool IsClean(StorableRecordCheck check, object? value, int depth) => value is null;
    }

    private sealed class SequenceWalker(Walker item) : Walker
    {
        public override bool IsClean(StorableRecordCheck check, object? value, int depth)
        {
            if (value is not IEnumerable items) return true;
            if (depth >= MaxDepth) return false;
            foreach (var i in items)
                if (!item.IsClean(check, i, depth + 1)) return false;
            return true;
        }
    }

    private sealed class ObjectWalker((JsonPropertyInfo Property, Walker Walker)[] members) : Walker
    {
        public override bool IsClean(StorableRecordCheck check, object? value, int depth)
        {
            if (value is null) return true;
            if (depth >= MaxDepth) return false;
            foreach (var (property, walker) in members)
            {
                var member = property.Get!(value);
                if (property.ShouldSerialize is { } should && !should(value, member)) continue;
                if (!walker.IsClean(check, member, depth + 1)) return false;
            }
            return true;
        }
    }
}
