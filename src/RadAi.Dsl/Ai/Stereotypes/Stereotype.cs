using System.Text.RegularExpressions;
using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>
/// An AI component stereotype (C4-E1): the tag it puts on elements, its diagram label ("[ML]"), its required
/// properties and its default style. The framework's five are built in; register your own (e.g. LLM, Vector Store)
/// with <see cref="StereotypeCatalog.Register"/> and they flow through exactly like the five.
/// </summary>
/// <param name="Name">The tag and the stereotype's name, e.g. "ML Model" (shown as &lt;&lt;ML Model&gt;&gt;).</param>
/// <param name="Label">The short label, e.g. "ML" (shown as [ML]); also the property namespace (radai:ml.*).</param>
/// <example><code>
/// var llm = new Stereotype("LLM", "LLM") { Description = "Hosted large language model",
///     RequiredProperties = [new("provider", "Who hosts it"), new("contextWindow", "Tokens per request")],
///     Shape = Shape.Hexagon, Background = "#d1c4e9" };
/// workspace.RadAi().Stereotypes.Register(llm);
/// </code></example>
public sealed partial record Stereotype(string Name, string Label)
{
    /// <summary>What elements with this stereotype are.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The properties every element with this stereotype should carry, in order.</summary>
    public EquatableList<StereotypeProperty> RequiredProperties { get; init; } = [];

    /// <summary>Default shape in Structurizr.</summary>
    public Shape Shape { get; init; } = Shape.RoundedBox;

    /// <summary>Default background colour ("#rrggbb").</summary>
    public string Background { get; init; } = "#eeeeee";

    /// <summary>Default text colour ("#rrggbb").</summary>
    public string Color { get; init; } = "#000000";

    /// <summary>The label in brackets, e.g. "[ML]".</summary>
    public string BracketLabel => "[" + Label + "]";

    /// <summary>The full property key for a property key of this stereotype, e.g. "radai:ml.version".</summary>
    public string PropertyKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // Made for every fact read or set, so as one string (lower-casing the label in place), not three.
        return string.Create(RadAiConvention.Prefix.Length + Label.Length + 1 + key.Length, (Label, Key: key), static (text, parts) =>
        {
            RadAiConvention.Prefix.CopyTo(text);
            var at = RadAiConvention.Prefix.Length;
            at += parts.Label.AsSpan().ToLowerInvariant(text[at..]);
            text[at++] = '.';
            parts.Key.CopyTo(text[at..]);
        });
    }

    /// <summary>&lt;&lt;ML Model&gt;&gt; — an inference endpoint serving predictions.</summary>
    public static Stereotype MlModel { get; } = new("ML Model", "ML")
    {
        Description = "Inference endpoint serving predictions",
        RequiredProperties = [new("version", "Deployed model version"), new("primaryMetric", "Primary evaluation metric and value"),
            new("confidence", "Expected confidence range"), new("latency", "Serving latency target")],
        Shape = Shape.RoundedBox, Background = "#bbdefb",
    };

    /// <summary>&lt;&lt;Data Pipeline&gt;&gt; — a data flow component with transformation logic.</summary>
    public static Stereotype DataPipeline { get; } = new("Data Pipeline", "DP")
    {
        Description = "Data flow component with transformation logic",
        RequiredProperties = [new("schedule", "Batch frequency or continuous"), new("sla", "Latency or freshness commitment"),
            new("qualityGates", "Data quality checks applied")],
        Shape = Shape.Pipe, Background = "#ffe0b2",
    };

    /// <summary>&lt;&lt;Feature Store&gt;&gt; — shared feature computation and serving (consumers come from relationships).</summary>
    public static Stereotype FeatureStore { get; } = new("Feature Store", "FS")
    {
        Description = "Shared feature computation and serving",
        RequiredProperties = [new("featureCount", "Number of managed features"), new("refresh", "How often features are refreshed")],
        Shape = Shape.Cylinder, Background = "#c8e6c9",
    };

    /// <summary>&lt;&lt;Monitor&gt;&gt; — drift detection and model health monitoring.</summary>
    public static Stereotype Monitor { get; } = new("Monitor", "MON")
    {
        Description = "Drift detection and model health monitoring",
        RequiredProperties = [new("metrics", "Metrics tracked"), new("alertThresholds", "Conditions that trigger alerts")],
        Shape = Shape.Ellipse, Background = "#f8bbd0",
    };

    /// <summary>&lt;&lt;Human-in-the-Loop&gt;&gt; — a manual review or override point.</summary>
    public static Stereotype HumanInTheLoop { get; } = new("Human-in-the-Loop", "HITL")
    {
        Description = "Manual review or override intervention point",
        RequiredProperties = [new("trigger", "When a human must intervene"), new("responseSla", "Turnaround for the human decision")],
        Shape = Shape.Person, Background = "#fff9c4",
    };

    /// <summary>The framework's five stereotypes, in the framework's order.</summary>
    public static IReadOnlyList<Stereotype> BuiltIn { get; } = [MlModel, DataPipeline, FeatureStore, Monitor, HumanInTheLoop];

    /// <summary>"&lt;&lt;ML Model&gt;&gt; [ML]".</summary>
    public override string ToString() => "<<" + Name + ">> " + BracketLabel;

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Contains(',', StringComparison.Ordinal))
            throw new ModelException($"Stereotype name '{Name}' must be a non-empty tag without commas.");
        if (Name is "Element" or "Person" or "Software System" or "Container" or "Component" or "Relationship" or "Deployment Node" or "Infrastructure Node")
            throw new ModelException($"Stereotype name '{Name}' is a Structurizr built-in tag; choose another name.");
        if (string.IsNullOrWhiteSpace(Label) || !LabelPattern().IsMatch(Label))
            throw new ModelException($"Stereotype label '{Label}' must be letters, digits or '-' (e.g. \"LLM\").");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in RequiredProperties)
        {
            if (p is null || !KeyPattern().IsMatch(p.Key))
                throw new ModelException($"Stereotype '{Name}': property key '{p?.Key}' must be a camelCase word.");
            if (!keys.Add(p.Key)) throw new ModelException($"Stereotype '{Name}': property '{p.Key}' is listed twice.");
        }
        _ = ElementStyleCheck(Background);
        _ = ElementStyleCheck(Color);
    }

    private static string ElementStyleCheck(string colour)
        => ColourPattern().IsMatch(colour ?? string.Empty) ? colour! : throw new ModelException($"'{colour}' is not a colour; use \"#rrggbb\".");

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();
}
