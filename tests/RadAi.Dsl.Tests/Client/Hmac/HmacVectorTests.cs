using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using RadAi.Dsl.Client;
using RadAi.Dsl.Tests.Client.Server;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Client.Hmac;

/// <summary>Every vector of api-hmac-test-vectors.json, for the client's signer and for the test server's verifier.</summary>
public class HmacVectorTests
{
    public static TheoryData<int> Md5 => HmacVectors.Indexes("md5Hex");
    public static TheoryData<int> Hmacs => HmacVectors.Indexes("hmacSha256Hex");
    public static TheoryData<int> Headers => HmacVectors.Indexes("authorizationHeader");
    public static TheoryData<int> Contents => HmacVectors.Indexes("hmacContent");
    public static TheoryData<int> Requests => HmacVectors.Indexes("fullRequests");

    public static TheoryData<int> CapturedRequests
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < HmacVectors.Section("fullRequests").GetArrayLength(); i++)
                if (HmacVectors.FullRequest(i).TryGetProperty("headersSent", out _)) data.Add(i);
            return data;
        }
    }

    [Theory, MemberData(nameof(Md5))]
    public void Md5_hex_matches(int index)
    {
        var v = HmacVectors.Section("md5Hex")[index];
        Assert.Equal(v.Text("md5"), Md5Hex.Of(v.Text("input")));
    }

    [Fact]
    public void Md5_of_null_is_the_md5_of_the_empty_string()
        => Assert.Equal(Md5Hex.OfEmpty, Md5Hex.Of((string?)null));

    [Theory, MemberData(nameof(Hmacs))]
    public void Hmac_sha256_hex_matches(int index)
    {
        var v = HmacVectors.Section("hmacSha256Hex")[index];
        Assert.Equal(v.Text("hmac"), HmacSha256Hex.Of(v.Text("secret"), v.Text("content")));
    }

    [Theory, MemberData(nameof(Headers))]
    public void Authorization_header_formats_and_parses(int index)
    {
        var v = HmacVectors.Section("authorizationHeader")[index];
        var header = new HmacAuthorizationHeader(v.Text("apiKey"), v.Text("hmacHex"));
        Assert.Equal(v.Text("header"), header.Format());
        Assert.Equal(header, HmacAuthorizationHeader.Parse(v.Text("header")));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("1:2:3")]
    public void Authorization_header_with_other_than_two_parts_is_invalid(string value)
        => Assert.Equal("Invalid authorization header", Assert.Throws<FormatException>(() => HmacAuthorizationHeader.Parse(value)).Message);

    [Theory, MemberData(nameof(Contents))]
    public void Hmac_content_ends_every_part_with_a_newline(int index)
    {
        var v = HmacVectors.Section("hmacContent")[index];
        var parts = v.GetProperty("parts").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Equal(v.Text("string"), HmacContent.Join(parts));
    }

    [Theory, MemberData(nameof(Requests))]
    public void Signer_reproduces_the_full_request(int index)
    {
        var v = HmacVectors.FullRequest(index);
        Assert.Equal(v.Text("contentMd5Hex"), Md5Hex.Of(v.Text("body")));
        var signed = new HmacRequestSigner(v.Text("apiKey"), v.Text("apiSecret"))
            .Sign(v.Text("method"), v.Text("pathSigned"), Encoding.UTF8.GetBytes(v.Text("body")), v.Text("contentTypeSigned"), v.Text("nonce"));
        Assert.Equal(v.Text("stringToSign"), signed.StringToSign);
        Assert.Equal(v.Text("hmacHex"), HmacSha256Hex.Of(v.Text("apiSecret"), signed.StringToSign));
        Assert.Equal(v.Text("xAuthorization"), signed.XAuthorization);
        Assert.Equal(v.Text("contentMd5Header"), signed.ContentMd5Header);
        Assert.Equal(v.Text("nonce"), signed.Nonce);
    }

    [Theory, MemberData(nameof(Requests))]
    public void Server_verifier_accepts_the_full_request(int index)
    {
        var v = HmacVectors.FullRequest(index);
        var verifier = new OnPremisesHmacVerifier(v.Text("apiKey"), v.Text("apiSecret"));
        var body = Encoding.UTF8.GetBytes(v.Text("body"));
        var result = verifier.Verify(v.Text("method"), v.Text("pathSigned"), v.Text("contentTypeSigned"), v.Text("nonce"), v.Text("contentMd5Header"), v.Text("xAuthorization"), body);
        Assert.True(result.Accepted, result.Error);
        Assert.Equal(long.Parse(v.Text("nonce"), CultureInfo.InvariantCulture), result.Nonce);
    }

    [Theory, MemberData(nameof(Requests))]
    public void Server_verifier_rejects_a_tampered_request(int index)
    {
        var v = HmacVectors.FullRequest(index);
        var body = Encoding.UTF8.GetBytes(v.Text("body"));
        string Verify(string secret, string path, string nonce, string auth)
            => new OnPremisesHmacVerifier(v.Text("apiKey"), secret).Verify(v.Text("method"), path, v.Text("contentTypeSigned"), nonce, v.Text("contentMd5Header"), auth, body).Error!;

        Assert.Equal("Authorization header doesn't match", Verify("wrong", v.Text("pathSigned"), v.Text("nonce"), v.Text("xAuthorization")));
        Assert.Equal("Authorization header doesn't match", Verify(v.Text("apiSecret"), v.Text("pathSigned") + "0", v.Text("nonce"), v.Text("xAuthorization")));
        Assert.Equal("Authorization header doesn't match", Verify(v.Text("apiSecret"), v.Text("pathSigned"), v.Text("nonce") + "1", v.Text("xAuthorization")));
        Assert.Equal("Incorrect API key", Verify(v.Text("apiSecret"), v.Text("pathSigned"), v.Text("nonce"), "other" + v.Text("xAuthorization")[v.Text("apiKey").Length..]));
        Assert.Equal("Invalid authorization header", Verify(v.Text("apiSecret"), v.Text("pathSigned"), v.Text("nonce"), "1:2:3"));
    }

    [Fact]
    public void Server_verifier_rejects_the_deliberately_wrong_content_md5()
    {
        var v = HmacVectors.FullRequest(1);
        var result = new OnPremisesHmacVerifier("key", "secret").Verify("PUT", v.Text("pathSigned"), "", v.Text("nonce"), "ZmM1ZTAzOGQzOGE1NzAzMjA4NTQ0MWU3ZmU3MDEwYjA=", v.Text("xAuthorization"), Encoding.UTF8.GetBytes(v.Text("body")));
        Assert.Equal("MD5 hash doesn't match content", result.Error);
    }

    [Fact]
    public void Server_verifier_needs_the_nonce_and_the_md5_of_a_body()
    {
        var v = HmacVectors.FullRequest(1);
        var verifier = new OnPremisesHmacVerifier("key", "secret");
        var body = Encoding.UTF8.GetBytes(v.Text("body"));
        Assert.Equal("Request header missing: Nonce", verifier.Verify("PUT", v.Text("pathSigned"), "", null, v.Text("contentMd5Header"), v.Text("xAuthorization"), body).Error);
        Assert.Equal("Request header missing: Content-MD5", verifier.Verify("PUT", v.Text("pathSigned"), "", v.Text("nonce"), null, v.Text("xAuthorization"), body).Error);
        Assert.Equal("Authorization header must be provided", verifier.Verify("PUT", v.Text("pathSigned"), "", v.Text("nonce"), v.Text("contentMd5Header"), null, body).Error);
    }

    /// <summary>
    /// The client builds, for the same method, path, nonce, user, agent and body, the request structurizr-java 5.0.3
    /// sent: same URL path, X-Authorization, Nonce, User-Agent, Content-MD5 and Content-Type (byte for byte).
    /// </summary>
    [Theory, MemberData(nameof(CapturedRequests))]
    public async Task Client_builds_the_request_the_java_client_sent(int index)
    {
        var v = HmacVectors.FullRequest(index);
        var sent = v.GetProperty("headersSent");
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(v.Text("nonce"), CultureInfo.InvariantCulture)));
        var options = new StructurizrClientOptions(new Uri("http://127.0.0.1:8765/api"), 1, v.Text("apiKey"), v.Text("apiSecret"))
        {
            User = "user@example.com",
            Agent = sent.Text("User-Agent"),
        };
        var transport = new StructurizrTransport(options, () => throw new InvalidOperationException("not sent"), time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var isLock = v.Text("pathSigned").Contains("/lock", StringComparison.Ordinal);
        var method = new HttpMethod(v.Text("method"));
        var body = v.Text("body");
        var request = isLock
            ? new StructurizrRequest(method, "/workspace/1/lock", [new("user", "user@example.com"), new("agent", "structurizr-java/1.2.3")], method == HttpMethod.Put ? [] : null, "lock")
            : new StructurizrRequest(method, "/workspace/1", [], body.Length > 0 ? Encoding.UTF8.GetBytes(body) : null, "workspace");

        using var message = transport.CreateMessage(request);

        Assert.Equal(v.Text("method"), message.Method.Method);
        Assert.Equal(v.Text("pathSigned"), message.RequestUri!.PathAndQuery);
        Assert.Equal(v.Text("pathSigned"), transport.SignedPath(request));
        Assert.Equal(sent.Text("X-Authorization"), Header(message, "X-Authorization"));
        Assert.Equal(sent.Text("Nonce"), Header(message, "Nonce"));
        Assert.Equal(sent.Text("User-Agent"), Header(message, "User-Agent"));
        Assert.Equal(sent.TryGetProperty("Content-MD5", out var md5) ? md5.GetString() : null, Header(message, "Content-MD5"));
        // Java sends an empty Content-Type on the lock PUT; .NET sends none, which the servers read as "" too.
        var contentType = sent.TryGetProperty("Content-Type", out var ct) && ct.GetString()!.Length > 0 ? ct.GetString() : null;
        Assert.Equal(contentType, Header(message, "Content-Type"));
        if (body.Length > 0) Assert.Equal(body, await message.Content!.ReadAsStringAsync());
    }

    private static string? Header(HttpRequestMessage message, string name)
    {
        if (message.Headers.TryGetValues(name, out var values)) return string.Join(",", values);
        if (message.Content is not null && message.Content.Headers.TryGetValues(name, out var contentValues)) return string.Join(",", contentValues);
        return null;
    }
}
