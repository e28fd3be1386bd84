using System.Text;

namespace RadAi.Dsl.Client;

/// <summary>
/// The legacy <c>X-Authorization</c> value: <c>apiKey + ":" + base64(ASCII of the lowercase hex HMAC)</c>.
/// </summary>
internal sealed record HmacAuthorizationHeader(string ApiKey, string HmacHex)
{
    /// <summary>The header value.</summary>
    public string Format() => ApiKey + ":" + Convert.ToBase64String(Encoding.ASCII.GetBytes(HmacHex));

    /// <summary>Reads a header value as the on-premises server does: exactly two parts separated by ':'.</summary>
    /// <exception cref="FormatException">"Invalid authorization header", the server's words.</exception>
    public static HmacAuthorizationHeader Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(':');
        if (parts.Length != 2) throw new FormatException("Invalid authorization header");
        try
        {
            return new HmacAuthorizationHeader(parts[0], Encoding.ASCII.GetString(Convert.FromBase64String(parts[1])));
        }
        catch (FormatException)
        {
            throw new FormatException("Invalid authorization header");
        }
    }

    // The HMAC is a credential for one request only, but keep it out of logs anyway.
    /// <inheritdoc />
    public override string ToString() => $"HmacAuthorizationHeader {{ ApiKey = {ApiKey} }}";
}
