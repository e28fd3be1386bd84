namespace RadAi.Dsl;

/// <summary>What an AI component does: the template's four, or your own words (e.g. "Collaborative filtering + DNN + GNN").</summary>
/// <param name="Name">The type's name.</param>
public readonly record struct AiTaskType(string Name)
{
    /// <summary>Classification.</summary>
    public static AiTaskType Classification { get; } = new("Classification");

    /// <summary>Regression.</summary>
    public static AiTaskType Regression { get; } = new("Regression");

    /// <summary>Generation.</summary>
    public static AiTaskType Generation { get; } = new("Generation");

    /// <summary>Detection.</summary>
    public static AiTaskType Detection { get; } = new("Detection");

    /// <summary>Ranking.</summary>
    public static AiTaskType Ranking { get; } = new("Ranking");

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
