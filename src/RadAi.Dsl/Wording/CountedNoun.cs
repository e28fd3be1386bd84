using System.Globalization;
using Humanizer;

namespace RadAi.Dsl;

/// <summary>
/// A noun a document counts again and again ("3 components" for every container of a large model): its singular and
/// plural are worked out once, when the document starts, because Humanizer's vocabulary tries its rules, a regular
/// expression each, on every inflection. The words are <see cref="Words.Count"/>'s.
/// </summary>
internal sealed class CountedNoun
{
    private readonly string _one;
    private readonly string _many;

    /// <summary>The noun, in the singular as <see cref="Words.Count"/> takes it.</summary>
    public CountedNoun(string singular)
    {
        _one = singular.ToQuantity(1, ShowQuantityAs.None);
        _many = singular.ToQuantity(2, ShowQuantityAs.None);
    }

    /// <summary>"3 components", "1 component".</summary>
    public string Of(int count) => Words.Counted(count, count == 1 ? _one : _many);
}
