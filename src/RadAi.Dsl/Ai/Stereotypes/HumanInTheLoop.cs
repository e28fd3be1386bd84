using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;Human-in-the-Loop&gt;&gt; stereotype: trigger condition, response SLA.</summary>
public sealed class HumanInTheLoop : StereotypedElement
{
    internal HumanInTheLoop(Element element) : base(element, Stereotype.HumanInTheLoop) { }

    /// <summary>When a human must intervene, e.g. "confidence &lt; 0.7".</summary>
    public string? Trigger => Get("trigger");

    /// <summary>The turnaround required for the human decision, as written ("4 h", "immediate", "P1: 5 min / P2: 30 min").</summary>
    public StatedValue? ResponseSla => Read<StatedValue>("responseSla");

    private protected override IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => Parsers;

    private static readonly (string, Func<string, object>)[] Parsers = [("responseSla", StatedValue.ReadStored)];
}
