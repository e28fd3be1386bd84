using System.Text;

namespace RadAi.Dsl.Client;

/// <summary>The string that is signed: every part followed by "\n", including the last (Java's <c>HmacContent</c>).</summary>
internal static class HmacContent
{
    public static string Join(params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts) builder.Append(part).Append('\n');
        return builder.ToString();
    }

    /// <summary>method, path (with query), body MD5 hex, content type, nonce.</summary>
    public static string ForRequest(string method, string pathAndQuery, string contentMd5Hex, string contentType, string nonce)
        => Join(method, pathAndQuery, contentMd5Hex, contentType, nonce);
}
