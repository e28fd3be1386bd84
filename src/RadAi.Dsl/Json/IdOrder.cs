using System.Globalization;

namespace RadAi.Dsl.Json;

/// <summary>
/// structurizr-java writes model elements, relationships and element views sorted by numeric id;
/// non-numeric ids (possible in hand-written JSON) come after, in ordinal order.
/// </summary>
internal static class IdOrder
{
    public static IEnumerable<T> Sort<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        if (IsSorted(items, id)) return items;
        return items.OrderBy(i => Key(id(i)).Number).ThenBy(i => id(i), StringComparer.Ordinal);
    }

    private static bool IsSorted<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var a = Key(id(items[i - 1]));
            var b = Key(id(items[i]));
            if (a.Number > b.Number || (a.Number == b.Number && string.CompareOrdinal(id(items[i - 1]), id(items[i])) > 0)) return false;
        }
        return true;
    }

    private static (long Number, bool Numeric) Key(string id)
        => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n, true) : (long.MaxValue, false);
}
