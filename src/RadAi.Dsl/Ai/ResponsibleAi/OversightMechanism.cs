namespace RadAi.Dsl;

/// <summary>A human oversight mechanism (E4): scope, trigger, authority, response SLA.</summary>
public sealed record OversightMechanism : RadAiRecord
{
    /// <summary>The mechanism, e.g. "Human-in-the-loop review".</summary>
    public required string Mechanism { get; init; }

    /// <summary>What it covers.</summary>
    public string? Scope { get; init; }

    /// <summary>When it acts, e.g. "confidence &lt; 0.7".</summary>
    public string? Trigger { get; init; }

    /// <summary>Who decides.</summary>
    public string? Authority { get; init; }

    /// <summary>Response SLA.</summary>
    public StatedValue? ResponseSla { get; init; }

    /// <summary>How often it runs, for periodic reviews.</summary>
    public Freshness? Frequency { get; init; }

    /// <summary>The &lt;&lt;Human-in-the-Loop&gt;&gt; element implementing it.</summary>
    public ElementRef? Element { get; init; }
}
