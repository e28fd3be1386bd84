namespace RadAi.Dsl;

/// <summary>
/// A region of the non-determinism boundary (C4-E3): RAD-AI's four or your own (e.g. "Human in the loop"). Each is a
/// tag on its elements: "RAD-AI " and the region's name ("RAD-AI Human in the loop"); the four keep their convention
/// tags ("RAD-AI Non-Deterministic").
/// </summary>
/// <param name="Name">The region as written.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(VocabularyConverter<Region>))]
public readonly record struct Region(string Name) : IVocabulary<Region>
{
    /// <summary>The region as written, trimmed.</summary>
    public string Name { get; } = Vocabulary.Name(Name, "region");

    /// <summary>Deterministic components.</summary>
    public static Region Deterministic { get; } = new("Deterministic");

    /// <summary>Non-deterministic (AI) components.</summary>
    public static Region NonDeterministic { get; } = new("Non-deterministic");

    /// <summary>The boundary layer: confidence gates and interfaces.</summary>
    public static Region Boundary { get; } = new("Boundary");

    /// <summary>Deterministic fallbacks for AI components.</summary>
    public static Region Fallback { get; } = new("Fallback");

    /// <summary>RAD-AI's four regions.</summary>
    public static IReadOnlyList<Region> WellKnown { get; } = [Deterministic, NonDeterministic, Boundary, Fallback];

    /// <inheritdoc/>
    public static Region Parse(string text) => Vocabulary.Parse(text, static t => new Region(t));

    /// <summary>Whether this is one of RAD-AI's four regions.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>The region a tag puts its element in ("RAD-AI Non-Deterministic" → non-deterministic), or null for a tag that is no region's.</summary>
    public static Region? FromTag(string tag)
    {
        if (tag is null || !tag.StartsWith(TagPrefix, StringComparison.Ordinal) || tag.Length == TagPrefix.Length) return null;
        // The four convention tags are not "RAD-AI " and the region's name ("Non-Deterministic"): they name the well-known regions.
        foreach (var known in WellKnown)
            if (string.Equals(known.Tag(), tag, StringComparison.Ordinal)) return known;
        return Parse(tag[TagPrefix.Length..]);
    }

    /// <summary>The prefix of every region tag.</summary>
    internal const string TagPrefix = "RAD-AI ";

    /// <summary>The region's letters and digits in lower case, for view keys ("nondeterministic", "humanintheloop").</summary>
    internal string Key => Vocabulary.Key(Name);

    /// <summary>Equal when the names differ only in case, spacing or punctuation.</summary>
    public bool Equals(Region other) => Vocabulary.Same(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => Vocabulary.Hash(Name);

    /// <summary>The name as written.</summary>
    public override string ToString() => Name ?? string.Empty;
}

/// <summary>Tags of <see cref="Region"/>.</summary>
public static class RegionTags
{
    /// <summary>The tag that puts an element in the region, e.g. "RAD-AI Non-Deterministic", "RAD-AI Human in the loop".</summary>
    public static string Tag(this Region region)
    {
        if (region == Region.Deterministic) return RadAiConvention.DeterministicRegionTag;
        if (region == Region.NonDeterministic) return RadAiConvention.NonDeterministicRegionTag;
        if (region == Region.Boundary) return RadAiConvention.BoundaryRegionTag;
        if (region == Region.Fallback) return RadAiConvention.FallbackRegionTag;
        return Region.TagPrefix + region.Name;
    }
}
