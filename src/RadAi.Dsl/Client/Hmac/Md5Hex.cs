using System.Security.Cryptography;
using System.Text;

namespace RadAi.Dsl.Client;

/// <summary>The MD5 digest as Structurizr uses it: lowercase hex of the UTF-8 body, and its base64 header form.</summary>
internal static class Md5Hex
{
    /// <summary>The MD5 of the empty body, signed for GET, DELETE and lock requests.</summary>
    public const string OfEmpty = "d41d8cd98f00b204e9800998ecf8427e";

    /// <summary>Lowercase hex MD5 of the bytes.</summary>
    public static string Of(ReadOnlySpan<byte> content)
    {
        // MD5 is what the protocol prescribes; it is an integrity check here, not a security boundary.
#pragma warning disable CA5351
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(content, hash);
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Lowercase hex MD5 of the UTF-8 bytes of the text (null is treated as empty, as Java does).</summary>
    public static string Of(string? text) => Of(Encoding.UTF8.GetBytes(text ?? string.Empty));

    /// <summary>
    /// The <c>Content-MD5</c> header value: base64 of the ASCII hex digest (not of the raw 16 bytes), as the Java client sends it.
    /// </summary>
    public static string ToHeaderValue(string md5Hex) => Convert.ToBase64String(Encoding.ASCII.GetBytes(md5Hex));
}
