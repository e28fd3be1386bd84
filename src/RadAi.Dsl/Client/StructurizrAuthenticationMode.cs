namespace RadAi.Dsl.Client;

/// <summary>How the client proves who it is to the Structurizr server.</summary>
public enum StructurizrAuthenticationMode
{
    /// <summary>
    /// API key and secret: every request is signed with HMAC-SHA256 (<c>X-Authorization</c>, <c>Nonce</c>,
    /// <c>Content-MD5</c>). Used by the Structurizr cloud service, the on-premises installation and Lite.
    /// </summary>
    Hmac,

    /// <summary>API key only, sent as <c>X-Authorization</c>; the 2026 Structurizr server. Chosen when no secret is given.</summary>
    ApiKey,
}
