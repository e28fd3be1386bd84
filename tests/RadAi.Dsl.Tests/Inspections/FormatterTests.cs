using RadAi.Dsl;
using System.Text.Json;
using System.Text.Json.Nodes;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Support;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

public class FormatterTests
{
    /// <summary>A warning, an info, an error (by property), a suppressed and an ignored finding, read from a named file.</summary>
    private static InspectionReport Mixed()
    {
        var shop = Clean(decisions: false);                                               // RADAI019 info
        shop.Web.Technology = null;                                                       // RADAI021 warning
        shop.Controller.Description = null;                                               // RADAI022 → error by property
        shop.Controller.Properties.Set("structurizr.inspection.model.component.description", "error");
        shop.LoadBalancer.Technology = null;                                              // RADAI028 suppressed
        shop.LoadBalancer.SuppressInspection("RADAI028", "Managed by the platform team; \"nginx\" or Envoy — it varies.");
        shop.Server.Description = null;                                                   // RADAI024 ignored
        shop.Server.Properties.Set("structurizr.inspection.model.deploymentnode.description", "ignore");
        var options = new InspectorOptions { Source = "architecture/shop workspace.json" };
        return Inspector.RunJson(WorkspaceJson.Serialize(shop.Workspace), options);
    }

    /// <summary>RAD-AI findings on elements and on records, one of them suppressed on its record, read from a named file.</summary>
    private static InspectionReport AiFindings()
    {
        var fixture = AiInspectionFixtures.CleanAi(p =>
        {
            p.Owner = null;                                                               // RADAI103 on the model element
            p.Rollout = false;                                                            // RADAI109 on the operational view record
            p.ResponseMeasure = "customers trust the ranking";                           // RADAI113 on a record, suppressed below
            p.Required = Freshness.Under(TimeSpan.FromSeconds(1));                        // RADAI106 freshness gap
        });
        fixture.Workspace.SuppressInspection("RADAI113", "QS-01", "Measured by the quarterly trust survey.");
        return Inspector.RunJson(WorkspaceJson.Serialize(fixture.Workspace), new InspectorOptions { Source = "architecture/ai workspace.json" });
    }

    private static InspectionReport Broken()
    {
        var json = CleanJson();
        Element(json, "Database")["id"] = Element(json, "Web App")["id"]!.GetValue<string>();
        View(json, "Components")["elements"]!.AsArray().Add(new JsonObject { ["id"] = "999" });
        return Inspect(json);
    }

    [Theory]
    [InlineData(InspectionFormat.Text, "inspections/mixed.txt")]
    [InlineData(InspectionFormat.Json, "inspections/mixed.json")]
    [InlineData(InspectionFormat.Sarif, "inspections/mixed.sarif")]
    public void Reports_match_their_snapshots(InspectionFormat format, string snapshot)
        => Snapshot.Match(snapshot, InspectionFormatter.Format(Mixed(), format));

    [Theory]
    [InlineData(InspectionFormat.Text, "inspections/radai.txt")]
    [InlineData(InspectionFormat.Json, "inspections/radai.json")]
    [InlineData(InspectionFormat.Sarif, "inspections/radai.sarif")]
    public void RAD_AI_reports_match_their_snapshots(InspectionFormat format, string snapshot)
        => Snapshot.Match(snapshot, InspectionFormatter.Format(AiFindings(), format));

    [Fact]
    public void The_text_report_of_JSON_that_cannot_load_says_why_and_where()
        => Snapshot.Match("inspections/broken.txt", InspectionFormatter.Format(Broken(), InspectionFormat.Text));

    [Theory]
    [InlineData(InspectionFormat.Text)]
    [InlineData(InspectionFormat.Json)]
    [InlineData(InspectionFormat.Sarif)]
    public void Output_is_the_same_under_a_German_culture(InspectionFormat format)
    {
        var invariant = InspectionFormatter.Format(Mixed(), format);
        using (new CultureScope("de-DE"))
            Assert.Equal(invariant, InspectionFormatter.Format(Mixed(), format));
        Assert.DoesNotContain("\r", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shows_suppressed_findings_with_reason_and_leaves_ignored_ones_out()
    {
        var text = InspectionFormatter.Format(Mixed(), InspectionFormat.Text);
        Assert.Contains("architecture/shop workspace.json: suppressed warning RADAI028: InfrastructureNode://Live/Server/Load Balancer:", text, StringComparison.Ordinal);
        Assert.Contains("Suppressed: Managed by the platform team", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RADAI024", text, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 1 warning, 1 info; 1 suppressed, 1 ignored.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_output_carries_summary_subjects_and_help_links()
    {
        using var doc = JsonDocument.Parse(InspectionFormatter.Format(Mixed(), InspectionFormat.Json));
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("suppressed").GetInt32());
        var error = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal("RADAI022", error.GetProperty("ruleId").GetString());
        Assert.Equal("Component://Shop.Web App.Order Controller", error.GetProperty("subject").GetProperty("name").GetString());
        Assert.EndsWith("docs/inspections.md#radai022", error.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SARIF_validates_against_the_OASIS_schema()
    {
        Assert.Empty(SarifSchema.Errors(InspectionFormatter.Format(Mixed(), InspectionFormat.Sarif)));
        Assert.Empty(SarifSchema.Errors(InspectionFormatter.Format(Broken(), InspectionFormat.Sarif)));
        Assert.Empty(SarifSchema.Errors(InspectionFormatter.Format(AiFindings(), InspectionFormat.Sarif)));
        Assert.Empty(SarifSchema.Errors(InspectionFormatter.Format(Inspect(Clean()), InspectionFormat.Sarif)));
        var aws = Inspector.RunFile(RepoPaths.Structurizr("examples", "amazon-web-services.json"));
        Assert.Empty(SarifSchema.Errors(InspectionFormatter.Format(aws, InspectionFormat.Sarif)));
    }

    [Theory]
    [InlineData("level", "fatal")]
    [InlineData("ruleIndex", "-2")] // -1 is SARIF's "no index", so -2
    [InlineData("suppressionKind", "maybe")]
    [InlineData("helpUri", "not a uri")]
    public void The_schema_check_is_not_vacuous(string what, string value)
    {
        var sarif = JsonNode.Parse(InspectionFormatter.Format(Mixed(), InspectionFormat.Sarif))!;
        var run = sarif["runs"]![0]!;
        var suppressed = run["results"]!.AsArray().First(r => r!["suppressions"] is not null)!;
        switch (what)
        {
            case "level": run["results"]![0]!["level"] = value; break;
            case "ruleIndex": run["results"]![0]!["ruleIndex"] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "suppressionKind": suppressed["suppressions"]![0]!["kind"] = value; break;
            case "helpUri": run["tool"]!["driver"]!["rules"]![0]!["helpUri"] = value; break;
        }
        Assert.NotEmpty(SarifSchema.Errors(sarif.ToJsonString()));
    }

    [Fact]
    public void Only_the_root_id_and_schema_of_the_SARIF_schema_are_draft_04_spellings()
    {
        var schema = SarifSchema.Original();
        Assert.Equal("http://json-schema.org/draft-04/schema#", schema["$schema"]!.GetValue<string>());
        var text = schema.ToJsonString();
        Assert.DoesNotContain("exclusiveMinimum", text, StringComparison.Ordinal);
        Assert.DoesNotContain("exclusiveMaximum", text, StringComparison.Ordinal);
        // every other "id" is a property name under "properties", or a value in "required"
        Assert.All(IdKeywords(schema, "$").Where(p => p != "$.id"), p => Assert.EndsWith(".properties.id", p, StringComparison.Ordinal));
    }

    [Fact]
    public void SARIF_results_carry_rule_level_locations_and_suppressions()
    {
        using var doc = JsonDocument.Parse(InspectionFormatter.Format(Mixed(), InspectionFormat.Sarif));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(InspectionRules.All.Count, rules.GetArrayLength());
        var rule = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "RADAI021");
        Assert.Equal("model.container.technology", rule.GetProperty("name").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count); // the ignored finding is left out
        var suppressed = results.Single(r => r.GetProperty("ruleId").GetString() == "RADAI028");
        var suppression = suppressed.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.StartsWith("Managed by the platform team", suppression.GetProperty("justification").GetString(), StringComparison.Ordinal);
        var location = results.Single(r => r.GetProperty("ruleId").GetString() == "RADAI021").GetProperty("locations")[0];
        Assert.Equal("architecture/shop%20workspace.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("Container://Shop.Web App", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("note", results.Single(r => r.GetProperty("ruleId").GetString() == "RADAI019").GetProperty("level").GetString());
    }

    [Fact]
    public void Without_a_source_file_SARIF_has_logical_locations_only()
    {
        var shop = Clean();
        shop.Web.Technology = null;
        var sarif = InspectionFormatter.Format(Inspect(shop), InspectionFormat.Sarif);
        Assert.DoesNotContain("physicalLocation", sarif, StringComparison.Ordinal);
        Assert.Empty(SarifSchema.Errors(sarif));
    }

    [Fact]
    public void The_text_report_escapes_control_characters_and_bidi_overrides_in_the_names_it_quotes()
    {
        // ESC starting a colour and a window-title (OSC) sequence, BEL, a C1 CSI, a right-to-left override, a line break
        const string hostile = "Web\u001b[31m\u001b]0;owned\u0007\u009b2J\u202eppa-exe\nerror RADAI000: fake";
        var shop = Clean(decisions: false);
        shop.Web.Name = hostile;
        shop.Web.Technology = null;
        var report = Inspector.RunJson(WorkspaceJson.Serialize(shop.Workspace), new InspectorOptions { Source = "a\u001b[2Jb.json" });

        var text = InspectionFormatter.Format(report, InspectionFormat.Text);

        Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines[..^1], line => Assert.StartsWith("a\\u001B[2Jb.json: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Web\\u001B[31m\\u001B]0;owned\\u0007\\u009B2J\\u202Eppa-exe\\u000Aerror RADAI000: fake", StringComparison.Ordinal));
        Assert.Equal(report.Findings.Count(f => f.Severity != InspectionSeverity.Ignore) + 1, lines.Length);
    }

    private static IEnumerable<string> IdKeywords(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (key == "id") yield return path + ".id";
                    foreach (var p in IdKeywords(child, path + "." + key)) yield return p;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var p in IdKeywords(a[i], $"{path}[{i}]")) yield return p;
                break;
        }
    }
}
