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
}

/// <summary>A RAD-AI fact that also appears, as plain text, in what the standard documents show.</summary>
/// <param name="Fact">The fact, e.g. "CG-1".</param>
/// <param name="Where">Where the standard documents show it, e.g. "the name of container 'Confidence Gate CG-1'".</param>
public sealed record StandardTrace(string Fact, string Where);
