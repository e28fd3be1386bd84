namespace RadAi.Dsl.Cli;

/// <summary>
/// What <c>radai</c> returns to the shell. 0, 1 and 2 are the contract of <c>radai validate</c>
/// (<see cref="RadAi.Dsl.Inspections.InspectionExitCode"/>); the other commands use the same numbers for the same meanings.
/// </summary>
internal enum ExitCode
{
    /// <summary>Done; for validate: no finding reached the threshold.</summary>
    Success = 0,

    /// <summary>validate: at least one finding reached the <c>--fail-on</c> threshold.</summary>
    FindingsReachedThreshold = 1,

    /// <summary>diff: the two workspaces differ in their architecture (same number as validate's findings: "look at this").</summary>
#pragma warning disable CA1069 // one number, two commands' words for "something to look at": each command names its own meaning
    ChangesFound = 1,
#pragma warning restore CA1069

    /// <summary>The input or the command line was wrong: missing file, invalid JSON, unknown option, missing environment variable, unwritable folder.</summary>
    BadInput = 2,

    /// <summary>The Structurizr server refused or failed the request, or could not be reached.</summary>
    ServerFailure = 3,

    /// <summary>An unexpected failure inside radai (a bug to report); sysexits' EX_SOFTWARE.</summary>
    InternalError = 70,

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    Cancelled = 130,
}
