using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>The server has no such workspace or branch (HTTP 404, or the on-premises server's 400 "404").</summary>
public sealed class StructurizrWorkspaceNotFoundException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrWorkspaceNotFoundException() : this("The Structurizr workspace was not found.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrWorkspaceNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrWorkspaceNotFoundException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the server's answer.</summary>
    public StructurizrWorkspaceNotFoundException(string message, HttpStatusCode statusCode, string? serverMessage)
        : base(message, statusCode, serverMessage) { }
}
