using RadAi.Dsl.C4;
using RadAi.Dsl.Rendering.Analysis;

namespace RadAi.Dsl.Tests.Rendering.Analysis;

/// <summary>
/// <see cref="StandardText"/> answers from a word index; these facts pin that it finds exactly what a whole-word,
/// case-insensitive scan of the entries in model order finds.
/// </summary>
public class StandardTextTests
{
    private static (Workspace Workspace, StandardText Text) Sample()
    {
        var workspace = new Workspace("Search");
        var system = workspace.Model.AddSoftwareSystem("Ranker", "Scores titles with model 12.4 behind gate CG-10");
        var api = system.AddContainer("API", "Serves < 5 s fresh features; see CG-1 for the gate", "Kotlin");
        var store = system.AddContainer("Store", "Feature store, refreshed daily", "Cassandra");
        api.Uses(store, "Reads features every 15 minutes", "gRPC");
        return (workspace, new StandardText(workspace.Model));
    }

    [Theory]
    [InlineData("CG-1", "the description of container 'API'")]          // not the "CG-10" of the system before it
    [InlineData("cg-10", "the description of software system 'Ranker'")] // case-insensitive
    [InlineData("12.4", "the description of software system 'Ranker'")]
    [InlineData("< 5 s", "the description of container 'API'")]         // a fact starting with a symbol
    [InlineData("every 15 minutes", "the description of relationship 'API → Store'")]
    [InlineData("Kotlin", "the technology of container 'API'")]
    [InlineData("  daily ", "the description of container 'Store'")]     // trimmed
    [InlineData("feature store", "the description of container 'Store'")]
    [InlineData("features", "the description of container 'API'")]      // first entry in model order wins
    public void Finds_a_fact_where_it_stands_as_whole_words(string fact, string where)
    {
        var trace = Sample().Text.Find(fact);
        Assert.NotNull(trace);
        Assert.Equal(fact.Trim(), trace.Fact);
        Assert.Equal(where, trace.Where);
    }

    [Theory]
    [InlineData("Rank")]      // a prefix of a word is not the word
    [InlineData("2.4")]       // nor the tail of a number
    [InlineData("5 minutes")] // every word is there, not in this order
    [InlineData("weekly")]
    public void Finds_nothing_where_the_fact_is_only_part_of_a_word(string fact)
        => Assert.Null(Sample().Text.Find(fact));

    [Fact]
    public void A_fact_without_letters_or_digits_is_searched_everywhere()
        => Assert.Equal("the description of container 'API'", Sample().Text.Find("<")?.Where);

    [Fact]
    public void A_scoped_search_reads_only_the_element_own_text()
    {
        var (workspace, text) = Sample();
        var store = workspace.Model.GetElementWithCanonicalName("Container://Ranker.Store")!;
        Assert.Null(text.Find("Kotlin", store));
        Assert.Equal("the technology of container 'Store'", text.Find("cassandra", store)?.Where);
    }
}
