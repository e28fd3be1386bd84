namespace RadAi.Dsl;

/// <summary>A feedback loop where model outputs shape future training data (E3).</summary>
public sealed record FeedbackLoop : RadAiRecord
{
    /// <summary>Loop name.</summary>
    public required string Name { get; init; }

    /// <summary>Where it starts (output of …).</summary>
    public string? From { get; init; }

    /// <summary>Where it ends (input to …).</summary>
    public string? To { get; init; }

    /// <summary>How outputs become inputs, e.g. "clicks logged as labels".</summary>
    public string? Mechanism { get; init; }

    /// <summary>What can go wrong.</summary>
    public string? Risk { get; init; }

    /// <summary>How it is contained.</summary>
    public string? Mitigation { get; init; }

    /// <summary>The elements on the loop, in order.</summary>
    public EquatableList<ElementRef> Elements { get; init; } = [];

    /// <summary>How serious the risk is.</summary>
    public Severity? Severity { get; init; }
}
