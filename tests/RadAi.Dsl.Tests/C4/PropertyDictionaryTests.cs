using RadAi.Dsl;

namespace RadAi.Dsl.Tests.C4;

/// <summary>
/// PropertyDictionary keeps a few properties in a small array and moves to an ordered dictionary beyond eight: every
/// operation must answer as an insertion-ordered dictionary does, in both forms.
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
}
