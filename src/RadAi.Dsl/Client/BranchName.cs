namespace RadAi.Dsl.Client;

/// <summary>
/// Branch names as the Structurizr servers take them: a letter or digit, then letters, digits, '.', '_' or '-'
/// (ASCII; the on-premises server's <c>WorkspaceBranch</c> pattern <c>[a-zA-Z0-9][a-zA-Z0-9-_.]*</c>, and the 2026
/// server's documented rule). The name becomes a URL path segment, so nothing else may pass.
/// </summary>
internal static class BranchName
{
    public const string Rule = "use letters, digits, '.', '_' and '-', starting with a letter or digit";

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetterOrDigit(name[0])) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-')) return false;
        return true;
    }
}
