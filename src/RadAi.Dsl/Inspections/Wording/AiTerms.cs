using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>How the RAD-AI rules name things in messages, and reading stored values without letting a bad one stop the run.</summary>
internal static class AiTerms
{
    /// <summary>"the ML Model \"Platform.Recommender\"" (or "the container …" without a stereotype).</summary>
    public static string Name(InspectionContext context, Element element) => Phrase(context, element, "the");

    /// <summary>Same as <see cref="Name"/>, capitalised for the start of a sentence.</summary>
    public static string Subject(InspectionContext context, Element element) => Phrase(context, element, "The");

    // One string per phrase (thousands of findings at scale): the path is read from the canonical name in place.
    private static string Phrase(InspectionContext context, Element element, string article)
        => $"{article} {(context.Ai?.Stereotypes.Find(element) is { } s ? s.Name : context.Term(element))} \"{ElementTerms.PathOf(element)}\"";

    /// <summary>A typed value read from a property, or null when it is missing or unreadable (RADAI114 reports unreadable ones).</summary>
    public static T? Read<T>(Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The tightest age a freshness asks for or the freshest it delivers: the fresher end of a range, the freshest mode.</summary>
    public static TimeSpan? Freshest(Freshness? freshness) => freshness switch
    {
        null => null,
        PerModeFreshness perMode => perMode.Modes.Select(m => Freshest(m.Freshness)).Where(t => t is not null).Min(),
        FreshnessRange range => Freshest(range.From) ?? range.MaxAge,
        _ => freshness.MaxAge,
    };

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>Whether an element carries the ML Model stereotype.</summary>
    public static bool IsMlModel(Element element) => element.Tags.Contains(Stereotype.MlModel.Name);
}
