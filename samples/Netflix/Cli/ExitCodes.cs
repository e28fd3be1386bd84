namespace RadAi.Dsl.Samples.Netflix.Cli;

/// <summary>Exit codes of the sample.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was written, pushed or pulled.</summary>
    public const int Success = 0;

    /// <summary>The Structurizr server refused or failed (the local archive still holds the workspace).</summary>
    public const int ServerFailure = 1;

    /// <summary>The output folder cannot be written, or the environment is not configured.</summary>
    public const int LocalFailure = 2;
}
