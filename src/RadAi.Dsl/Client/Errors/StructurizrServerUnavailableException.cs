using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>
/// The request still failed after the allowed retries: the server answered 429 or 5xx, timed out, or dropped the connection.
/// </summary>
public sealed class StructurizrServerUnavailableException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrServerUnavailableException() : this("The Structurizr server is unavailable.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrServerUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrServerUnavailableException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the last answer and the number of attempts.</summary>
    public StructurizrServerUnavailableException(string message, HttpStatusCode? statusCode, string? serverMessage, int attempts, Exception? innerException)
        : base(message, statusCode, serverMessage, innerException) => Attempts = attempts;

    /// <summary>How many attempts were made (the first one plus the retries).</summary>
    public int Attempts { get; }
}
