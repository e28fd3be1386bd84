using System.Security.Cryptography;
using System.Text;

namespace RadAi.Dsl.Client;

/// <summary>HMAC-SHA256 as Structurizr uses it: key = UTF-8 secret, message = UTF-8 text, result = lowercase hex.</summary>
internal static class HmacSha256Hex
{
    public static string Of(string secret, string content)
        => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(content)));
}
