namespace RadAi.Dsl.Tests.Client.Server;

/// <summary>Which Structurizr server the fake imitates.</summary>
public enum FakeServerKind
{
    /// <summary>On-premises / Lite: HMAC with key and secret, 400 "404" for unknown workspaces, legacy lock message.</summary>
    LegacyHmac,
    /// <summary>The 2026 server: X-Authorization = API key, branches, 404, its own lock message.</summary>
    ApiKey,
}
