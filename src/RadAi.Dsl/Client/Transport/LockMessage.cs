using System.Text.RegularExpressions;

namespace RadAi.Dsl.Client.Transport;

/// <summary>
/// Reads who holds a lock from the servers' messages: "The workspace is already locked by X using Y." (legacy)
/// and "The workspace could not be locked; it was locked by X using Y at DATE" (2026 server).
/// </summary>
internal static partial class LockMessage
{
    public static bool TryParse(string? message, out string? lockedBy, out string? agent)
    {
        lockedBy = agent = null;
        if (string.IsNullOrEmpty(message)) return false;
        var match = Pattern().Match(message);
        if (!match.Success) return false;
        lockedBy = match.Groups["user"].Value.Trim();
        agent = match.Groups["agent"].Value.Trim();
        return true;
    }

    [GeneratedRegex(@"locked by (?<user>.+?) using (?<agent>.+?)(?: at .+?)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
