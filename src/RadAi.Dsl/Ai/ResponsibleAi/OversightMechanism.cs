namespace RadAi.Dsl.Ai.ResponsibleAi;

/// <summary>A human oversight mechanism (E4): scope, trigger, authority, response SLA.</summary>
/// <param name="Mechanism">e.g. "Human-in-the-loop review".</param>
/// <param name="Scope">What it covers.</param>
/// <param name="Trigger">When it acts, e.g. "confidence &lt; 0.7".</param>
/// <param name="Authority">Who decides.</param>
public sealed record OversightMechanism(string Mechanism, string Scope, string Trigger, string Authority)
{
    /// <summary>Response SLA.</summary>
    public TimeSpan? ResponseSla { get; init; }

    /// <summary>How often it runs, for periodic reviews.</summary>
    public Freshness? Frequency { get; init; }

    /// <summary>The &lt;&lt;Human-in-the-Loop&gt;&gt; element implementing it.</summary>
    public ElementRef? Element { get; init; }
}
