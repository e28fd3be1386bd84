namespace RadAi.Dsl.Rendering.Analysis;

/// <summary>One thing a concern needs from the model, whether the model holds it, and what it holds.</summary>
/// <param name="Label">What is checked, e.g. "confidence gates".</param>
/// <param name="Extension">The extension that records it.</param>
/// <param name="Present">Whether the model holds it.</param>
/// <param name="Detail">What the model holds, in words ("2 confidence gates (CG-1, CG-2)"); empty when absent.</param>
public sealed record Evidence(string Label, RadAiExtension Extension, bool Present, string Detail);

/// <summary>A RAD-AI fact that also appears, as plain text, in what the standard documents show.</summary>
/// <param name="Fact">The fact, e.g. "CG-1".</param>
/// <param name="Where">Where the standard documents show it, e.g. "the name of container 'Confidence Gate CG-1'".</param>
public sealed record StandardTrace(string Fact, string Where);
