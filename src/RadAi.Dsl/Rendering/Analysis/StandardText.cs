using Humanizer;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Analysis;

/// <summary>
/// The text the standard documents show: names, descriptions and technologies of elements and relationships (tags and
/// properties, where the AI layer lives, are not shown). Finds where a RAD-AI fact survives in it as a whole word.
/// </summary>
internal sealed class StandardText
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<Element, List<Entry>> _byElement = [];

    // Every whole word of every entry → the entries holding it, in entry order, so that an unscoped search reads a few
    // entries instead of all of them (facts × entries was quadratic at scale).
    private readonly Dictionary<string, List<int>> _entriesByWord = new(StringComparer.OrdinalIgnoreCase);

    public StandardText(Model model)
    {
        foreach (var element in model.Elements)
        {
            Add(new Entry(element, Field.Name, element.Name));
            Add(new Entry(element, Field.Description, element.Description));
            Add(new Entry(element, Field.Technology, TechnologyOf(element)));
        }
        foreach (var relationship in model.Relationships)
        {
            Add(new Entry(relationship, Field.Description, relationship.Description));
            Add(new Entry(relationship, Field.Technology, relationship.Technology));
        }
    }

    private enum Field { Name, Description, Technology }

    // Where a text stands, said in words only when a fact is found there: most entries never need it.
    private readonly record struct Entry(ModelItem Item, Field Field, string? Text)
    {
        public string Where
        {
            get
            {
                var what = Field switch { Field.Name => "the name of ", Field.Description => "the description of ", _ => "the technology of " };
                return Item is Relationship r
                    ? $"{what}relationship '{r.Source.Name} → {r.Destination.Name}'"
                    : $"{what}{Item.GetType().Name.Humanize(LetterCasing.LowerCase)} '{((Element)Item).Name}'";
            }
        }
    }

    /// <summary>Where <paramref name="fact"/> appears: anywhere, or only in the text of <paramref name="scope"/>.</summary>
    public StandardTrace? Find(string fact, Element? scope = null)
    {
        if (string.IsNullOrWhiteSpace(fact)) return null;
        var word = fact.Trim();
        if (scope is not null) return FirstIn(_byElement.GetValueOrDefault(scope) ?? [], word);
        // Every word of the fact stands as a whole word wherever the fact matches, so only entries holding its rarest
        // word can match; a fact without letters or digits is looked for everywhere.
        var lookup = _entriesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        List<int>? candidates = null;
        for (var at = 0; at < word.Length;)
        {
            if (!char.IsLetterOrDigit(word[at])) { at++; continue; }
            var length = WordLength(word, at);
            if (!lookup.TryGetValue(word.AsSpan(at, length), out var holding)) return null;
            if (candidates is null || holding.Count < candidates.Count) candidates = holding;
            at += length;
        }
        if (candidates is null) return FirstIn(_entries, word);
        foreach (var i in candidates)
            if (ContainsWord(_entries[i].Text!, word)) return new StandardTrace(word, _entries[i].Where);
        return null;
    }

    private static StandardTrace? FirstIn(List<Entry> entries, string word)
    {
        foreach (var entry in entries)
            if (ContainsWord(entry.Text!, word)) return new StandardTrace(word, entry.Where);
        return null;
    }

    private void Add(Entry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Text)) return;
        var index = _entries.Count;
        _entries.Add(entry);
        IndexWords(index, entry.Text);
        if (entry.Item is not Element element) return;
        if (!_byElement.TryGetValue(element, out var own)) _byElement[element] = own = [];
        own.Add(entry);
    }

    private static string? TechnologyOf(Element element) => element switch
    {
        Container c => c.Technology,
        Component c => c.Technology,
        DeploymentNode n => n.Technology,
        InfrastructureNode n => n.Technology,
        _ => null,
    };

    private void IndexWords(int entry, string text)
    {
        var lookup = _entriesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; at < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[at])) { at++; continue; }
            var length = WordLength(text, at);
            var word = text.AsSpan(at, length);
            if (!lookup.TryGetValue(word, out var entries)) lookup[word] = entries = [];
            if (entries.Count == 0 || entries[^1] != entry) entries.Add(entry);
            at += length;
        }
    }

    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return end - start;
    }

    // A whole-word match, so "CG-1" is not found in "CG-10" and "12.4" not in "112.4".
    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }
}
