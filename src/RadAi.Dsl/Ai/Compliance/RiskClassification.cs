namespace RadAi.Dsl;

/// <summary>The EU AI Act risk class of an AI system (what obligations apply to it).</summary>
public enum RiskClassification
{
    /// <summary>A prohibited practice (Article 5): may not be placed on the market.</summary>
    Unacceptable,
    /// <summary>High-risk (Article 6, Annex III): Annex IV technical documentation is mandatory.</summary>
    High,
    /// <summary>Limited risk: transparency obligations (Article 50).</summary>
    Limited,
    /// <summary>Minimal risk: no specific obligations; Annex IV documentation is voluntary good practice.</summary>
    Minimal,
}
