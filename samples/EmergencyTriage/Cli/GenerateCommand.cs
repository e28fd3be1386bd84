using System.Globalization;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.EmergencyTriage.Concerns;

namespace RadAi.Dsl.Samples.EmergencyTriage.Cli;

/// <summary>Builds the workspace, writes the documentation set and prints what it wrote and a one-line summary.</summary>
internal static class GenerateCommand
{
    /// <summary>The folder could not be written (bad input: the same number as the radai tool's, README "Exit codes").</summary>
    public const int BadInput = 2;

    public static int Run(string output, TextWriter stdout, TextWriter stderr)
    {
        var workspace = TriageWorkspace.Build();
        var report = Inspector.Run(workspace);
        var directory = Path.GetFullPath(output);
        IReadOnlyList<string> written;
        try
        {
            written = new RadAiDocumentation(workspace) { Concerns = TriageConcerns.All, Inspections = report, Source = TriageWorkspace.Source }.WriteTo(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine("Choose a folder you can write to, e.g. --output out/emergency-triage.");
            return BadInput;
        }

        foreach (var path in written)
            stdout.WriteLine("  " + Path.Join(output, Path.GetRelativePath(directory, path)));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{workspace.Name}: {written.Count} documents; inspections: {report.Count(InspectionSeverity.Error)} errors, "
            + $"{report.Count(InspectionSeverity.Warning)} warnings, {report.Count(InspectionSeverity.Info)} info"));
        return 0;
    }
}
