using System.Text.Encodings.Web;
using System.Text.Json;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// <c>{"source", "complete", "incompleteReason", "summary": {error, warning, info, ignore, suppressed},
/// "findings": [{ruleId, ruleName, severity, message, subject: {kind, name, id, jsonPath}, helpUri, suppressed, suppressionReason}]}</c>.
/// </summary>
internal static class JsonInspectionFormatter
{
    public static void Write(InspectionReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        if (report.Source is not null) json.WriteString("source", report.Source);
        json.WriteBoolean("complete", report.IsComplete);
        if (report.IncompleteReason is not null) json.WriteString("incompleteReason", report.IncompleteReason);
        json.WriteStartObject("summary");
        json.WriteNumber("error", report.Count(InspectionSeverity.Error));
        json.WriteNumber("warning", report.Count(InspectionSeverity.Warning));
        json.WriteNumber("info", report.Count(InspectionSeverity.Info));
        json.WriteNumber("ignore", report.Count(InspectionSeverity.Ignore));
        json.WriteNumber("suppressed", report.SuppressedCount);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in InspectionFormatter.Shown(report))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("ruleName", finding.Rule.Name);
            json.WriteString("severity", InspectionFormatter.Word(finding.Severity));
            json.WriteString("message", finding.Message);
            json.WriteStartObject("subject");
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(finding.Subject.Kind.ToString()));
            json.WriteString("name", finding.Subject.Name);
            if (finding.Subject.Id is not null) json.WriteString("id", finding.Subject.Id);
            if (finding.Subject.JsonPath is not null) json.WriteString("jsonPath", finding.Subject.JsonPath);
            json.WriteEndObject();
            json.WriteString("helpUri", report.HelpUri(finding.Rule).AbsoluteUri);
            json.WriteBoolean("suppressed", finding.IsSuppressed);
            if (finding.SuppressionReason is not null) json.WriteString("suppressionReason", finding.SuppressionReason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
