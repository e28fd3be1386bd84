using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>
/// The server answered with success, but not with what the Structurizr API sends: a pull that is not a workspace
/// (e.g. a proxy's HTML login page), or a push, lock or unlock without <c>{"success":true}</c>. Nothing is counted
/// as done, and nothing local is replaced.
/// </summary>
public sealed class StructurizrInvalidResponseException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrInvalidResponseException() : this("The Structurizr server's answer is not what the API sends.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrInvalidResponseException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrInvalidResponseException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the status and where the answer was archived.</summary>
    public StructurizrInvalidResponseException(string message, HttpStatusCode statusCode, string? archivedTo, Exception? innerException = null)
        : base(message, statusCode, null, innerException) => ArchivedTo = archivedTo;

    /// <summary>The local copy of a pulled answer as received, or null (not a pull, or archiving is off).</summary>
    public string? ArchivedTo { get; }
}
