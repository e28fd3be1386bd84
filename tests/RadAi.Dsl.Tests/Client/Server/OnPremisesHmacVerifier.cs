using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RadAi.Dsl.Tests.Client.Server;

/// <summary>
/// Checks a legacy request the way the Structurizr on-premises server does (WorkspaceApiController), written from
/// FACTS.md §3.3 independently of the client's signer so that the two cannot share one mistake.
/// </summary>
public sealed class OnPremisesHmacVerifier(string apiKey, string apiSecret)
{
    /// <summary>The result: null message when accepted.</summary>
    public sealed record Result(string? Error, long Nonce)
    {
        public bool Accepted => Error is null;
    }

    /// <param name="method">HTTP method.</param>
    /// <param name="path">The path the server rebuilds (context path + api/workspace/{id}..., with the decoded lock query).</param>
    /// <param name="contentTypeHeader">The Content-Type header as received, or null.</param>
    /// <param name="nonceHeader">The Nonce header, or null.</param>
    /// <param name="contentMd5Header">The Content-MD5 header, or null.</param>
    /// <param name="authorizationHeader">X-Authorization (or Authorization), or null.</param>
    /// <param name="body">The body.</param>
    public Result Verify(string method, string path, string? contentTypeHeader, string? nonceHeader, string? contentMd5Header, string? authorizationHeader, byte[] body)
    {
        if (string.IsNullOrEmpty(authorizationHeader)) return new("Authorization header must be provided", 0);
        var parts = authorizationHeader.Split(':');
        if (parts.Length != 2) return new("Invalid authorization header", 0);
        if (parts[0] != apiKey) return new("Incorrect API key", 0);

        string contentType;
        if (string.IsNullOrEmpty(contentTypeHeader) || contentTypeHeader.StartsWith(';')) contentType = "";
        else if (contentTypeHeader.Contains(' ', StringComparison.Ordinal)) contentType = contentTypeHeader;
        else
        {
            // the server splits on ';' and rejoins with "; " — no ';' means an exception, hence 401
            var ct = contentTypeHeader.Split(';');
            if (ct.Length < 2) return new("Invalid content type", 0);
            contentType = ct[0] + "; " + ct[1];
        }

        if (string.IsNullOrEmpty(nonceHeader)) return new("Request header missing: Nonce", 0);
        if (!long.TryParse(nonceHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var nonce)) return new("Nonce is not a number", 0);

#pragma warning disable CA5351 // the protocol's integrity check
        var md5Hex = Convert.ToHexStringLower(MD5.HashData(body));
#pragma warning restore CA5351
        if (body.Length > 0)
        {
            if (string.IsNullOrEmpty(contentMd5Header)) return new("Request header missing: Content-MD5", nonce);
            string sentMd5;
            try { sentMd5 = Encoding.UTF8.GetString(Convert.FromBase64String(contentMd5Header)); }
            catch (FormatException) { return new("MD5 hash doesn't match content", nonce); }
            if (sentMd5 != md5Hex) return new("MD5 hash doesn't match content", nonce);
        }

        var stringToSign = method + "\n" + path + "\n" + md5Hex + "\n" + contentType + "\n" + nonceHeader + "\n";
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiSecret), Encoding.UTF8.GetBytes(stringToSign)));
        string sentHmac;
        try { sentHmac = Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])); }
        catch (FormatException) { return new("Invalid authorization header", nonce); }
        return sentHmac == expected ? new(null, nonce) : new("Authorization header doesn't match", nonce);
    }
}
