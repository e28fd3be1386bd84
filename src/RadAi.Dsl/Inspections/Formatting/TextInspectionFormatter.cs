using System.Globalization;
using System.Text;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// One line per finding, in the shape compilers use so CI problem matchers pick it up:
/// <c>workspace.json: warning RADAI021: Container://Shop.Web App: message (help link)</c>; then a summary line.
/// Everything that comes from the model or the caller passes through <see cref="PrintableText"/>.
/// </summary>
internal static class TextInspectionFormatter
{
    public static void Write(InspectionReport report, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n" };
        var prefix = report.Source is null ? string.Empty : PrintableText.Escape(report.Source) + ": ";
        foreach (var finding in InspectionFormatter.Shown(report))
        {
            var word = finding.IsSuppressed ? "suppressed " + InspectionFormatter.Word(finding.Severity) : InspectionFormatter.Word(finding.Severity);
            writer.Write(prefix);
            writer.Write(word);
            writer.Write(' ');
            writer.Write(finding.Rule.Id);
            writer.Write(": ");
            writer.Write(PrintableText.Escape(finding.Subject.JsonPath is { } path && finding.Subject.Kind != SubjectKind.View ? $"{finding.Subject.Name} at {path}" : finding.Subject.Name));
            writer.Write(": ");
            writer.Write(PrintableText.Escape(finding.Message));
            if (finding.IsSuppressed)
            {
                writer.Write(" Suppressed: ");
                writer.Write(PrintableText.Escape(finding.SuppressionReason));
            }
            writer.Write(" (");
            writer.Write(PrintableText.Escape(report.HelpUri(finding.Rule).AbsoluteUri));
            writer.WriteLine(")");
        }
        if (!report.IsComplete) writer.WriteLine(prefix + "incomplete: " + PrintableText.Escape(report.IncompleteReason));
        writer.WriteLine(Summary(report));
    }

    internal static string Summary(InspectionReport report)
    {
        var errors = report.Count(InspectionSeverity.Error);
        var warnings = report.Count(InspectionSeverity.Warning);
        var infos = report.Count(InspectionSeverity.Info);
        return string.Create(CultureInfo.InvariantCulture,
            $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}, {infos} info; {report.SuppressedCount} suppressed, {report.Count(InspectionSeverity.Ignore)} ignored.");
    }
}
