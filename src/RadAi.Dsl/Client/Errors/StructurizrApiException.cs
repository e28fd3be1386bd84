using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>
/// A Structurizr server refused or failed a request. The message says what was asked, what the server answered
/// (its own message included) and what would fix it; it never contains the API secret.
/// </summary>
public class StructurizrApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StructurizrApiException() : this("The Structurizr server refused the request.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrApiException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrApiException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the server's answer.</summary>
    public StructurizrApiException(string message, HttpStatusCode? statusCode, string? serverMessage, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ServerMessage = serverMessage;
    }

    /// <summary>The HTTP status of the last answer, or null when none came (timeout, dropped connection).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The server's own message (the <c>message</c> of its JSON answer), or null.</summary>
    public string? ServerMessage { get; }
}
