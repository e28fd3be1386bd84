using System.Text.Json;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Values;

/// <summary>Typed values show the text the architect wrote while they compare by what they mean.</summary>
public class WrittenTextTests
{
    [Theory]
    [InlineData("real-time")]
    [InlineData("realtime")]
    [InlineData("nightly")]
    [InlineData("on-demand")]
    [InlineData("<5s")]
    public void A_typed_freshness_is_shown_as_written(string text)
    {
        var f = Freshness.Parse(text);

        Assert.Equal(text, f.ToString());
        Assert.Equal(f, Freshness.Parse(f.ToString()));
    }

    [Fact]
    public void Real_time_stays_typed_as_continuous_and_survives_the_json_round_trip()
    {
        var f = Freshness.Parse("real-time");
        var writing = RadAiJson.ForWriting(new Workspace("W"));

        var json = JsonSerializer.Serialize(f, writing.Contract<Freshness>());
        var back = JsonSerializer.Deserialize(json, RadAiJson.ForReading(writing).Contract<Freshness>())!;

        Assert.IsType<ContinuousFreshness>(f);
        Assert.Equal(TimeSpan.Zero, f.MaxAge);
        Assert.Equal("\"real-time\"", json);
        Assert.Equal(f, back);
        Assert.Equal("real-time", back.ToString());
    }

    [Fact]
    public void A_threshold_keeps_its_number_as_written()
    {
        var t = Threshold.Parse("acuity probability >= 0.90");

        Assert.Equal("acuity probability >= 0.90", t.ToString());
        Assert.Equal(0.9, t.Value);
        Assert.Equal(t, Threshold.Parse(t.ToString()));
        Assert.True(t.IsCrossedBy(0.95));
    }
}
