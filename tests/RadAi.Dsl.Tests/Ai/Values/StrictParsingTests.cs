using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Values;

/// <summary>Parsing succeeds or says why: malformed text never silently becomes prose; keeping words is <c>AsWritten</c>.</summary>
public class StrictParsingTests
{
    [Theory]
    [InlineData("PSI > O.2")]
    [InlineData("< 5 sec0nds")]
    [InlineData("PSI > 0,2")]
    [InlineData("PSI >")]
    [InlineData("a < b > 0.2")]
    [InlineData("MAE-based, per market")]
    public void Threshold_parse_refuses_text_that_is_not_a_typed_threshold_naming_it_and_showing_one_that_reads(string text)
    {
        var e = Assert.Throws<FormatException>(() => Threshold.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"PSI > 0.2\"", e.Message, StringComparison.Ordinal);
        Assert.False(Threshold.TryParse(text, out var threshold));
        Assert.Null(threshold);
    }

    [Theory]
    [InlineData("< 5 sec0nds")]
    [InlineData("dayly")]
    [InlineData("every 0 days")]
    [InlineData("every 99999999999 days")]
    [InlineData("streaming < 1 s, aggregation hourlyy")]
    [InlineData("immediate")]
    public void Freshness_parse_refuses_text_that_is_not_a_typed_freshness_naming_it_and_showing_one_that_reads(string text)
    {
        var e = Assert.Throws<FormatException>(() => Freshness.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"< 5 s\"", e.Message, StringComparison.Ordinal);
        Assert.False(Freshness.TryParse(text, out var freshness));
        Assert.Null(freshness);
    }

    [Theory]
    [InlineData("0.9–0.6", "minimum 0.90 is above the maximum 0.60")]
    [InlineData("0.6–1.5", "maximum 1.50 must lie within [0, 1]")]
    [InlineData("0.6–0.9x", "")]
    [InlineData("high", "")]
    public void Confidence_range_parse_refuses_malformed_or_impossible_ranges_with_a_format_error(string text, string why)
    {
        var e = Assert.Throws<FormatException>(() => ConfidenceRange.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
        Assert.Contains("\"0.60–0.98\"", e.Message, StringComparison.Ordinal);
        Assert.False(ConfidenceRange.TryParse(text, out var range));
        Assert.Null(range);
    }

    [Theory]
    [InlineData("P0 < 5 ms")]
    [InlineData("P101 < 5 ms")]
    [InlineData("P95 < 250 mss")]
    [InlineData("P95 < 5 sec0nds")]
    [InlineData("fast")]
    public void Latency_target_parse_refuses_malformed_targets_with_a_format_error(string text)
    {
        var e = Assert.Throws<FormatException>(() => LatencyTarget.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"P95 < 250 ms\"", e.Message, StringComparison.Ordinal);
        Assert.False(LatencyTarget.TryParse(text, out _));
    }

    [Theory]
    [InlineData("AUC")]
    [InlineData("AUC:")]
    [InlineData(" : 0.95")]
    public void Metric_value_parse_refuses_a_metric_without_a_name_or_a_value(string text)
    {
        var e = Assert.Throws<FormatException>(() => MetricValue.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"AUC: 0.95\"", e.Message, StringComparison.Ordinal);
        Assert.False(MetricValue.TryParse(text, out _));
    }

    [Theory]
    [InlineData("5 sec0nds")]
    [InlineData("fast")]
    public void Duration_parse_refuses_text_that_is_not_a_duration(string text)
    {
        var e = Assert.Throws<FormatException>(() => DurationText.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(DurationText.TryParse(text, out _));
    }

    [Fact]
    public void Comparison_parse_reads_the_symbols_and_refuses_anything_else()
    {
        Assert.Equal(Comparison.AtMost, ComparisonText.Parse("≤"));
        Assert.Contains("'=>'", Assert.Throws<FormatException>(() => ComparisonText.Parse("=>")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_kept_as_written_keep_their_text_and_say_they_are_not_typed()
    {
        var threshold = Threshold.AsWritten("MAE-based,  per market");
        Assert.False(threshold.IsTyped);
        Assert.Equal("MAE-based, per market", threshold.ToString());
        Assert.False(threshold.IsCrossedBy(1e9));

        var freshness = Freshness.AsWritten("immediate");
        Assert.Equal("immediate", freshness.Text);
        Assert.Null(freshness.MaxAge);
        Assert.Throws<ArgumentException>(() => Freshness.AsWritten(" "));
        Assert.Throws<ArgumentException>(() => Threshold.AsWritten(""));
    }

    [Fact]
    public void Stored_words_still_load_and_write_back_byte_identical()
    {
        var workspace = new Workspace("Shop", "A shop");
        var system = workspace.Model.AddSoftwareSystem("Shop", "Sells");
        var ranker = system.AddMlModel("Ranker", "Ranks", "PyTorch");
        var feed = system.AddDataPipeline("Vendor Feed", "Imports", "Airflow");
        feed.Properties[Stereotype.DataPipeline.PropertyKey("schedule")] = "when the vendor sends";
        var ai = workspace.RadAi();
        ai.Pipelines.Add(new Pipeline { Id = "PL-1", Name = "Vendor feed", Mode = PipelineMode.Batch, FreshnessSla = Freshness.AsWritten("varies by vendor"), Owner = "Data team" });
        ai.Operations.AddDriftDetection(new DriftDetection
        {
            Component = ranker, Type = DriftType.Data, Method = DriftMethod.Other, Threshold = Threshold.AsWritten("PSI > O.2"), CheckFrequency = Freshness.Daily,
        });

        var json = WorkspaceJson.Serialize(workspace);
        var copy = WorkspaceJson.Deserialize(json);
        var loaded = RadAiModel.Load(copy);

        Assert.Equal(Freshness.AsWritten("varies by vendor"), Assert.Single(loaded.Pipelines.Pipelines).FreshnessSla);
        Assert.Equal(Threshold.AsWritten("PSI > O.2"), Assert.Single(loaded.Operations.DriftDetection).Threshold);
        Assert.Equal(Freshness.AsWritten("when the vendor sends"), Assert.Single(loaded.Stereotypes.DataPipelines).Schedule);
        Assert.Equal(json, WorkspaceJson.Serialize(copy));
    }
}
