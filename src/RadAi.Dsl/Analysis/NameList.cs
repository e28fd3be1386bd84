namespace RadAi.Dsl.Analysis;

/// <summary>Short lists of names for explanations: "CG-1, CG-2 and 3 more".</summary>
internal static class NameList
{
    private const int Shown = 4;

    public static string Of(IEnumerable<string> names)
    {
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count <= Shown) return string.Join(", ", list);
        return string.Join(", ", list.Take(Shown)) + " and " + (list.Count - Shown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more";
    }
}
