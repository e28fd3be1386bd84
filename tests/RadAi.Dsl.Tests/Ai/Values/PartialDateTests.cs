using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai.Values;

/// <summary>Dates as precise as the source states them: a year is never 1 January.</summary>
public class PartialDateTests
{
    [Theory]
    [InlineData("2022", DatePrecision.Year, null)]
    [InlineData("2024-Q3", DatePrecision.Quarter, null)]
    [InlineData("2025-01", DatePrecision.Month, null)]
    [InlineData("2025-01-15", DatePrecision.Day, null)]
    [InlineData("2022 (inferred)", DatePrecision.Year, "inferred")]
    [InlineData("2024-Q3 (estimated from release notes)", DatePrecision.Quarter, "estimated from release notes")]
    public void A_partial_date_keeps_its_precision_its_qualifier_and_its_text(string text, DatePrecision precision, string? qualifier)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(qualifier, date.Qualifier);
        Assert.Equal(text, date.ToString());
        Assert.Equal(date, PartialDate.Parse(date.ToString()));
    }

    [Fact]
    public void A_year_covers_the_whole_year_and_a_quarter_its_three_months()
    {
        var year = PartialDate.Parse("2022 (inferred)");
        Assert.Equal(2022, year.Year);
        Assert.Null(year.Month);
        Assert.Null(year.Day);
        Assert.Equal(new DateOnly(2022, 1, 1), year.Start);
        Assert.Equal(new DateOnly(2022, 12, 31), year.End);
        var quarter = PartialDate.Parse("2024-Q3");
        Assert.Equal(3, quarter.Quarter);
        Assert.Equal(new DateOnly(2024, 7, 1), quarter.Start);
        Assert.Equal(new DateOnly(2024, 9, 30), quarter.End);
        PartialDate day = new DateOnly(2025, 11, 2);
        Assert.Equal("2025-11-02", day.Text);
        Assert.Equal(DatePrecision.Day, day.Precision);
    }

    [Theory]
    [InlineData(2025, 11, 2)]
    [InlineData(1, 1, 1)]
    [InlineData(2024, 2, 29)]
    public void A_day_converts_to_the_date_its_text_parses_to(int year, int month, int day)
    {
        PartialDate converted = new DateOnly(year, month, day);
        Assert.Equal(PartialDate.Parse(converted.Text), converted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("2024-Q5")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2022 ()")]
    [InlineData("early 2022")]
    public void Parse_refuses_malformed_or_impossible_dates_naming_the_text(string text)
    {
        var e = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Null(date);
    }
}
