namespace RadAi.Dsl.Ai.BoundaryDelineation;

/// <summary>An external AI service the system depends on (E1).</summary>
public sealed record ExternalAiService
{
    /// <summary>Creates the row.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="provider">Provider.</param>
    /// <param name="dataSent">What data leaves the system.</param>
    /// <param name="fallback">What happens when it is down.</param>
    /// <param name="availabilityPercent">Availability SLA in percent, e.g. 99.99.</param>
    /// <exception cref="ArgumentOutOfRangeException">Availability outside [0, 100].</exception>
    public ExternalAiService(string service, string provider, string dataSent, string fallback, double? availabilityPercent = null)
    {
        if (availabilityPercent is < 0 or > 100 || (availabilityPercent is { } a && double.IsNaN(a)))
            throw new ArgumentOutOfRangeException(nameof(availabilityPercent), availabilityPercent, $"Availability of '{service}' must lie within [0, 100] percent.");
        Service = service;
        Provider = provider;
        AvailabilityPercent = availabilityPercent;
        DataSent = dataSent;
        Fallback = fallback;
    }

    /// <summary>Service name.</summary>
    public string Service { get; }

    /// <summary>Provider.</summary>
    public string Provider { get; }

    /// <summary>Availability SLA in percent.</summary>
    public double? AvailabilityPercent { get; }

    /// <summary>What data leaves the system.</summary>
    public string DataSent { get; }

    /// <summary>What happens when it is down.</summary>
    public string Fallback { get; }

    /// <summary>The element representing it, when modelled.</summary>
    public ElementRef? Element { get; init; }
}
