namespace RadAi.Dsl.Client;

/// <summary>The headers of one signed request.</summary>
/// <param name="XAuthorization">The <c>X-Authorization</c> value.</param>
/// <param name="Nonce">The <c>Nonce</c> value.</param>
/// <param name="ContentMd5Header">The <c>Content-MD5</c> value (base64 of the hex digest).</param>
/// <param name="StringToSign">What was signed (for tests and diagnostics; it holds no secret).</param>
internal sealed record SignedHeaders(string XAuthorization, string Nonce, string ContentMd5Header, string StringToSign);

/// <summary>Signs legacy Structurizr API requests (cloud, on-premises, Lite) with the API key and secret.</summary>
internal sealed class HmacRequestSigner(string apiKey, string apiSecret)
{
    /// <summary>The content type of a workspace PUT, exactly as sent and signed.</summary>
    public const string JsonContentType = "application/json; charset=UTF-8";

    /// <summary>Signs a request.</summary>
    /// <param name="method">GET, PUT or DELETE.</param>
    /// <param name="pathAndQuery">The path as the server rebuilds it (with base path, and the unescaped lock query).</param>
    /// <param name="body">The body bytes (empty for GET, DELETE and lock).</param>
    /// <param name="contentType">The Content-Type sent, or "" when none is sent.</param>
    /// <param name="nonce">The nonce sent.</param>
    public SignedHeaders Sign(string method, string pathAndQuery, ReadOnlySpan<byte> body, string contentType, string nonce)
    {
        var md5 = body.IsEmpty ? Md5Hex.OfEmpty : Md5Hex.Of(body);
        var stringToSign = HmacContent.ForRequest(method, pathAndQuery, md5, contentType, nonce);
        var header = new HmacAuthorizationHeader(apiKey, HmacSha256Hex.Of(apiSecret, stringToSign));
        return new SignedHeaders(header.Format(), nonce, Md5Hex.ToHeaderValue(md5), stringToSign);
    }

    /// <inheritdoc />
    public override string ToString() => $"HmacRequestSigner {{ ApiKey = {ApiKeyFingerprint.Of(apiKey)} }}";
}
