namespace RadAi.Dsl.Client;

/// <summary>
/// Reads who holds a lock from the servers' messages: "The workspace is already locked by X using Y." (legacy)
/// and "The workspace could not be locked; it was locked by X using Y at DATE" (2026 server).
/// </summary>
/// <remarks>
/// The message comes from the server, so it is read in one pass with ordinal searches, whatever its length. The
/// result is what <c>locked by (?&lt;user&gt;.+?) using (?&lt;agent&gt;.+?)(?: at .+?)?\.?$</c> matches: the last line
/// (a final line break ignored), the first "locked by ", the first " using " after a non-empty holder, and the agent
/// up to the first " at " that has text after it, or to a final ".".
/// </remarks>
internal static class LockMessage
{
    private const string LockedBy = "locked by ";
    private const string Using = " using ";
    private const string At = " at ";

    public static bool TryParse(string? message, out string? lockedBy, out string? agent)
    {
        lockedBy = agent = null;
        if (string.IsNullOrEmpty(message)) return false;
        var line = LastLine(message);

        var opening = line.IndexOf(LockedBy, StringComparison.Ordinal);
        if (opening < 0) return false;
        var userStart = opening + LockedBy.Length;
        if (userStart >= line.Length) return false;
        var usingAt = line.IndexOf(Using, userStart + 1, StringComparison.Ordinal);
        if (usingAt < 0) return false;
        var agentStart = usingAt + Using.Length;
        if (agentStart >= line.Length) return false;

        var agentEnd = line.Length;
        var at = line.IndexOf(At, agentStart + 1, StringComparison.Ordinal);
        if (at >= 0 && at + At.Length < line.Length) agentEnd = at;
        else if (line[^1] == '.' && line.Length - 1 > agentStart) agentEnd = line.Length - 1;

        lockedBy = line[userStart..usingAt].Trim();
        agent = line[agentStart..agentEnd].Trim();
        return true;
    }

    private static string LastLine(string message)
    {
        var end = message.EndsWith('\n') ? message.Length - 1 : message.Length;
        if (end == 0) return string.Empty;
        return message[(message.LastIndexOf('\n', end - 1) + 1)..end];
    }
}
