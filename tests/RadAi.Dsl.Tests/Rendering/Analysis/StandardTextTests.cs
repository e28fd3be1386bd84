using RadAi.Dsl;
using RadAi.Dsl.Analysis;

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
    [Fact]
    public void Finds_what_a_scan_of_every_entry_in_model_order_finds_in_a_model_of_repeated_texts()
    {
        string[] words = ["Kafka", "Flink", "CG-1", "CG-10", "12.4", "fresh", "features", "< 5 s", "daily", "Spark"];
        var random = new Random(6);
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(0, 4)).Select(_ => words[random.Next(words.Length)]));
        for (var round = 0; round < 20; round++)
        {
            var workspace = new Workspace("Repeated");
            var containers = new List<Container>();
            for (var s = 0; s < 4; s++)
            {
                var system = workspace.Model.AddSoftwareSystem($"S{s}", Text());
                for (var c = 0; c < 5; c++) containers.Add(system.AddContainer($"C{c}", Text(), Text()));
            }
            for (var r = 0; r < 30; r++)
            {
                var (source, destination) = (containers[random.Next(containers.Count)], containers[random.Next(containers.Count)]);
                // A numbered description keeps relationships between the same pair distinct, as the model requires.
                if (!ReferenceEquals(source, destination)) source.Uses(destination, $"{Text()} step{r}", Text());
            }
            var text = new StandardText(workspace.Model);

            foreach (var fact in words.Concat(["kafka flink", "CG", "5", "nothing"]))
            {
                Assert.Equal(Scan(workspace.Model, fact, scope: null), text.Find(fact)?.Where);
                var scope = containers[random.Next(containers.Count)];
                Assert.Equal(Scan(workspace.Model, fact, scope), text.Find(fact, scope)?.Where);
            }
        }
    }

    // The definition: the first entry, in model order, whose text holds the fact as whole words (case-insensitive).
    private static string? Scan(Model model, string fact, Element? scope)
    {
        var entries = new List<(ModelItem Item, string Text, string Where)>();
        foreach (var e in model.Elements)
        {
            var kind = e is Container ? "container" : "software system";
            entries.Add((e, e.Name, $"the name of {kind} '{e.Name}'"));
            entries.Add((e, e.Description ?? "", $"the description of {kind} '{e.Name}'"));
            entries.Add((e, (e as Container)?.Technology ?? "", $"the technology of {kind} '{e.Name}'"));
        }
        foreach (var r in model.Relationships)
        {
            entries.Add((r, r.Description ?? "", $"the description of relationship '{r.Source.Name} → {r.Destination.Name}'"));
            entries.Add((r, r.Technology ?? "", $"the technology of relationship '{r.Source.Name} → {r.Destination.Name}'"));
        }
        var word = fact.Trim();
        foreach (var (item, text, where) in entries)
        {
            if (scope is not null && !ReferenceEquals(item, scope)) continue;
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return where;
            }
        }
        return null;
    }
}
