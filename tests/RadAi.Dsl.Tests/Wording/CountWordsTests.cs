using Humanizer;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Wording;

public class CountWordsTests
{
    // Words.Count inflects each noun once and keeps it: the words must stay Humanizer's for every count, the first
    // call and every later one alike.
    [Theory]
    [InlineData("component")]
    [InlineData("container")]
    [InlineData("quality gate")]
    [InlineData("AI-ADR")]
    [InlineData("concern entry")]
    [InlineData("person")]
    [InlineData("analysis")]
    public void A_count_reads_as_Humanizer_writes_it_every_time(string singular)
    {
        foreach (var count in new[] { 0, 1, 2, 5, 1000, 1, 0 })
            Assert.Equal(singular.ToQuantity(count), Words.Count(count, singular));
    }

    [Fact]
    public void Each_noun_keeps_its_own_words()
    {
        Assert.Equal("2 people", Words.Count(2, "person"));
        Assert.Equal("3 models", Words.Count(3, "model"));
        Assert.Equal("1 person", Words.Count(1, "person"));
        Assert.Equal("1 model", Words.Count(1, "model"));
    }
}
