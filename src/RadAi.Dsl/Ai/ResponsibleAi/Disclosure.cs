namespace RadAi.Dsl;

/// <summary>A transparency disclosure (E4).</summary>
public sealed record Disclosure : RadAiRecord
{
    /// <summary>Where it applies, e.g. "End-user interaction".</summary>
    public required string Context { get; init; }

    /// <summary>What is disclosed.</summary>
    public string? Text { get; init; }

    /// <summary>How, e.g. "UI label".</summary>
    public string? Format { get; init; }

    /// <summary>The regulation requiring it.</summary>
    public string? Regulation { get; init; }
}
