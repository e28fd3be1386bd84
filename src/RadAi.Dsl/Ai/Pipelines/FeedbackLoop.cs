namespace RadAi.Dsl.Ai.Pipelines;

/// <summary>A feedback loop where model outputs shape future training data (E3).</summary>
/// <param name="Name">Loop name.</param>
/// <param name="From">Where it starts (output of …).</param>
/// <param name="To">Where it ends (input to …).</param>
/// <param name="Mechanism">How outputs become inputs, e.g. "clicks logged as labels".</param>
/// <param name="Risk">What can go wrong.</param>
/// <param name="Mitigation">How it is contained.</param>
public sealed record FeedbackLoop(string Name, string From, string To, string Mechanism, string Risk, string Mitigation)
{
    /// <summary>The elements on the loop, in order.</summary>
    public EquatableList<ElementRef> Elements { get; init; } = [];

    /// <summary>How serious the risk is.</summary>
    public Severity? Severity { get; init; }
}
