using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Wording;

public class CountedNounTests
{
    [Theory]
    [InlineData("component")]
    [InlineData("container")]
    [InlineData("quality gate")]
    [InlineData("AI-ADR")]
    [InlineData("concern entry")]
    [InlineData("person")]
    public void A_noun_counted_many_times_reads_as_Words_Count_for_every_count(string singular)
    {
        var noun = new CountedNoun(singular);
        foreach (var count in new[] { 0, 1, 2, 5, 1000 })
            Assert.Equal(Words.Count(count, singular), noun.Of(count));
    }
}
