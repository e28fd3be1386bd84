using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The tags the DSL must be told, comma-joined: an item's tags without the defaults the parser gives every item of its
/// kind (<c>Element</c>, <c>Container</c>, …, <c>Relationship</c>). The defaults usually come first in the item's joined
/// tags, so what is left is one run of that text and is returned as a slice of it: no string per element.
/// </summary>
internal static class DslUserTags
{
    public static ReadOnlyMemory<char> Of(Element element) => element switch
    {
        Person => Without(element.TagsText, Tags.Element, Tags.Person),
        SoftwareSystem => Without(element.TagsText, Tags.Element, Tags.SoftwareSystem),
        Container => Without(element.TagsText, Tags.Element, Tags.Container),
        Component => Without(element.TagsText, Tags.Element, Tags.Component),
        DeploymentNode => Without(element.TagsText, Tags.Element, Tags.DeploymentNode),
        InfrastructureNode => Without(element.TagsText, Tags.Element, Tags.InfrastructureNode),
        ContainerInstance => Without(element.TagsText, Tags.ContainerInstance, null),
        SoftwareSystemInstance => Without(element.TagsText, Tags.SoftwareSystemInstance, null),
        _ => Without(element.TagsText, Tags.Element, null),
    };

    public static ReadOnlyMemory<char> Of(Relationship relationship) => Without(relationship.TagsText, Tags.Relationship, null);

    /// <summary>
    /// The parts of <paramref name="joined"/> (canonical: no blank or repeated part) other than the defaults, joined by
    /// commas: a slice of <paramref name="joined"/> when they stand together, a new string when a default stands between them.
    /// </summary>
    private static ReadOnlyMemory<char> Without(string joined, string firstDefault, string? secondDefault)
    {
        var keptStart = -1;
        var keptEnd = -1;
        var defaultAfterKept = false;
        var split = false;
        var start = 0;
        while (start <= joined.Length && joined.Length > 0)
        {
            var comma = joined.IndexOf(',', start);
            var end = comma < 0 ? joined.Length : comma;
            var part = joined.AsSpan(start, end - start);
            if (part.SequenceEqual(firstDefault) || (secondDefault is not null && part.SequenceEqual(secondDefault)))
            {
                defaultAfterKept = keptStart >= 0;
            }
            else
            {
                split |= defaultAfterKept;
                if (keptStart < 0) keptStart = start;
                keptEnd = end;
            }
            start = end + 1;
        }
        if (keptStart < 0) return ReadOnlyMemory<char>.Empty;
        if (!split) return joined.AsMemory(keptStart, keptEnd - keptStart);
        return string.Join(',', joined.Split(',').Where(t => t != firstDefault && t != secondDefault)).AsMemory();
    }
}
