using System.Globalization;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix.Concerns;

namespace RadAi.Dsl.Samples.Netflix.Cli;

/// <summary>Builds the workspace, writes the documentation set and prints what it wrote and a one-line summary.</summary>
internal static class GenerateCommand
{
    public static int Run(string output, TextWriter stdout, TextWriter stderr)
    {
        var workspace = NetflixWorkspace.Build();
        var report = Inspector.Run(workspace);
        var directory = Path.GetFullPath(output);
        IReadOnlyList<string> written;
        try
        {
            written = new RadAiDocumentation(workspace) { Concerns = NetflixConcerns.All, Inspections = report, Source = NetflixWorkspace.Source }.WriteTo(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine("Choose a folder you can write to, e.g. --output out/netflix.");
            return ExitCodes.BadInput;
        }

        foreach (var path in written)
            stdout.WriteLine("  " + Path.Join(output, Path.GetRelativePath(directory, path)));
        stdout.WriteLine(Summary(workspace, written.Count, report));
        return ExitCodes.Success;
    }

    /// <summary>"Wrote 21 documents to DIR: 60 elements, 120 relationships, 14 views; inspections: 0 errors, 3 warnings, 5 info."</summary>
    public static string Summary(Workspace workspace, int documents, InspectionReport report)
    {
        var model = workspace.Model;
        return string.Create(CultureInfo.InvariantCulture,
            $"{workspace.Name}: {documents} documents, {model.Elements.Count} elements, {model.Relationships.Count} relationships, "
            + $"{workspace.Views.All.Count} views; inspections: {report.Count(InspectionSeverity.Error)} errors, "
            + $"{report.Count(InspectionSeverity.Warning)} warnings, {report.Count(InspectionSeverity.Info)} info");
    }
}
