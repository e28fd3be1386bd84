using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

public class ValueTypeTests
{
    [Theory]
    [InlineData("< 5 s", "< 5 s", typeof(BoundedFreshness))]
    [InlineData("<5s", "<5s", typeof(BoundedFreshness))]
    [InlineData("< 1s from event generation", "< 1s from event generation", typeof(BoundedFreshness))]
    [InlineData("daily", "daily", typeof(CadenceFreshness))]
    [InlineData("Hourly", "Hourly", typeof(CadenceFreshness))]
    [InlineData("every 15 minutes", "every 15 minutes", typeof(CadenceFreshness))]
    [InlineData("on demand", "on demand", typeof(OnDemandFreshness))]
    [InlineData("real-time", "real-time", typeof(ContinuousFreshness))]
    [InlineData("on catalog change", "on catalog change", typeof(EventFreshness))]
    [InlineData("daily to quarterly", "daily to quarterly", typeof(FreshnessRange))]
    [InlineData("streaming < 1 s, aggregation hourly", "streaming < 1 s, aggregation hourly", typeof(PerModeFreshness))]
    [InlineData("Streaming: < 1s; Aggregation: hourly", "Streaming: < 1s; Aggregation: hourly", typeof(PerModeFreshness))]
    [InlineData("online continuous, offline daily", "online continuous, offline daily", typeof(PerModeFreshness))]
    public void Freshness_parses_the_shapes_the_templates_and_example_use(string text, string shown, Type type)
    {
        var f = Freshness.Parse(text);
        Assert.IsType(type, f);
        Assert.Equal(shown, f.ToString());
        Assert.Equal(f, Freshness.Parse(f.ToString()));
    }

    [Fact]
    public void Freshness_is_typed_with_time_spans()
    {
        var f = (PerModeFreshness)Freshness.Parse("streaming < 1 s, aggregation hourly");
        Assert.Equal("streaming", f.Modes[0].Mode);
        Assert.Equal(TimeSpan.FromSeconds(1), ((BoundedFreshness)f.Modes[0].Freshness).Limit);
        Assert.Equal(Freshness.Hourly, f.Modes[1].Freshness);
        Assert.Equal(TimeSpan.FromHours(1), f.MaxAge);
        Assert.Equal(Freshness.Under(TimeSpan.FromSeconds(5)), Freshness.Parse("< 5 s"));
    }

    [Fact]
    public void Negative_freshness_limits_are_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Freshness.Under(TimeSpan.FromSeconds(-1)));
        Assert.Contains("must not be negative", e.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Freshness_text_round_trips(Freshness freshness) => Freshness.Parse(freshness.ToString()) == freshness;

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool Threshold_text_round_trips(Threshold threshold) => Threshold.Parse(threshold.ToString()) == threshold;

    [Property(MaxTest = 300)]
    public bool Durations_round_trip(PositiveInt milliseconds)
    {
        var d = TimeSpan.FromMilliseconds(milliseconds.Get);
        return DurationText.Parse(DurationText.Format(d)) == d;
    }

    [Theory]
    [InlineData(-0.1, 0.5, "minimum -0.10 must lie within [0, 1]")]
    [InlineData(0.2, 1.5, "maximum 1.50 must lie within [0, 1]")]
    [InlineData(0.9, 0.6, "minimum 0.90 is above the maximum 0.60")]
    public void Confidence_ranges_are_validated(double min, double max, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceRange(min, max));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_ranges_parse_the_example_forms_under_any_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal(new ConfidenceRange(0.60, 0.98), ConfidenceRange.Parse("0.60--0.98"));
            Assert.Equal(new ConfidenceRange(0.55, 0.95), ConfidenceRange.Parse("0.55-0.95"));
            Assert.Equal("0.60–0.98", new ConfidenceRange(0.6, 0.98).ToString());
            Assert.Equal("PSI > 0.2", Threshold.Above("PSI", 0.2).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("PSI > 0.2 sustained for 3 checks", "PSI", 0.2, null, "sustained for 3 checks")]
    [InlineData("< 250 ms", null, 250, "ms", null)]
    [InlineData("> 5 % degradation sustained 3 days", null, 5, "%", "degradation sustained 3 days")]
    public void Thresholds_parse_typed_parts(string text, string? metric, double value, string? unit, string? qualifier)
    {
        var t = Threshold.Parse(text);
        Assert.True(t.IsTyped);
        Assert.Equal((metric, value, unit, qualifier), (t.Metric, t.Value, t.Unit, t.Qualifier));
        Assert.Equal(text, t.ToString());
    }

    [Fact]
    public void A_threshold_that_would_read_back_differently_is_refused_every_time_and_a_good_one_accepted_every_time()
    {
        for (var i = 0; i < 2; i++)
        {
            var e = Assert.Throws<ArgumentException>(() => new Threshold("a<b", Comparison.GreaterThan, 0.2));
            Assert.Contains("would read back differently", e.Message, StringComparison.Ordinal);
            Assert.Equal("PSI > 0.2 sustained", new Threshold("PSI", Comparison.GreaterThan, 0.2, qualifier: "sustained").ToString());
            Assert.Equal("< -0 ms", new Threshold(null, Comparison.LessThan, -0.0, "ms").ToString());
            Assert.Equal("< 0 ms", new Threshold(null, Comparison.LessThan, 0.0, "ms").ToString());
        }
    }

    // The constructor accepts parts without parsing their text when they cannot read back differently; whatever it
    // accepts must still read back equal, and whatever would not must still be refused.
    [Property(MaxTest = 500)]
    public bool A_threshold_from_parts_is_accepted_only_when_its_text_reads_back_to_it(NormalFloat value)
    {
        var accepted = 0;
        foreach (var metric in new string?[] { null, "PSI", "p95 latency", "a<b", "x = y", "Müller-Score" })
        foreach (var comparison in Enum.GetValues<Comparison>().Append((Comparison)42))
        foreach (var unit in new string?[] { null, "ms", "%" })
        foreach (var qualifier in new string?[] { null, "sustained 3 days", "ms later", "5sec0nds" })
        foreach (var number in new[] { value.Get, 1e20, 1.5e-7, -0.0, 250 })
        {
            Threshold t;
            try
            {
                t = new Threshold(metric, comparison, number, unit, qualifier);
            }
            catch (ArgumentException)
            {
                var text = (metric is null ? string.Empty : metric + " ") + comparison.Symbol() + " "
                           + number.ToString("R", CultureInfo.InvariantCulture) + (unit is null ? string.Empty : " " + unit)
                           + (qualifier is null ? string.Empty : " " + qualifier);
                if (Threshold.TryParse(text, out var read)
                    && (read.Metric, read.Comparison, read.Value, read.Unit, read.Qualifier) == (metric, comparison, number, unit, qualifier))
                    return false;
                continue;
            }
            if (Threshold.Parse(t.ToString()) != t) return false;
            accepted++;
        }
        return accepted > 0;
    }

    [Fact]
    public void Stereotype_property_keys_are_the_prefixed_lower_case_label_and_key()
    {
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("radai:ml.version", Stereotype.MlModel.PropertyKey("version"));
            Assert.Equal("radai:llm.provider", new Stereotype("LLM", "LLM").PropertyKey("provider"));
            Assert.Equal("radai:llm.provider", (new Stereotype("LLM", "LLM") with { Label = "Llm" }).PropertyKey("provider"));
            Assert.Equal("radai:vs.provider", (new Stereotype("LLM", "LLM") with { Label = "VS" }).PropertyKey("provider"));
        }
    }

    [Fact]
    public void Thresholds_in_words_are_kept_as_words()
    {
        var t = Threshold.AsWritten("significant shift in content complexity distribution");
        Assert.False(t.IsTyped);
        Assert.Equal("significant shift in content complexity distribution", t.ToString());
    }

    [Fact]
    public void Equatable_lists_compare_by_value_and_order()
    {
        EquatableList<string> a = ["x", "y"];
        EquatableList<string> b = ["x", "y"];
        EquatableList<string> c = ["y", "x"];
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    public static class Generators
    {
        private static readonly Gen<TimeSpan> Durations =
            Gen.Elements(1, 5, 30, 90, 250, 1000, 60_000, 3_600_000).Select(ms => TimeSpan.FromMilliseconds(ms));

        private static readonly Gen<RadAi.Dsl.Freshness> Single = Gen.OneOf(
            Durations.Select(d => (RadAi.Dsl.Freshness)RadAi.Dsl.Freshness.Under(d)),
            Durations.Select(d => (RadAi.Dsl.Freshness)RadAi.Dsl.Freshness.AtMost(d, "from source event")),
            Gen.Elements<RadAi.Dsl.Freshness>(RadAi.Dsl.Freshness.Continuous, RadAi.Dsl.Freshness.OnDemand, RadAi.Dsl.Freshness.Daily, RadAi.Dsl.Freshness.Hourly, RadAi.Dsl.Freshness.Quarterly),
            Gen.Choose(2, 60).SelectMany(n => Gen.Elements(Enum.GetValues<CadencePeriod>()).Select(p => (RadAi.Dsl.Freshness)RadAi.Dsl.Freshness.Every(n, p))),
            Gen.Elements("catalog change", "new data landed").Select(e => (RadAi.Dsl.Freshness)RadAi.Dsl.Freshness.OnEvent(e)));

        private static readonly Gen<RadAi.Dsl.Freshness> Any = Gen.OneOf(
            Single,
            Single.SelectMany(a => Single.Select(b => (RadAi.Dsl.Freshness)RadAi.Dsl.Freshness.Between(a, b))),
            Single.SelectMany(a => Single.Select(b => (RadAi.Dsl.Freshness)RadAi.Dsl.Freshness.PerMode(new ModeFreshness("streaming", a), new ModeFreshness("aggregation", b))))
        );

        public static Arbitrary<RadAi.Dsl.Freshness> Freshness() => Arb.From(Any);

        public static Arbitrary<Threshold> Threshold() => Arb.From(
            Gen.Elements<string?>(null, "PSI", "accuracy", "KL divergence")
                .SelectMany(m => Gen.Elements(Enum.GetValues<Comparison>())
                    .SelectMany(op => Gen.Choose(-1000, 1000).Select(v => v / 100.0)
                        .SelectMany(v => Gen.Elements<string?>(null, "%", "ms", "h")
                            .Select(u => new RadAi.Dsl.Threshold(m, op, v, u))))));
    }
}
