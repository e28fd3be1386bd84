using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>An element with the &lt;&lt;Human-in-the-Loop&gt;&gt; stereotype: trigger condition, response SLA.</summary>
public sealed class HumanInTheLoop : StereotypedElement
{
    internal HumanInTheLoop(Element element) : base(element, Stereotype.HumanInTheLoop) { }

    /// <summary>When a human must intervene, e.g. "confidence &lt; 0.7".</summary>
    public string? Trigger => Get("trigger");

    /// <summary>The turnaround required for the human decision.</summary>
    /// <exception cref="FormatException">The stored text is not a duration; the message names the element and the property.</exception>
    public TimeSpan? ResponseSla => ReadValue<TimeSpan>("responseSla");

    private protected override IReadOnlyList<(string Key, Func<string, object> Parse)> TypedFacts => Parsers;

    private static readonly (string, Func<string, object>)[] Parsers = [("responseSla", s => DurationText.Parse(s))];
}
