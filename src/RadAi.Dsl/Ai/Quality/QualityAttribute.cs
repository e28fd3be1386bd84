namespace RadAi.Dsl;

#pragma warning disable CA1711 // "quality attribute" is the arc42/ISO 25010 term, not a .NET attribute

/// <summary>An AI quality attribute: the template's five, or your own (e.g. "Recommendation Diversity").</summary>
/// <param name="Name">The attribute's name.</param>
public readonly record struct QualityAttribute(string Name)
{
    /// <summary>How recent training data and parameters are.</summary>
    public static QualityAttribute ModelFreshness { get; } = new("Model Freshness");

    /// <summary>How much drift is tolerated before intervention.</summary>
    public static QualityAttribute DriftTolerance { get; } = new("Drift Tolerance");

    /// <summary>Ability to give understandable reasons.</summary>
    public static QualityAttribute Explainability { get; } = new("Explainability");

    /// <summary>Absence of systematic bias.</summary>
    public static QualityAttribute Fairness { get; } = new("Fairness");

    /// <summary>Resilience to adversarial inputs and shifts.</summary>
    public static QualityAttribute Robustness { get; } = new("Robustness");

    /// <summary>The template's five attributes.</summary>
    public static IReadOnlyList<QualityAttribute> Standard { get; } = [ModelFreshness, DriftTolerance, Explainability, Fairness, Robustness];

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
