namespace RadAi.Dsl;

/// <summary>Where in the model lifecycle a bias detection practice applies.</summary>
public enum LifecycleStage
{
    /// <summary>Before training.</summary>
    PreTraining,
    /// <summary>During training.</summary>
    InTraining,
    /// <summary>After training.</summary>
    PostTraining,
    /// <summary>In production.</summary>
    InProduction,
}
