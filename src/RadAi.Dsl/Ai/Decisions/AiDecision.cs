namespace RadAi.Dsl;

/// <summary>
/// An AI architecture decision record (E5): a MADR decision (context, drivers, alternatives, outcome, consequences)
/// plus dataset characteristics, fairness trade-offs, model lifecycle, explainability and regulatory rationale.
/// Stored as a Structurizr decision so Structurizr lists it.
/// </summary>
public sealed record AiDecision
{
    /// <summary>Decision id, e.g. "AI-ADR-001".</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>Decision date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>MADR status.</summary>
    public required DecisionStatus Status { get; init; }

    /// <summary>People involved.</summary>
    public EquatableList<string> Deciders { get; init; } = [];

    /// <summary>The problem and constraints.</summary>
    public string? Context { get; init; }

    /// <summary>Decision drivers.</summary>
    public EquatableList<string> Drivers { get; init; } = [];

    /// <summary>Considered alternatives.</summary>
    public EquatableList<ConsideredAlternative> Alternatives { get; init; } = [];

    /// <summary>The chosen option and why.</summary>
    public string? Outcome { get; init; }

    /// <summary>The id of the decision that supersedes this one.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>Dataset characteristics.</summary>
    public DatasetCharacteristics? Dataset { get; init; }

    /// <summary>Fairness trade-offs.</summary>
    public FairnessTradeOff? Fairness { get; init; }

    /// <summary>Model lifecycle.</summary>
    public ModelLifecycle? Lifecycle { get; init; }

    /// <summary>Explainability.</summary>
    public ExplainabilityChoice? Explainability { get; init; }

    /// <summary>Regulatory rationale.</summary>
    public RegulatoryRationale? Regulatory { get; init; }

    /// <summary>Consequences.</summary>
    public Consequences? Consequences { get; init; }

    /// <summary>Elements the decision is about.</summary>
    public EquatableList<ElementRef> Elements { get; init; } = [];

    /// <summary>"AI-ADR-001: Title (Accepted)".</summary>
    public override string ToString() => $"{Id}: {Title} ({Status})";
}
