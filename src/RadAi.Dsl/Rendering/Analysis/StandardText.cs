using Humanizer;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Rendering.Analysis;

/// <summary>
/// The text the standard documents show: names, descriptions and technologies of elements and relationships (tags and
/// properties, where the AI layer lives, are not shown). Finds where a RAD-AI fact survives in it as a whole word.
/// </summary>
internal sealed class StandardText
{
    private readonly List<(string Where, string Text)> _entries = [];
    private readonly Dictionary<Element, List<(string Where, string Text)>> _byElement = [];

    public StandardText(Model model)
    {
        foreach (var element in model.Elements)
        {
            var kind = element.GetType().Name.Humanize(LetterCasing.LowerCase);
            var name = $"{kind} '{element.Name}'";
            Add(element, "the name of " + name, element.Name);
            Add(element, "the description of " + name, element.Description);
            Add(element, "the technology of " + name, TechnologyOf(element));
        }
        foreach (var relationship in model.Relationships)
        {
            var name = $"relationship '{relationship.Source.Name} → {relationship.Destination.Name}'";
            Add(null, "the description of " + name, relationship.Description);
            Add(null, "the technology of " + name, relationship.Technology);
        }
    }

    /// <summary>Where <paramref name="fact"/> appears: anywhere, or only in the text of <paramref name="scope"/>.</summary>
    public StandardTrace? Find(string fact, Element? scope = null)
    {
        if (string.IsNullOrWhiteSpace(fact)) return null;
        var word = fact.Trim();
        var entries = scope is null ? _entries : _byElement.GetValueOrDefault(scope) ?? [];
        foreach (var (where, text) in entries)
            if (ContainsWord(text, word)) return new StandardTrace(word, where);
        return null;
    }

    private void Add(Element? element, string where, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        _entries.Add((where, text));
        if (element is null) return;
        if (!_byElement.TryGetValue(element, out var own)) _byElement[element] = own = [];
        own.Add((where, text));
    }

    private static string? TechnologyOf(Element element) => element switch
    {
        Container c => c.Technology,
        Component c => c.Technology,
        DeploymentNode n => n.Technology,
        InfrastructureNode n => n.Technology,
        _ => null,
    };

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
