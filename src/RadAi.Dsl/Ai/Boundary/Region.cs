namespace RadAi.Dsl;

/// <summary>A region of the non-determinism boundary (C4-E3); each is a tag on its elements.</summary>
public enum Region
{
    /// <summary>Deterministic components.</summary>
    Deterministic,
    /// <summary>Non-deterministic (AI) components.</summary>
    NonDeterministic,
    /// <summary>The boundary layer: confidence gates and interfaces.</summary>
    Boundary,
    /// <summary>Deterministic fallbacks for AI components.</summary>
    Fallback,
}

/// <summary>Tags of <see cref="Region"/>.</summary>
public static class RegionTags
{
    /// <summary>The tag that puts an element in the region, e.g. "RAD-AI Non-Deterministic".</summary>
    public static string Tag(this Region region) => region switch
    {
        Region.Deterministic => RadAiConvention.DeterministicRegionTag,
        Region.NonDeterministic => RadAiConvention.NonDeterministicRegionTag,
        Region.Boundary => RadAiConvention.BoundaryRegionTag,
        _ => RadAiConvention.FallbackRegionTag,
    };
}
