namespace RadAi.Dsl;

/// <summary>An HTTP health check of a deployed instance; <see cref="StaticStructureElementInstance.AddHealthCheck(string, string, int, long)"/> makes one.</summary>
public sealed record HealthCheck
{
    internal HealthCheck(string name, string url, int intervalSeconds, long timeoutMilliseconds)
    {
        Name = name;
        Url = url;
        IntervalSeconds = intervalSeconds;
        TimeoutMilliseconds = timeoutMilliseconds;
    }

    /// <summary>What is checked.</summary>
    public string Name { get; init; }

    /// <summary>The endpoint.</summary>
    public string Url { get; init; }

    /// <summary>Polling interval in seconds. Default: 60.</summary>
    public int IntervalSeconds { get; init; } = 60;

    /// <summary>Timeout in milliseconds. Default: 0.</summary>
    public long TimeoutMilliseconds { get; init; }

    /// <summary>Headers sent with the check, in insertion order.</summary>
    public PropertyDictionary Headers { get; } = new();
}
