using Humanizer;
using RadAi.Dsl;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// The text the standard documents show: names, descriptions and technologies of elements and relationships (tags and
/// properties, where the AI layer lives, are not shown). Finds where a RAD-AI fact survives in it as a whole word.
/// </summary>
internal sealed class StandardText
{
    private readonly Model _model;

    // Each distinct text once, with the first entry (in model order) that holds it: a large model repeats the same
    // technologies and relationship descriptions thousands of times, and a search only ever reports the first entry.
    private readonly List<Entry> _firstEntries = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    // Every whole word of every distinct text → the texts holding it, in order of first appearance, so that an unscoped
    // search reads a few texts instead of all of them (facts × entries would be quadratic at scale).
    private readonly Dictionary<string, List<int>> _textsByWord = new(StringComparer.OrdinalIgnoreCase);

    public StandardText(Model model)
    {
        _model = model;
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
        if (scope is not null) return FindIn(scope, word);
        // Every word of the fact stands as a whole word wherever the fact matches, so only texts holding its rarest
        // word can match; a fact without letters or digits is looked for everywhere.
        var lookup = _textsByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        List<int>? candidates = null;
        for (var at = 0; at < word.Length;)
        {
            if (!char.IsLetterOrDigit(word[at])) { at++; continue; }
            var length = WordLength(word, at);
            if (!lookup.TryGetValue(word.AsSpan(at, length), out var holding)) return null;
            if (candidates is null || holding.Count < candidates.Count) candidates = holding;
            at += length;
        }
        // Texts are numbered in order of first appearance, so the first matching text has the first matching entry.
        if (candidates is null)
        {
            foreach (var entry in _firstEntries)
                if (ContainsWord(entry.Text!, word)) return new StandardTrace(word, entry.Where);
            return null;
        }
        foreach (var i in candidates)
            if (ContainsWord(_firstEntries[i].Text!, word)) return new StandardTrace(word, _firstEntries[i].Where);
        return null;
    }

    // The element's own texts, in the order they were added: name, description, technology.
    private StandardTrace? FindIn(Element scope, string word)
    {
        if (!ReferenceEquals(scope.Model, _model)) return null;
        Span<Entry> own = [new(scope, Field.Name, scope.Name), new(scope, Field.Description, scope.Description), new(scope, Field.Technology, TechnologyOf(scope))];
        foreach (var entry in own)
            if (!string.IsNullOrWhiteSpace(entry.Text) && ContainsWord(entry.Text, word)) return new StandardTrace(word, entry.Where);
        return null;
    }

    private void Add(Entry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Text)) return;
        if (!_texts.Add(entry.Text)) return;
        var index = _firstEntries.Count;
        _firstEntries.Add(entry);
        IndexWords(index, entry.Text);
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
        var lookup = _textsByWord.GetAlternateLookup<ReadOnlySpan<char>>();
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
