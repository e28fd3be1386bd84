using System.Text.Json;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// SARIF 2.1.0: one run whose tool driver names the library (its version without the commit, so the bytes are the same
/// for every build of one version, and the project's address) and lists every rule (id, name, short and full description, help link,
/// default level), and one result per shown finding with its level, message, logical location (the item's canonical
/// name), the inspected file as physical location when there is one, and an in-source suppression with its reason.
/// </summary>
internal static class SarifInspectionFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static void Write(InspectionReport report, Stream stream)
    {
        var rules = InspectionRules.All;
        var index = rules.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var artifact = report.Source is null ? null : ArtifactUri(report.Source);

        using var json = new Utf8JsonWriter(stream, JsonInspectionFormatter.Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "RadAi.Dsl");
        json.WriteString("version", LibraryInfo.Version);
        json.WriteString("informationUri", LibraryInfo.ProjectUrl.AbsoluteUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Description);
            json.WriteString("helpUri", report.HelpUri(rule).AbsoluteUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(Tag(rule.Group));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        if (artifact is not null)
        {
            json.WriteStartArray("artifacts");
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", artifact);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartArray("results");
        foreach (var finding in InspectionFormatter.Shown(report))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteNumber("ruleIndex", index[finding.Rule]);
            json.WriteString("level", Level(finding.Severity));
            Text(json, "message", finding.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            if (artifact is not null)
            {
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", artifact);
                json.WriteNumber("index", 0);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", ShortName(finding.Subject));
            json.WriteString("fullyQualifiedName", finding.Subject.Name);
            json.WriteString("kind", finding.Subject.Kind == SubjectKind.Element ? "element" : "resource");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            if (finding.IsSuppressed)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", "inSource");
                json.WriteString("justification", finding.SuppressionReason);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            if (finding.Subject.JsonPath is not null || finding.Subject.Id is not null)
            {
                json.WriteStartObject("properties");
                if (finding.Subject.Id is not null) json.WriteString("id", finding.Subject.Id);
                if (finding.Subject.JsonPath is not null) json.WriteString("jsonPath", finding.Subject.JsonPath);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>error, warning, note; ignored findings are not written, but a rule may default to none.</summary>
    private static string Level(InspectionSeverity severity) => severity switch
    {
        InspectionSeverity.Error => "error",
        InspectionSeverity.Warning => "warning",
        InspectionSeverity.Info => "note",
        _ => "none",
    };

    private static string Tag(RuleGroup group) => group switch
    {
        RuleGroup.StructurizrValidation => "structurizr-validation",
        RuleGroup.StructurizrInspection => "structurizr-inspection",
        _ => "rad-ai",
    };

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>The last part of a canonical name ("Web App" of "Container://Shop.Web App"); relationships and views keep their name.</summary>
    private static string ShortName(InspectionSubject subject)
    {
        if (subject.Kind != SubjectKind.Element) return subject.Name;
        var name = subject.Name;
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        var path = scheme < 0 ? name : name[(scheme + 3)..];
        var cut = path.LastIndexOfAny(['.', '/']);
        return cut < 0 || cut == path.Length - 1 ? path : path[(cut + 1)..];
    }

    /// <summary>
    /// A URI reference for the inspected file: kept as is when it already is an absolute URI, a file: URI for an
    /// absolute path, and a relative reference with '/' separators (each segment escaped) for a relative path,
    /// which code-scanning services resolve against the repository root.
    /// </summary>
    internal static string ArtifactUri(string source)
    {
        if (Path.IsPathFullyQualified(source)) return new Uri(source).AbsoluteUri;
        if (Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1) return absolute.AbsoluteUri;
        var segments = source.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
