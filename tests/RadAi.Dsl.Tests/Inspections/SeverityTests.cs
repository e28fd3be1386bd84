using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Support;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>Severities: rule defaults, structurizr.inspection.* properties (as structurizr-java reads them) and options.</summary>
public class SeverityTests
{
    private static InspectionSeverity SeverityOf(InspectionReport report, string ruleId, string subject)
        => Assert.Single(report.Findings, f => f.Rule.Id == ruleId && f.Subject.Name == subject).Severity;

    private static Shop WebWithoutTechnology(Action<Shop>? change = null)
    {
        var shop = Clean();
        shop.Web.Technology = null;
        change?.Invoke(shop);
        return shop;
    }

    [Fact]
    public void Without_settings_a_finding_has_its_rules_default_severity()
        => Assert.Equal(InspectionSeverity.Warning, SeverityOf(Inspect(WebWithoutTechnology()), "RADAI021", "Container://Shop.Web App"));

    [Theory]
    [InlineData("structurizr.inspection.model.container.technology")]
    [InlineData("structurizr.inspection.model.container.*")]
    [InlineData("structurizr.inspection.model.*")]
    [InlineData("structurizr.inspection.*")]
    [InlineData("structurizr.inspection.RADAI021")]
    [InlineData("structurizr.inspection.radai021")]
    public void A_property_on_the_element_sets_the_severity(string property)
    {
        var report = Inspect(WebWithoutTechnology(s => s.Web.Properties.Set(property, "ignore")));
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI021");
        Assert.Equal(InspectionSeverity.Ignore, finding.Severity);
        Assert.False(finding.IsActive);
        Assert.Equal(1, report.Count(InspectionSeverity.Ignore));
    }

    [Fact]
    public void A_property_on_the_parent_applies_to_its_children_and_the_nearest_holder_wins()
    {
        var report = Inspect(WebWithoutTechnology(s =>
        {
            s.Database.Technology = null;
            s.Workspace.Properties.Set("structurizr.inspection.*", "error");
            s.System.Properties.Set("structurizr.inspection.model.container.technology", "info");
            s.Database.Properties.Set("structurizr.inspection.model.container.technology", "ignore");
        }));
        Assert.Equal(InspectionSeverity.Info, SeverityOf(report, "RADAI021", "Container://Shop.Web App"));
        Assert.Equal(InspectionSeverity.Ignore, SeverityOf(report, "RADAI021", "Container://Shop.Database"));
    }

    [Fact]
    public void Within_one_holder_the_most_specific_name_wins()
    {
        var report = Inspect(WebWithoutTechnology(s =>
        {
            s.Workspace.Properties.Set("structurizr.inspection.*", "error");
            s.Workspace.Properties.Set("structurizr.inspection.model.container.technology", "info");
        }));
        Assert.Equal(InspectionSeverity.Info, SeverityOf(report, "RADAI021", "Container://Shop.Web App"));
    }

    [Fact]
    public void Relationship_properties_can_name_the_source_and_destination_kinds()
    {
        var report = Inspect(Clean(beforeViews: s =>
        {
            s.Customer.Uses(s.Database, "Reads receipts from", null);
            s.Controller.Uses(s.Database, "Reads prices from", null);
            s.Workspace.Properties.Set("structurizr.inspection.model.relationship[person->container].technology", "ignore");
            s.Workspace.Properties.Set("structurizr.inspection.model.relationship.technology", "error");
        }));
        var findings = report.Findings.Where(f => f.Rule.Id == "RADAI032").ToDictionary(f => f.Subject.Name, f => f.Severity);
        Assert.Equal(InspectionSeverity.Ignore, findings["Relationship://Person://Customer -> Container://Shop.Database (Reads receipts from)"]);
        Assert.Equal(InspectionSeverity.Error, findings["Relationship://Component://Shop.Web App.Order Controller -> Container://Shop.Database (Reads prices from)"]);
    }

    [Fact]
    public void View_properties_apply_to_view_findings()
    {
        var shop = Clean();
        var view = shop.Views.CreateSystemLandscapeView("Landscape");
        view.Properties.Set("structurizr.inspection.views.view.empty", "error");
        Assert.Equal(InspectionSeverity.Error, SeverityOf(Inspect(shop), "RADAI034", "Landscape"));
    }

    [Fact]
    public void Options_override_the_default_but_properties_in_the_workspace_win()
    {
        var options = new InspectorOptions().Override("RADAI021", InspectionSeverity.Error).Override("model.container.description", InspectionSeverity.Info);
        var report = Inspect(WebWithoutTechnology(s =>
        {
            s.Web.Description = null;
            s.Database.Technology = null;
            s.Database.Properties.Set("structurizr.inspection.model.container.technology", "info");
        }), options);
        Assert.Equal(InspectionSeverity.Error, SeverityOf(report, "RADAI021", "Container://Shop.Web App"));
        Assert.Equal(InspectionSeverity.Info, SeverityOf(report, "RADAI021", "Container://Shop.Database"));
        Assert.Equal(InspectionSeverity.Info, SeverityOf(report, "RADAI020", "Container://Shop.Web App"));
    }

    [Fact]
    public void An_unknown_rule_cannot_be_overridden()
    {
        var e = Assert.Throws<ArgumentException>(() => new InspectorOptions().Override("RADAI999", InspectionSeverity.Info));
        Assert.Contains("RADAI999", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_legacy_workspace_wide_property_still_works_as_a_last_resort()
        => Assert.Equal(InspectionSeverity.Info,
            SeverityOf(Inspect(WebWithoutTechnology(s => s.Workspace.Properties.Set("structurizr.inspection", "info"))), "RADAI021", "Container://Shop.Web App"));

    [Fact]
    public void A_misspelt_severity_is_ignored_and_reported()
    {
        var report = Inspect(WebWithoutTechnology(s => s.Web.Properties.Set("structurizr.inspection.model.container.technology", "warn")));
        Assert.Equal(InspectionSeverity.Warning, SeverityOf(report, "RADAI021", "Container://Shop.Web App"));
        var settings = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI008");
        Assert.Contains("\"warn\"", settings.Message, StringComparison.Ordinal);
        Assert.Contains("error, warning, info or ignore", settings.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DSLs_violation_counters_are_not_mistaken_for_severities()
    {
        var shop = Clean();
        foreach (var word in new[] { "error", "warning", "info", "ignore" }) shop.Workspace.Properties.Set("structurizr.inspection." + word, "23");
        Assert.Empty(Inspect(shop).Findings);
    }

    /// <summary>
    /// The Structurizr DSL (structurizr-java's DefaultInspector, where everything defaults to error) counted 23
    /// violations in the AWS example and wrote that into the workspace. Our structurizr-java rules find the same 23.
    /// </summary>
    [Fact]
    public void The_AWS_example_has_the_23_violations_that_structurizr_java_counted()
    {
        var report = Inspector.RunFile(RepoPaths.Structurizr("examples", "amazon-web-services.json"));
        Assert.Equal("23", report.Workspace!.Properties["structurizr.inspection.error"]);
        var javaRules = report.Findings.Where(f => f.Rule.Group == RuleGroup.StructurizrInspection).ToList();
        Assert.Equal(23, javaRules.Count);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Group != RuleGroup.StructurizrInspection);

        // and with structurizr-java's default severity, all 23 are errors
        var strict = report.Workspace!;
        strict.Properties.Set("structurizr.inspection.*", "error");
        var again = Inspector.Run(strict);
        Assert.Equal(23, again.Count(InspectionSeverity.Error));
        again.WriteCountsTo(strict);
        Assert.Equal("23", strict.Properties["structurizr.inspection.error"]);
        Assert.Equal("0", strict.Properties["structurizr.inspection.warning"]);
    }

    [Fact]
    public void Severities_order_from_ignore_to_error()
    {
        Assert.True(InspectionSeverity.Error > InspectionSeverity.Warning);
        Assert.True(InspectionSeverity.Warning > InspectionSeverity.Info);
        Assert.True(InspectionSeverity.Info > InspectionSeverity.Ignore);
    }
}
