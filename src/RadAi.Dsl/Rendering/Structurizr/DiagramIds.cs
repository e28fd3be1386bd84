using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The ids of one diagram's elements: a readable stem made from the element id (<c>n12</c>, <c>n_shop</c>), and when
/// another element's id gives the same stem (slugs drop case and punctuation, so <c>a</c> and <c>A</c>, <c>a-b</c> and
/// <c>a_b</c> meet) the stem with the first free <c>_2</c>, <c>_3</c>, …. Claimed in id order, so the same elements get
/// the same ids whatever order the diagram writes them in.
/// </summary>
internal sealed class DiagramIds
{
    private readonly Dictionary<Element, string> _ids = new(ReferenceEqualityComparer.Instance);

    /// <param name="elements">Every element the diagram names (nodes and boundaries); repeats are named once.</param>
    /// <param name="stem">The id an element has when no other element's stem is the same.</param>
    public DiagramIds(IEnumerable<Element> elements, Func<Element, string> stem)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Each stem's next suffix to try, so many elements with one stem cost one try each, not their square.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in IdOrder.Sort(elements.Distinct(ReferenceEqualityComparer.Instance).Cast<Element>().ToList(), e => e.Id))
        {
            var id = stem(element);
            if (!taken.Add(id))
            {
                var n = nextSuffix.GetValueOrDefault(id, 2);
                string candidate;
                do candidate = id + "_" + (n++).ToString(CultureInfo.InvariantCulture);
                while (!taken.Add(candidate));
                nextSuffix[id] = n;
                id = candidate;
            }
            _ids[element] = id;
        }
    }

    /// <summary>The id of an element named when the ids were made.</summary>
    public string this[Element element] => _ids[element];

    /// <summary>A slug of an element id: lower-case ASCII letters, digits and single '_'.</summary>
    public static string Slug(Element element) => DslIdentifiers.Slug(element.Id, numberPrefix: false);
}
