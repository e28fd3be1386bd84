namespace RadAi.Dsl.Tests.Client.Server;

/// <summary>A fault the fake server applies to the next request instead of serving it (nothing is stored).</summary>
public abstract record ServerFault
{
    /// <summary>Answers with a status and a Structurizr-style JSON message, optionally with Retry-After (seconds).</summary>
    public sealed record Status(int Code, string Message, int? RetryAfterSeconds = null) : ServerFault;

    /// <summary>Waits (past the client's timeout), then drops the connection.</summary>
    public sealed record Slow(TimeSpan Delay) : ServerFault;

    /// <summary>Drops the connection without answering.</summary>
    public sealed record Drop : ServerFault;

    /// <summary>Answers with a redirect (e.g. 307) to <paramref name="Location"/>.</summary>
    public sealed record Redirect(int Code, string Location) : ServerFault;

    /// <summary>Answers with any body, e.g. an HTML login page with status 200.</summary>
    public sealed record Body(int Code, string ContentType, string Text) : ServerFault;

    /// <summary>
    /// Streams a body that does not end: <paramref name="Prefix"/>, then 'a' until the client goes away (or
    /// <see cref="SafetyStop"/> bytes, so that a client that reads everything fails the test instead of the machine).
    /// </summary>
    public sealed record Endless(int Code, string Prefix) : ServerFault
    {
        public const long SafetyStop = 128L * 1024 * 1024;
    }

    public static ServerFault InternalError => new Status(500, "Internal server error");
    public static ServerFault Unavailable => new Status(503, "Service unavailable");
    public static ServerFault TooManyRequests(int retryAfterSeconds) => new Status(429, "Too many requests", retryAfterSeconds);
    public static ServerFault Unauthorized => new Status(401, "Incorrect API key");
}
