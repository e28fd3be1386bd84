namespace RadAi.Dsl.Analysis;

/// <summary>How much of a concern a family of documents can express.</summary>
public enum Coverage
{
    /// <summary>Nothing of the concern (score 0).</summary>
    None,
    /// <summary>Some of it, or only as unstructured text (score 0.5).</summary>
    Partial,
    /// <summary>All of what the concern asks for (score 1).</summary>
    Full,
}

/// <summary>Scores of <see cref="Coverage"/>.</summary>
public static class CoverageScores
{
    /// <summary>1 for full, 0.5 for partial, 0 for none.</summary>
    public static double Score(this Coverage coverage) => coverage switch
    {
        Coverage.Full => 1,
        Coverage.Partial => 0.5,
        _ => 0,
    };
}
