using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Values;

/// <summary>Values as architects write them: typed where the text parses, the text kept exactly as written.</summary>
public class StatedValueTests
{
    [Theory]
    [InlineData("MAE 2.1 min", "MAE", null, 2.1, "min")]
    [InlineData("AUC 0.94", "AUC", null, 0.94, null)]
    [InlineData("MAPE 8 %", "MAPE", null, 8, "%")]
    [InlineData("p95 latency < 5 ms", "p95 latency", "<", 5, "ms")]
    [InlineData("2M events/day", null, null, 2_000_000, "events/day")]
    [InlineData("~500K events/sec", null, null, 500_000, "events/sec")]
    [InlineData("gap < 0.05", "gap", "<", 0.05, null)]
    [InlineData("recall: 0.87", "recall", null, 0.87, null)]
    [InlineData("engagement -10 %", "engagement", null, -10, "%")]
    public void A_quantity_reads_its_metric_comparison_value_and_unit_and_keeps_the_text(string text, string? metric, string? comparison, double value, string? unit)
    {
        var q = Quantity.Parse(text);
        Assert.Equal(metric, q.Metric);
        Assert.Equal(comparison, q.Comparison?.Symbol());
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(text, q.ToString());
        Assert.Equal(q, StatedValue.Parse(q.ToString()));
    }

    [Fact]
    public void A_quantity_names_its_percentile_duration_and_approximation()
    {
        var latency = Quantity.Parse("p95 latency < 5 ms");
        Assert.Equal(95, latency.Percentile);
        Assert.Equal(TimeSpan.FromMilliseconds(5), latency.Duration);
        Assert.True(latency.IsSatisfiedBy(4));
        Assert.False(latency.IsSatisfiedBy(6));
        Assert.True(Quantity.Parse("~2 min").IsApproximate);
        Assert.Null(Quantity.Parse("MAPE 8 %").Duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fast")]
    [InlineData("< ms")]
    [InlineData("5 5 ms")]
    [InlineData("MAE 2.1 min 3")]
    [InlineData("2–4 h")]
    public void Quantity_parse_refuses_malformed_text_naming_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => Quantity.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(Quantity.TryParse(text, out var q));
        Assert.Null(q);
    }

    [Theory]
    [InlineData("2–4 h", 2, 4, "h")]
    [InlineData("0.4–0.6", 0.4, 0.6, null)]
    [InlineData("0.60 - 0.85", 0.60, 0.85, null)]
    [InlineData("5--10 %", 5, 10, "%")]
    [InlineData("2 h to 4 h", 2, 4, "h")]
    [InlineData("latency 100-200 ms", 100, 200, "ms")]
    public void A_range_reads_its_ends_and_unit_and_keeps_the_text(string text, double low, double high, string? unit)
    {
        var r = ValueRange.Parse(text);
        Assert.Equal(low, r.Low.Value, 6);
        Assert.Equal(high, r.High.Value, 6);
        Assert.Equal(unit, r.Unit);
        Assert.Equal(text, r.ToString());
        Assert.True(r.Contains((low + high) / 2));
        Assert.False(r.Contains(high + 1));
        Assert.Equal(r, StatedValue.Parse(text));
    }

    [Theory]
    [InlineData("4–2 h")]
    [InlineData("0.6–0.4")]
    [InlineData("2–h")]
    [InlineData("daily to quarterly")]
    public void Range_parse_refuses_reversed_or_malformed_text_naming_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => ValueRange.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(ValueRange.TryParse(text, out _));
    }

    [Fact]
    public void Tiers_keep_each_label_and_value_and_the_text()
    {
        var sla = TieredValue.Parse("P1: 5 min / P2: 30 min / P3: next business day");
        Assert.Equal(["P1", "P2", "P3"], sla.Tiers.Select(t => t.Label));
        Assert.Equal(TimeSpan.FromMinutes(30), sla.ValueOf("p2")!.Duration);
        Assert.IsType<QualitativeValue>(sla.ValueOf("P3"));
        Assert.Equal("P1: 5 min / P2: 30 min / P3: next business day", sla.ToString());
        Assert.IsType<TieredValue>(StatedValue.Parse("P1: 5 min; P2: 30 min"));
    }

    [Theory]
    [InlineData("minutes; varies")]
    [InlineData("P1: soon / P2: later")]
    [InlineData("P1: 5 min")]
    [InlineData("P1 5 min / P2 30 min")]
    public void Tier_parse_refuses_text_that_is_not_two_labelled_tiers_with_a_typed_value(string text)
    {
        var e = Assert.Throws<FormatException>(() => TieredValue.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(TieredValue.TryParse(text, out _));
    }

    [Theory]
    [InlineData("immediate")]
    [InlineData("real-time")]
    [InlineData("minutes; varies")]
    [InlineData("per batch")]
    public void Words_are_refused_by_parse_and_kept_as_written_only_by_the_explicit_call(string text)
    {
        var e = Assert.Throws<FormatException>(() => StatedValue.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("StatedValue.AsWritten", e.Message, StringComparison.Ordinal);
        var kept = StatedValue.AsWritten("  " + text + " ");
        Assert.False(kept.IsTyped);
        Assert.Null(kept.Duration);
        Assert.Equal(text, kept.ToString());
        Assert.Throws<ArgumentException>(() => StatedValue.AsWritten(" "));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(0.94)]
    [InlineData(-5)]
    [InlineData(-0.0)]
    [InlineData(123456789012345)]
    public void A_bare_number_is_the_quantity_its_text_parses_to(double value)
    {
        var quantity = Quantity.Of(value);
        Assert.Equal(Quantity.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), quantity);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(quantity.Number));
    }

    [Fact]
    public void A_number_only_written_with_an_exponent_is_refused() => Assert.Throws<ArgumentException>(() => Quantity.Of(1e20));

    [Fact]
    public void Durations_and_numbers_convert_to_typed_quantities()
    {
        StatedValue four = TimeSpan.FromHours(4);
        StatedValue auc = 0.94;
        Assert.Equal("4 h", four.Text);
        Assert.Equal(TimeSpan.FromHours(4), four.Duration);
        Assert.Equal("0.94", auc.Text);
        Assert.Equal("AUC 0.94", Quantity.Of(0.94, metric: "AUC").Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => (StatedValue)TimeSpan.FromMinutes(-1));
    }
}
