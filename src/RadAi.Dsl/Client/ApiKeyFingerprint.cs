using System.Globalization;

namespace RadAi.Dsl.Client;

/// <summary>
/// How an API key is shown in messages, logs and <c>ToString()</c>: its first characters and its length
/// (<c>caea… (36 chars)</c>), enough to tell two keys apart and never enough to use one. In API-key mode the key is
/// the whole credential.
/// </summary>
internal static class ApiKeyFingerprint
{
    private const int MaxShownCharacters = 4;

    public static string Of(string apiKey)
    {
        // at most a quarter of the key, so a short key is not shown almost whole
        var shown = Math.Min(MaxShownCharacters, apiKey.Length / 4);
        return apiKey[..shown] + "… (" + apiKey.Length.ToString(CultureInfo.InvariantCulture) + " chars)";
    }
}
