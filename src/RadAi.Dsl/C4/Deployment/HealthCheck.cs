namespace RadAi.Dsl.C4;

/// <summary>An HTTP health check of a deployed instance.</summary>
/// <param name="Name">What is checked.</param>
/// <param name="Url">The endpoint.</param>
/// <param name="IntervalSeconds">Polling interval in seconds.</param>
/// <param name="TimeoutMilliseconds">Timeout in milliseconds.</param>
public sealed record HealthCheck(string Name, string Url, int IntervalSeconds = 60, long TimeoutMilliseconds = 0)
{
    /// <summary>Headers sent with the check, in insertion order.</summary>
    public PropertyDictionary Headers { get; } = new();
}
