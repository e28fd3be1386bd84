namespace RadAi.Dsl.Inspections.Compliance;

/// <summary>One Annex IV checklist item evaluated against a model: documented when at least one part of the model holds it.</summary>
/// <param name="Id">The checklist number, e.g. "3.2".</param>
/// <param name="Section">Its group.</param>
/// <param name="Requirement">What Annex IV asks for, in a line.</param>
/// <param name="RadAiSections">The RAD-AI sections that answer it.</param>
/// <param name="Evidence">The parts of the model that document it, in a stable order; empty when it is not documented.</param>
/// <param name="HowToDocument">What to add to the model to document it.</param>
public sealed record AnnexIvItem(string Id, AnnexIvSection Section, string Requirement, string RadAiSections,
    IReadOnlyList<AnnexIvEvidence> Evidence, string HowToDocument)
{
    /// <summary>Whether the model documents the item.</summary>
    public bool IsDocumented => Evidence.Count > 0;

    /// <summary>"1.1 Intended purpose … (documented)".</summary>
    public override string ToString() => $"{Id} {Requirement} ({(IsDocumented ? "documented" : "missing")})";
}
