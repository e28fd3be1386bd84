namespace RadAi.Dsl;

/// <summary>
/// A data protection impact assessment (DPIA, GDPR Art. 35) of the system or part of it (E4 privacy): its scope, its
/// findings, who signed it off and when it is reviewed next. Only the name is required; a fact not stated renders as such.
/// </summary>
public sealed record DataProtectionImpactAssessment
{
    /// <summary>The assessment, e.g. "Personalisation DPIA".</summary>
    public required string Name { get; init; }

    /// <summary>What it covers, as written.</summary>
    public string? Scope { get; init; }

    /// <summary>The components it covers, when modelled.</summary>
    public EquatableList<ElementRef> Components { get; init; } = [];

    /// <summary>Who signed it off, e.g. "Data Protection Officer".</summary>
    public string? SignedOffBy { get; init; }

    /// <summary>When it was signed off, as written, e.g. "2025-03".</summary>
    public string? SignedOffOn { get; init; }

    /// <summary>When it is reviewed next, as written, e.g. "2026-Q1" or "on model change".</summary>
    public string? NextReview { get; init; }

    /// <summary>Its findings, in order.</summary>
    public EquatableList<DpiaFinding> Findings { get; init; } = [];
}
