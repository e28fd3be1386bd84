using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// <see cref="IdOrder"/> sorts as structurizr-java does (numeric ids by number, the rest after them in ordinal order);
/// its direct digit parsing and array sort are checked against <see cref="long.TryParse(string, NumberStyles, IFormatProvider, out long)"/>
/// and a stable LINQ sort on random ids.
/// </summary>
public class IdOrderTests
{
    private static readonly string[] Edge =
    [
        "0", "7", "007", "10", "9", "123456789012345678", "999999999999999999", "1234567890123456789",
        "9223372036854775807", "9223372036854775808", "99999999999999999999", "", "-1", "+1", " 1", "1 ", "a", "A", "1a", "٣",
    ];

    [Fact]
    public void The_number_of_an_id_is_what_long_parsing_gives()
    {
        foreach (var id in Edge.Concat(RandomIds(new Random(1), 2_000)))
        {
            var expected = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
            Assert.Equal(expected, IdOrder.Number(id));
        }
    }

    [Fact]
    public void Sorting_gives_the_order_of_a_stable_sort_by_number_then_ordinal()
    {
        var random = new Random(2);
        for (var round = 0; round < 200; round++)
        {
            var ids = RandomIds(random, random.Next(0, 40)).Concat(Edge.OrderBy(_ => random.Next()).Take(random.Next(0, 5))).ToList();
            var expected = ids.OrderBy(i => long.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue)
                .ThenBy(i => i, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, IdOrder.Sort(ids, i => i));
        }
    }

    [Fact]
    public void Ordinal_sorting_gives_the_order_of_a_stable_ordinal_sort()
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var items = RandomIds(random, random.Next(0, 40)).Select((id, i) => (Id: id, Position: i)).ToList();
            var expected = items.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, IdOrder.SortOrdinal(items, i => i.Id));
        }
    }

    [Fact]
    public void A_sorted_list_is_returned_as_it_is()
    {
        var ids = new List<string> { "1", "2", "10", "x" };
        Assert.Same(ids, IdOrder.Sort(ids, i => i));
    }

    private static IEnumerable<string> RandomIds(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return random.Next(4) switch
            {
                0 => random.Next(0, 200).ToString(CultureInfo.InvariantCulture),
                1 => new string('0', random.Next(0, 3)) + random.Next(0, 50).ToString(CultureInfo.InvariantCulture),
                2 => random.NextInt64().ToString(CultureInfo.InvariantCulture) + (random.Next(3) == 0 ? "9" : ""),
                _ => ((char)random.Next('a', 'e')).ToString() + random.Next(0, 9).ToString(CultureInfo.InvariantCulture),
            };
        }
    }
}
