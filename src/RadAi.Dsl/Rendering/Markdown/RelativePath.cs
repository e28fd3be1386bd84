namespace RadAi.Dsl.Rendering;

/// <summary>Relative links between generated documents ('/'-separated paths inside the output folder).</summary>
internal static class RelativePath
{
    /// <summary>The link from the document at <paramref name="from"/> to the one at <paramref name="to"/>.</summary>
    public static string Between(string from, string to)
    {
        var fromParts = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var ups = Enumerable.Repeat("..", fromParts.Length - common);
        return string.Join('/', ups.Concat(toParts[common..]));
    }
}
