namespace RadAi.Dsl.Analysis;

/// <summary>One Annex IV checklist item evaluated against a model: documented when at least one part of the model holds it.</summary>
public sealed record AnnexIvItem
{
    /// <summary>The checklist number, e.g. "3.2".</summary>
    public required string Id { get; init; }

    /// <summary>Its group.</summary>
    public required AnnexIvSection Section { get; init; }

    /// <summary>What Annex IV asks for, in a line.</summary>
    public required string Requirement { get; init; }

    /// <summary>The RAD-AI sections that answer it.</summary>
    public required string RadAiSections { get; init; }

    /// <summary>The parts of the model that document it, in a stable order; empty when it is not documented.</summary>
    public required IReadOnlyList<AnnexIvEvidence> Evidence { get; init; }

    /// <summary>What to add to the model to document it.</summary>
    public required string HowToDocument { get; init; }

    /// <summary>Whether the model documents the item.</summary>
    public bool IsDocumented => Evidence.Count > 0;

    /// <summary>"1.1 Intended purpose … (documented)".</summary>
    public override string ToString() => $"{Id} {Requirement} ({(IsDocumented ? "documented" : "missing")})";
}
