using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>The workspace is locked by someone else (HTTP 409, or a lock request the server refused).</summary>
public sealed class StructurizrWorkspaceLockedException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrWorkspaceLockedException() : this("The Structurizr workspace is locked.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrWorkspaceLockedException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrWorkspaceLockedException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the lock holder the server named.</summary>
    public StructurizrWorkspaceLockedException(string message, HttpStatusCode statusCode, string? serverMessage, string? lockedBy, string? lockedWithAgent)
        : base(message, statusCode, serverMessage)
    {
        LockedBy = lockedBy;
        LockedWithAgent = lockedWithAgent;
    }

    /// <summary>Who holds the lock, when the server said (e.g. <c>user@example.com</c>).</summary>
    public string? LockedBy { get; }

    /// <summary>The tool the lock holder used, when the server said (e.g. <c>structurizr-web/3.1.0</c>).</summary>
    public string? LockedWithAgent { get; }
}
