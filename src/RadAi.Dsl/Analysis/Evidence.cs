namespace RadAi.Dsl.Analysis;

/// <summary>One thing a concern needs from the model, whether the model holds it, and what it holds.</summary>
public sealed record Evidence
{
    /// <summary>What is checked, e.g. "confidence gates".</summary>
    public required string Label { get; init; }

    /// <summary>The extension that records it.</summary>
    public required RadAiExtension Extension { get; init; }

    /// <summary>Whether the model holds it.</summary>
    public required bool Present { get; init; }

    /// <summary>What the model holds, in words ("2 confidence gates (CG-1, CG-2)"); empty when absent.</summary>
    public required string Detail { get; init; }

    /// <summary>
    /// Where the standard arc42/C4 documents can hold this piece without its AI structure ("arc42 §11 lists the items as
    /// generic technical debt"), or null when they have no place for it. Only a present piece with a home earns the
    /// standard documents credit.
    /// </summary>
    public string? StandardHome { get; init; }
}
