namespace RadAi.Dsl;

/// <summary>
/// An external AI service the system depends on (E1). <see cref="AiBoundaryDelineation.AddExternalService"/> checks
/// that the availability lies within [0, 100] percent.
/// </summary>
public sealed record ExternalAiService : RadAiRecord
{
    /// <summary>Service name.</summary>
    public required string Service { get; init; }

    /// <summary>Provider.</summary>
    public string? Provider { get; init; }

    /// <summary>Availability SLA in percent, e.g. 99.99; null when none is stated.</summary>
    public double? AvailabilityPercent { get; init; }

    /// <summary>What data leaves the system.</summary>
    public string? DataSent { get; init; }

    /// <summary>What happens when it is down.</summary>
    public string? Fallback { get; init; }

    /// <summary>The element representing it, when modelled.</summary>
    public ElementRef? Element { get; init; }

    /// <summary>Throws unless the availability, when stated, lies within [0, 100].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Availability outside [0, 100].</exception>
    internal void RequireAvailabilityInRange()
    {
        if (AvailabilityPercent is < 0 or > 100 || (AvailabilityPercent is { } a && double.IsNaN(a)))
            throw new ArgumentOutOfRangeException(nameof(AvailabilityPercent), AvailabilityPercent, $"Availability of '{Service}' must lie within [0, 100] percent.");
    }
}
