using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>
/// The server's answer was larger than the client accepts (<see cref="StructurizrClientOptions.MaxWorkspaceBytes"/>
/// for a workspace); the client stopped reading at the limit.
/// </summary>
public sealed class StructurizrResponseTooLargeException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrResponseTooLargeException() : this("The Structurizr server's answer is too large.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrResponseTooLargeException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrResponseTooLargeException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the status and the limit that was passed.</summary>
    public StructurizrResponseTooLargeException(string message, HttpStatusCode statusCode, long limitBytes)
        : base(message, statusCode, null) => LimitBytes = limitBytes;

    /// <summary>The limit, in bytes.</summary>
    public long LimitBytes { get; }
}
