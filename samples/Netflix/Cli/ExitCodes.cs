namespace RadAi.Dsl.Samples.Netflix.Cli;

/// <summary>Exit codes of the sample: the same numbers, for the same meanings, as the radai tool's (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Everything was written, pushed or pulled.</summary>
    public const int Success = 0;

    /// <summary>The command line, the output folder or the environment is wrong: the message says which.</summary>
    public const int BadInput = 2;

    /// <summary>The Structurizr server refused or failed, or could not be reached (the local archive still holds the workspace).</summary>
    public const int ServerFailure = 3;

    /// <summary>An unexpected failure: a bug in the sample or the library (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;
}
