using System.Text;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// Writes an <see cref="InspectionReport"/> as text, JSON or SARIF 2.1.0. Output is deterministic: the same report
/// gives the same bytes (UTF-8 without BOM, "\n" line endings, invariant culture). Ignored findings are left out
/// of every format (the summary counts them); suppressed findings are shown with their reason.
/// </summary>
/// <example><code>
/// var report = Inspector.RunFile("workspace.json");
/// File.WriteAllText("inspections.sarif", InspectionFormatter.Format(report, InspectionFormat.Sarif));
/// </code></example>
public static class InspectionFormatter
{
    /// <summary>The report as a string.</summary>
    public static string Format(InspectionReport report, InspectionFormat format)
    {
        using var stream = new MemoryStream();
        Write(report, format, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the report to a stream as UTF-8.</summary>
    public static void Write(InspectionReport report, InspectionFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case InspectionFormat.Text:
                TextInspectionFormatter.Write(report, stream);
                break;
            case InspectionFormat.Json:
                JsonInspectionFormatter.Write(report, stream);
                break;
            case InspectionFormat.Sarif:
                SarifInspectionFormatter.Write(report, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Use Text, Json or Sarif.");
        }
    }

    /// <summary>error, warning, info or ignore: the words Structurizr properties use.</summary>
    internal static string Word(InspectionSeverity severity) => severity switch
    {
        InspectionSeverity.Error => "error",
        InspectionSeverity.Warning => "warning",
        InspectionSeverity.Info => "info",
        _ => "ignore",
    };

    internal static IEnumerable<InspectionFinding> Shown(InspectionReport report)
        => report.Findings.Where(f => f.IsSuppressed || f.Severity != InspectionSeverity.Ignore);
}
