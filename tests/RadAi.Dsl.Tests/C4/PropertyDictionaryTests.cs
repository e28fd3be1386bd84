using RadAi.Dsl.C4;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.C4;

/// <summary>
/// PropertyDictionary keeps a few properties in a small array and moves to an ordered dictionary beyond eight or
/// once a deferred value is set: every operation must answer as an insertion-ordered dictionary does, in both forms.
/// </summary>
public class PropertyDictionaryTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 9)]
    [InlineData(3, 14)]
    [InlineData(4, 30)]
    public void Random_operations_answer_as_an_insertion_ordered_dictionary(int seed, int keyPool)
    {
        var random = new Random(seed);
        var properties = new PropertyDictionary();
        var expected = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        for (var step = 0; step < 3_000; step++)
        {
            var key = "k" + random.Next(keyPool);
            switch (random.Next(6))
            {
                case 0 or 1:
                    var value = random.Next(8) == 0 ? "" : "v" + step;
                    properties.Set(key, value);
                    if (value.Length == 0) expected.Remove(key);
                    else expected[key] = value;
                    break;
                case 2:
                    Assert.Equal(expected.Remove(key), properties.Remove(key));
                    break;
                case 3:
                    Assert.Equal(expected.ContainsKey(key), properties.ContainsKey(key));
                    Assert.Equal(expected.TryGetValue(key, out var e) ? e : null, properties.GetValueOrDefault(key));
                    if (e is not null) Assert.Equal(e, properties[key]);
                    else Assert.Throws<KeyNotFoundException>(() => properties[key]);
                    break;
                case 4:
                    properties[key] = "i" + step;
                    expected[key] = "i" + step;
                    break;
                default:
                    Assert.Equal(expected.ToList(), properties.ToList());
                    Assert.Equal(expected.Keys, properties.Keys);
                    Assert.Equal(expected.Values, properties.Values);
                    Assert.Equal(expected.Count, properties.Count);
                    break;
            }
        }
        Assert.Equal(expected.ToList(), properties.ToList());
    }

    [Fact]
    public void Keys_are_a_live_view_and_enumerating_while_changing_fails_in_both_forms()
    {
        var properties = new PropertyDictionary().Set("a", "1");
        var keys = properties.Keys;
        properties.Set("b", "2");
        Assert.Equal(["a", "b"], keys);
        Assert.Throws<InvalidOperationException>(() => { foreach (var _ in properties) properties.Set("c", "3"); });
        for (var i = 0; i < 10; i++) properties.Set("x" + i, "y");
        Assert.Equal(13, keys.Count());
        Assert.Throws<InvalidOperationException>(() => { foreach (var _ in properties) properties.Set("d", "4"); });
    }

    [Fact]
    public void Replacing_a_value_keeps_the_position_and_null_keys_are_refused_once_there_are_properties()
    {
        var properties = new PropertyDictionary();
        Assert.False(properties.Remove(null!));
        Assert.Throws<ArgumentNullException>(() => properties.ContainsKey(null!));
        properties.Set("a", "1").Set("b", "2").Set("a", "3");
        Assert.Equal([new("a", "3"), new KeyValuePair<string, string>("b", "2")], properties);
        Assert.Throws<ArgumentNullException>(() => properties.Remove(null!));
        Assert.Throws<ArgumentNullException>(() => properties.ContainsKey(null!));
        Assert.Throws<ArgumentNullException>(() => properties.TryGetValue(null!, out _));
        Assert.Throws<ArgumentException>(() => properties.Set(" ", "x"));
    }

    [Fact]
    public void A_deferred_value_keeps_its_position_among_small_form_properties()
    {
        var properties = new PropertyDictionary().Set("a", "1");
        properties.SetDeferred("b", () => "computed");
        properties.Set("c", "3");
        Assert.Equal(["a", "b", "c"], properties.Keys);
        Assert.Equal("computed", properties["b"]);
        properties.SetDeferred("a", () => null);
        Assert.Equal(["b", "c"], properties.Keys);
    }

    [Fact]
    public void Concurrent_first_readers_all_see_a_deferred_value_computed_once()
    {
        for (var round = 0; round < 20; round++)
        {
            var computed = 0;
            var properties = new PropertyDictionary().Set("a", "1");
            properties.SetDeferred("b", () =>
            {
                Interlocked.Increment(ref computed);
                Thread.Sleep(1); // widens the window in which another reader could see the placeholder
                return "computed";
            });
            properties.SetDeferred("c", () => properties.GetValueOrDefault("a") + "+c"); // reads the dictionary again
            var seen = new (string? B, string? C, int Count)[6];
            AtOnce.Run(6, i => seen[i] = (properties.GetValueOrDefault("b"), properties.GetValueOrDefault("c"), properties.Count));
            Assert.All(seen, s => Assert.Equal(("computed", "1+c", 3), s));
            Assert.Equal(1, computed);
        }
    }

    [Fact]
    public void Deferred_values_computed_together_are_stored_in_place_as_a_read_would_store_them()
    {
        static PropertyDictionary Make() => Deferred(new PropertyDictionary().Set("a", "1"));
        static PropertyDictionary Deferred(PropertyDictionary p)
        {
            p.SetDeferred("b", () => "B");
            p.Set("c", "3");
            p.SetDeferred("d", () => null); // empty: removed
            p.SetDeferred("e", () => "E");
            return p;
        }
        var expected = Make().ToList();
        var properties = Make();
        IReadOnlyList<Func<string?>>? given = null;
        properties.ResolveDeferred(all =>
        {
            given = all;
            return ParallelMap.Invoke(all, 3);
        });
        Assert.Equal(3, given!.Count);
        Assert.Equal(expected, properties.ToList());
        Assert.Equal(["a", "b", "c", "e"], properties.Keys);
        properties.ResolveDeferred(_ => throw new InvalidOperationException("nothing is pending: not called"));
    }

    [Fact]
    public void A_value_resolved_meanwhile_by_a_reader_is_kept_and_a_failure_leaves_every_value_pending()
    {
        var properties = new PropertyDictionary();
        var computed = 0;
        properties.SetDeferred("a", () => { Interlocked.Increment(ref computed); return "read"; });
        properties.SetDeferred("b", () => "B");
        // The computation reads the dictionary itself (no lock is held): the ordinary resolution stores every value.
        properties.ResolveDeferred(all => [properties["a"] == "read" ? "computed together" : "?", all[1]()]);
        Assert.Equal(("read", "B"), (properties["a"], properties["b"]));
        Assert.Equal(1, computed);

        var failing = new PropertyDictionary();
        failing.SetDeferred("x", () => "X");
        Assert.Throws<InvalidOperationException>(() => failing.ResolveDeferred(_ => throw new InvalidOperationException("failed")));
        Assert.Equal("X", failing["x"]); // still pending, resolved by the read
        var wrongCount = new PropertyDictionary();
        wrongCount.SetDeferred("y", () => "Y");
        Assert.Throws<InvalidOperationException>(() => wrongCount.ResolveDeferred(_ => []));
        Assert.Equal("Y", wrongCount["y"]);
    }
}
