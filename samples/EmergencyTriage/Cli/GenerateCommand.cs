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
            Directory.CreateDirectory(directory);
            written = new RadAiDocumentation(workspace) { Concerns = TriageConcerns.All, Inspections = report }.WriteTo(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"error: cannot write the documentation to '{output}': {WhyNot(directory, e)}.");
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

    // In the user's terms: the runtime says "Could not find a part of the path" or "already exists" for a folder that
    // is a file, and "Access to the path is denied" for permissions.
    private static string WhyNot(string directory, Exception e)
    {
        for (var path = directory; !string.IsNullOrEmpty(path) && !Directory.Exists(path); path = Path.GetDirectoryName(path))
            if (File.Exists(path)) return $"'{path}' is a file, not a folder";
        return e is UnauthorizedAccessException ? "permission denied: you may not write there" : e.Message.TrimEnd('.');
    }
}
