using System.Globalization;
using Humanizer;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Wording;

public class DurationWordsTests
{
    private static string Humanized(TimeSpan duration)
        => duration.Humanize(precision: 2, culture: CultureInfo.GetCultureInfo("en"), minUnit: TimeUnit.Millisecond);

    public static TheoryData<TimeSpan> Durations()
    {
        var durations = new SortedSet<TimeSpan> { TimeSpan.FromSeconds(1.5), TimeSpan.FromTicks(1), TimeSpan.FromDays(400), TimeSpan.FromSeconds(-5) };
        foreach (var unit in new[] { TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(7) })
            foreach (var count in new[] { 1, 2, 5, 6, 7, 23, 24, 59, 60, 61, 90, 999, 1000, 1001, 3600 })
                durations.Add(unit * count);
        var data = new TheoryData<TimeSpan>();
        foreach (var duration in durations) data.Add(duration);
        return data;
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void Durations_read_as_Humanizer_words_them(TimeSpan duration)
        => Assert.Equal(Humanized(duration), Words.Duration(duration));

    [Fact]
    public void No_duration_reads_as_zero_seconds() => Assert.Equal("0 seconds", Words.Duration(TimeSpan.Zero));
}
