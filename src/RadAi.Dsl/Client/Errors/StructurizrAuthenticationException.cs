using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>The server rejected the credentials (HTTP 401): wrong key, wrong secret, or the wrong mode for this server.</summary>
public sealed class StructurizrAuthenticationException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrAuthenticationException() : this("The Structurizr server rejected the credentials.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrAuthenticationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrAuthenticationException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the mode that was used and the server's message.</summary>
    public StructurizrAuthenticationException(string message, StructurizrAuthenticationMode mode, string? serverMessage)
        : base(message, HttpStatusCode.Unauthorized, serverMessage) => Mode = mode;

    /// <summary>The authentication mode the client used.</summary>
    public StructurizrAuthenticationMode Mode { get; }
}
