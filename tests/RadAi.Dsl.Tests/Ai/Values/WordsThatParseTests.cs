using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Values;

/// <summary>A value kept as words reads back as words from the workspace JSON, even when its text would parse as a typed value.</summary>
public class WordsThatParseTests
{
    private static readonly JsonSerializerOptions Writing = RadAiJson.ForWriting(new Workspace("W"));
    private static readonly JsonSerializerOptions Reading = RadAiJson.ForReading(Writing);

    private static T RoundTrip<T>(T value, out string json)
    {
        json = JsonSerializer.Serialize(value, Writing.Contract<T>());
        return JsonSerializer.Deserialize(json, Reading.Contract<T>())!;
    }

    [Fact]
    public void A_stated_value_in_words_whose_text_parses_as_a_quantity_reads_back_as_words()
    {
        StatedValue built = StatedValue.AsWritten("any ESI 1 prediction");

        var back = RoundTrip(built, out _);

        Assert.IsType<QualitativeValue>(back);
        Assert.Equal(built, back);
        Assert.Equal("any ESI 1 prediction", back.Text);
    }

    [Fact]
    public void A_freshness_in_words_whose_text_parses_as_continuous_reads_back_as_words()
    {
        Freshness built = Freshness.AsWritten("real-time");

        var back = RoundTrip(built, out _);

        Assert.IsType<DescribedFreshness>(back);
        Assert.Equal(built, back);
        Assert.Equal("real-time", back.ToString());
    }

    [Fact]
    public void A_threshold_in_words_whose_text_parses_reads_back_as_words()
    {
        var built = Threshold.AsWritten("PSI > 0.2");

        var back = RoundTrip(built, out _);

        Assert.False(back.IsTyped);
        Assert.Equal(built, back);
    }

    [Fact]
    public void Typed_values_and_words_that_do_not_parse_keep_their_stored_text()
    {
        Assert.Equal("\"AUC 0.94\"", JsonSerializer.Serialize(StatedValue.Parse("AUC 0.94"), Writing.Contract<StatedValue>()));
        Assert.Equal("\"immediate\"", JsonSerializer.Serialize<StatedValue>(StatedValue.AsWritten("immediate"), Writing.Contract<StatedValue>()));
        Assert.Equal("\"daily\"", JsonSerializer.Serialize(Freshness.Daily, Writing.Contract<Freshness>()));
        Assert.Equal("\"varies by model\"", JsonSerializer.Serialize<Freshness>(Freshness.AsWritten("varies by model"), Writing.Contract<Freshness>()));
    }

    [Fact]
    public void Words_that_parse_are_stored_marked_as_written_and_a_malformed_mark_names_the_member()
    {
        RoundTrip<StatedValue>(StatedValue.AsWritten("any ESI 1 prediction"), out var json);
        Assert.Equal("{\"asWritten\":\"any ESI 1 prediction\"}", json);

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"text\":\"x\"}", Reading.Contract<StatedValue>()));
        Assert.Contains("asWritten", e.Message, StringComparison.Ordinal);
    }
}
