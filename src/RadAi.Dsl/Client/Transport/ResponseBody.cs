namespace RadAi.Dsl.Client;

/// <summary>Reads an answer's body up to a limit, never more (the server decides how much it sends).</summary>
internal static class ResponseBody
{
    /// <summary>Error bodies are read up to 4 KiB: enough for the server's message; the rest is not read.</summary>
    public const int ErrorLimit = 4 * 1024;

    /// <summary>Answers other than a workspace (<c>{"success":…}</c>, the branch list) are refused beyond 1 MiB.</summary>
    public const int ApiAnswerLimit = 1024 * 1024;

    private const int FirstBuffer = 64 * 1024;

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes. <c>Complete</c> is false when the body is longer; then, with
    /// <paramref name="keepStart"/> false, nothing is returned, and nothing is read when the declared length is too long.
    /// </summary>
    public static async Task<(byte[] Bytes, bool Complete)> ReadAsync(HttpContent content, int limit, bool keepStart, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (!keepStart && declared > limit) return ([], false);

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[declared is { } length && length <= limit ? (int)length : Math.Min(limit, FirstBuffer)];
            var count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (count == limit)
                    {
                        var more = await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0;
                        return more ? (keepStart ? buffer : [], false) : (buffer, true);
                    }
                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, FirstBuffer), limit));
                }
                var read = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0) return (count == buffer.Length ? buffer : buffer[..count], true);
                count += read;
            }
        }
    }
}
