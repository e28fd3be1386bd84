using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>Words for RAD-AI values in the extension documents (culture-invariant; Humanizer where a plain enum name reads well).</summary>
internal static class RadAiText
{
    /// <summary>Element names, comma-separated; null when there are none (a table shows "not stated").</summary>
    public static string? Names(IEnumerable<ElementRef> elements)
    {
        var names = elements.Select(e => e.Name).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>Element names, comma-separated.</summary>
    public static string? Names(IEnumerable<Element> elements) => Names(elements.Select(ElementRef.From));

    /// <summary>A list as one cell: "a; b; c", or null.</summary>
    public static string? List(IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }

    /// <summary>A share in [0, 1] as a percentage: 0.05 → "5 %".</summary>
    public static string Percent(double share) => Words.Number(Math.Round(share * 100, 3)) + " %";

    /// <summary>A confidence value as the model writes it: "0.60".</summary>
    public static string Confidence(double value) => ConfidenceRange.Format(value);

    /// <summary>"Deterministic", "Non-deterministic", "Boundary", "Fallback", or a region of the user's as written.</summary>
    public static string Of(Region region) => region.Name;

    /// <summary>A risk class: a well-known one as "High risk", one of the user's as written, then the rationale in brackets; null when not stated.</summary>
    public static string? Risk(RiskClassification? risk, string? rationale = null)
    {
        if (risk is not { } stated) return null;
        var text = stated.IsWellKnown ? stated.Name + " risk" : stated.Name;
        return rationale is null ? text : text + " (" + rationale + ")";
    }

    /// <summary>"PSI", "KL divergence", … .</summary>
    public static string? Of(DriftMethod? method) => method is { } stated ? Of(stated) : null;

    /// <summary>"PSI", "KL divergence", … .</summary>
    public static string Of(DriftMethod method) => method switch
    {
        DriftMethod.Psi => "PSI",
        DriftMethod.KlDivergence => "KL divergence",
        DriftMethod.KsTest => "KS test",
        DriftMethod.ChiSquare => "Chi-square test",
        DriftMethod.MetricDegradation => "Metric degradation",
        _ => "Other",
    };

    /// <summary>"Canary", "Blue-green", "Shadow", "Rolling", "A/B test".</summary>
    public static string Of(RolloutKind kind) => kind switch
    {
        RolloutKind.BlueGreen => "Blue-green",
        RolloutKind.Shadow => "Shadow",
        RolloutKind.Rolling => "Rolling",
        RolloutKind.AbTest => "A/B test",
        _ => "Canary",
    };

    /// <summary>"Scheduled", "Event-driven", "Manual".</summary>
    public static string? Of(TriggerKind? kind) => kind is { } stated ? Of(stated) : null;

    /// <summary>"Scheduled", "Event-driven", "Manual".</summary>
    public static string Of(TriggerKind kind) => kind switch
    {
        TriggerKind.EventDriven => "Event-driven",
        TriggerKind.Manual => "Manual",
        _ => "Scheduled",
    };

    /// <summary>"Database", "API", "Stream", "File", "Manual", "Pipeline output", "Aggregate".</summary>
    public static string Of(DataSourceKind kind) => kind == DataSourceKind.Api ? "API" : Words.Of(kind);

    /// <summary>The kind as words, or null when it is not stated.</summary>
    public static string? Of(DataSourceKind? kind) => kind is { } stated ? Of(stated) : null;

    /// <summary>A span of time: whole days as days ("30 days", not "4 weeks, 2 days"), else through Humanizer ("250 milliseconds").</summary>
    public static string Span(TimeSpan span)
        => span > TimeSpan.Zero && span.Ticks % TimeSpan.TicksPerDay == 0 ? Words.Count((int)span.TotalDays, "day") : Words.Duration(span);

    /// <summary>"Yes"/"No".</summary>
    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>
    /// "Container", "Component", "Software System", "Person"; for a custom element what it is ("Confidence Gate", from
    /// its metadata), never a Structurizr type name.
    /// </summary>
    public static string TypeOf(Element element) => element switch
    {
        Person => "Person",
        SoftwareSystem => "Software System",
        Container => "Container",
        Component => "Component",
        DeploymentNode => "Deployment Node",
        InfrastructureNode => "Infrastructure Node",
        SoftwareSystemInstance => "Software System",
        ContainerInstance => "Container",
        CustomElement { Metadata: { } metadata } when !string.IsNullOrWhiteSpace(metadata) => metadata,
        _ => "Element",
    };
}
