namespace RadAi.Dsl.Inspections;

/// <summary>
/// The exit-code contract of <c>radai validate</c>: 0 when no active finding reaches the threshold, 1 when one does,
/// 2 when the input could not be read at all.
/// </summary>
/// <example><code>
/// var report = Inspector.RunFile("workspace.json");
/// return InspectionExitCode.For(report, InspectionExitCode.ParseFailOn("warning"));
/// </code></example>
public static class InspectionExitCode
{
    /// <summary>Nothing reached the threshold.</summary>
    public const int Passed = 0;

    /// <summary>At least one active finding reached the threshold.</summary>
    public const int Failed = 1;

    /// <summary>The input was missing or not a workspace (the caller reports the exception message).</summary>
    public const int BadInput = 2;

    /// <summary>
    /// <see cref="Failed"/> when an active (unsuppressed, not ignored) finding is at least as severe as
    /// <paramref name="failOn"/>, or when the report is incomplete; otherwise <see cref="Passed"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failOn"/> is <see cref="InspectionSeverity.Ignore"/>, which no finding could fail.</exception>
    public static int For(InspectionReport report, InspectionSeverity failOn)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (failOn == InspectionSeverity.Ignore)
            throw new ArgumentOutOfRangeException(nameof(failOn), failOn, "Fail on error, warning or info; ignored findings never fail a build.");
        if (!report.IsComplete) return Failed;
        return report.Active.Any(f => f.Severity >= failOn) ? Failed : Passed;
    }

    /// <summary>Parses a <c>--fail-on</c> value: error, warning or info (any case).</summary>
    /// <exception cref="ArgumentException">Any other value.</exception>
    public static InspectionSeverity ParseFailOn(string value)
    {
        if (SeverityResolver.TryParse(value, out var severity) && severity != InspectionSeverity.Ignore) return severity;
        throw new ArgumentException($"'{value}' is not a threshold. Use error, warning or info.", nameof(value));
    }
}
