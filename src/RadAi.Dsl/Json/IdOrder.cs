using System.Globalization;

namespace RadAi.Dsl;

/// <summary>
/// structurizr-java writes model elements, relationships and element views sorted by numeric id;
/// non-numeric ids (possible in hand-written JSON) come after, in ordinal order.
/// </summary>
internal static class IdOrder
{
    /// <summary>
    /// Puts the elements and relationships of a model just read into id order, which is the order they were created in
    /// wherever Structurizr (or this library) numbered them. JSON nests elements under their parent and relationships
    /// under their source, so read order is not creation order, and whatever follows the model's order (documents,
    /// diagrams, DSL identifiers) would come out differently from a workspace read back from its own JSON.
    /// </summary>
    public static void Apply(Model model) => model.Reorder(Sort(model.Elements, e => e.Id), Sort(model.Relationships, r => r.Id));

    public static IReadOnlyList<T> Sort<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        if (IsSorted(items, id)) return items;
        var numbers = new long[items.Count];
        var order = new int[items.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = Number(id(items[i]));
            order[i] = i;
        }
        // Ids as Java numbers them are distinct numbers: a sort of plain keys, with no comparison delegate, orders
        // them (a quarter of the time at 66,000 relationships). Equal numbers ("7" and "07", or ids that are not
        // numbers) need the ids and a stable order, below.
        System.Array.Sort(numbers, order);
        var distinct = true;
        for (var i = 1; i < numbers.Length && distinct; i++) distinct = numbers[i - 1] != numbers[i];
        if (!distinct) SortByIdStably(items, id, order);
        var sorted = new T[order.Length];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = items[order[i]];
        return sorted;
    }

    // Keys made once per item, then one array sort; the index keeps the order of equal ids, as a stable sort would.
    private static void SortByIdStably<T>(IReadOnlyList<T> items, Func<T, string> id, int[] order)
    {
        var keys = new (long Number, string Id, int Index)[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var text = id(items[i]);
            keys[i] = (Number(text), text, i);
        }
        System.Array.Sort(keys, static (a, b) =>
        {
            var order = a.Number.CompareTo(b.Number);
            if (order == 0) order = string.CompareOrdinal(a.Id, b.Id);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        for (var i = 0; i < keys.Length; i++) order[i] = keys[i].Index;
    }

    /// <summary>The items in ordinal order of their ids (how Java orders relationship views), stably.</summary>
    public static IReadOnlyList<T> SortOrdinal<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var sorted = true;
        for (var i = 1; i < items.Count && sorted; i++) sorted = string.CompareOrdinal(id(items[i - 1]), id(items[i])) <= 0;
        if (sorted) return items;
        var keys = new (string Id, int Index)[items.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = (id(items[i]), i);
        System.Array.Sort(keys, static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Id, b.Id);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        var result = new T[keys.Length];
        for (var i = 0; i < result.Length; i++) result[i] = items[keys[i].Index];
        return result;
    }

    private static bool IsSorted<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        if (items.Count < 2) return true;
        var previous = id(items[0]);
        var previousNumber = Number(previous);
        for (var i = 1; i < items.Count; i++)
        {
            var current = id(items[i]);
            var number = Number(current);
            if (previousNumber > number || (previousNumber == number && string.CompareOrdinal(previous, current) > 0)) return false;
            (previous, previousNumber) = (current, number);
        }
        return true;
    }

    /// <summary>The id's number, or <see cref="long.MaxValue"/> when it is not a plain number.</summary>
    internal static long Number(string id)
    {
        // Up to 18 digits cannot overflow a long: add them up directly (the common case, as Java writes ids).
        if (id.Length is > 0 and <= 18)
        {
            long n = 0;
            foreach (var c in id)
            {
                if (!char.IsAsciiDigit(c)) return long.MaxValue;
                n = n * 10 + (c - '0');
            }
            return n;
        }
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MaxValue;
    }
}
