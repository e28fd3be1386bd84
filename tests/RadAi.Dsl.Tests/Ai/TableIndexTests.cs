using RadAi.Dsl.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

public class TableIndexTests
{
    [Fact]
    public void An_index_finds_the_first_item_of_a_key_and_catches_up_with_appended_items()
    {
        var table = new List<(string Key, int Value)> { ("a", 1), ("b", 2), ("a", 3) };
        var index = new TableIndex<(string Key, int Value), string>(table, item => item.Key);
        Assert.Equal(0, index.IndexOf("a"));
        Assert.Equal((("b", 2)), index.Find("b"));
        Assert.False(index.Contains("c"));
        table.Add(("c", 4));
        Assert.Equal(3, index.IndexOf("c"));
        table.RemoveAt(0);
        table.RemoveAt(0);
        Assert.Equal(0, index.IndexOf("a")); // shrunk: indexed again from the start
    }

    [Fact]
    public void Concurrent_first_readers_all_get_the_right_answers()
    {
        var table = Enumerable.Range(0, 20_000).Select(i => (Key: "k" + (i % 15_000), Value: i)).ToList();
        for (var round = 0; round < 10; round++)
        {
            var index = new TableIndex<(string Key, int Value), string>(table, item => item.Key);
            var wrong = 0;
            AtOnce.Run(4, r =>
            {
                for (var i = 0; i < 15_000; i += 7)
                    if (index.IndexOf("k" + ((i + r * 3_001) % 15_000)) != (i + r * 3_001) % 15_000) Interlocked.Increment(ref wrong);
                if (index.Contains("missing")) Interlocked.Increment(ref wrong);
            });
            Assert.Equal(0, wrong);
        }
    }
}
