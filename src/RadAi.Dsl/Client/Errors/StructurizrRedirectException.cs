using System.Net;

namespace RadAi.Dsl.Client;

/// <summary>
/// The server answered with a redirect (3xx). The client does not follow redirects: the credentials and the workspace
/// go only to the configured API URL. When a supplied <see cref="HttpClient"/> followed one anyway, this is raised too,
/// after the fact (see <see cref="StructurizrClient"/>).
/// </summary>
public sealed class StructurizrRedirectException : StructurizrApiException
{
    /// <summary>Creates the exception.</summary>
    public StructurizrRedirectException() : this("The Structurizr server redirected the request elsewhere.") { }

    /// <summary>Creates the exception.</summary>
    public StructurizrRedirectException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public StructurizrRedirectException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the status and where the redirect pointed.</summary>
    public StructurizrRedirectException(string message, HttpStatusCode statusCode, Uri? location, bool followed)
        : base(message, statusCode, null)
    {
        Location = location;
        Followed = followed;
    }

    /// <summary>Where the server redirected to (its <c>Location</c>), or null when it named no valid address.</summary>
    public Uri? Location { get; }

    /// <summary>
    /// True when the supplied HTTP client followed the redirect before the client could refuse it: the request,
    /// credentials included, has then reached <see cref="Location"/>.
    /// </summary>
    public bool Followed { get; }
}
