using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using static RadAi.Dsl.Tests.Inspections.InspectionFixtures;

namespace RadAi.Dsl.Tests.Inspections;

public class SuppressionTests
{
    private const string Reason = "Vendor appliance; the technology is not disclosed.";

    private static Shop Suppressed()
    {
        var shop = Clean();
        shop.Web.Technology = null;
        shop.Web.SuppressInspection("RADAI021", Reason);
        return shop;
    }

    [Fact]
    public void A_suppressed_finding_is_reported_with_its_reason_but_does_not_count()
    {
        var report = Inspect(Suppressed());
        var finding = Assert.Single(report.Findings);
        Assert.Equal("RADAI021", finding.Rule.Id);
        Assert.True(finding.IsSuppressed);
        Assert.False(finding.IsActive);
        Assert.Equal(Reason, finding.SuppressionReason);
        Assert.Equal(1, report.SuppressedCount);
        Assert.Equal(0, report.Count(InspectionSeverity.Warning));
        Assert.Equal(InspectionExitCode.Passed, InspectionExitCode.For(report, InspectionSeverity.Info));
    }

    [Fact]
    public void The_suppression_is_an_element_property_and_survives_JSON()
    {
        var shop = Suppressed();
        Assert.Equal(Reason, shop.Web.Properties["radai:suppress.RADAI021"]);
        var json = WorkspaceJson.Serialize(shop.Workspace);
        var finding = Assert.Single(Inspector.RunJson(json).Findings);
        Assert.Equal(Reason, finding.SuppressionReason);
    }

    [Fact]
    public void A_suppression_covers_one_rule_on_one_item_only()
    {
        var shop = Suppressed();
        shop.Database.Technology = null;
        shop.Web.Description = null;
        var active = Inspect(shop).Active.Select(f => (f.Rule.Id, f.Subject.Name)).Order().ToList();
        Assert.Equal([("RADAI020", "Container://Shop.Web App"), ("RADAI021", "Container://Shop.Database")], active);
    }

    [Fact]
    public void Views_relationships_and_the_workspace_can_carry_suppressions()
    {
        var shop = Clean(beforeViews: s => s.Customer.Uses(s.Database, "Reads receipts from", null).SuppressInspection("RADAI032", "Internal file share."));
        shop.Views.CreateSystemLandscapeView("Landscape").SuppressInspection("RADAI034", "Filled in by the renderer.");
        shop.Workspace.Configuration.Scope = null;
        shop.Workspace.SuppressInspection("RADAI010", "Scope is set by the server.");
        var report = Inspect(shop);
        Assert.Equal(3, report.SuppressedCount);
        Assert.Empty(report.Active);
    }

    [Fact]
    public void A_workspace_suppression_covers_model_wide_findings_but_not_element_findings()
    {
        var shop = Clean();
        var other = shop.Workspace.Model.AddSoftwareSystem("Warehouse", "Stores stock.");
        other.AddContainer("Stock API", "Serves stock levels.", "Go");
        shop.Web.Technology = null;
        shop.Workspace.SuppressInspection("RADAI011", "Two systems are detailed on purpose.");
        shop.Workspace.SuppressInspection("RADAI021", "Not meant for elements.");
        var report = Inspect(shop);
        var modelWide = Assert.Single(report.Findings, f => f.Rule.Id == "RADAI011");
        Assert.Equal("Two systems are detailed on purpose.", modelWide.SuppressionReason);
        Assert.Contains(report.Active, f => f.Rule.Id == "RADAI021" && f.Subject.Name == "Container://Shop.Web App");
    }

    [Fact]
    public void Suppressing_needs_a_known_rule_and_a_reason()
    {
        var shop = Clean();
        var unknown = Assert.Throws<ArgumentException>(() => shop.Web.SuppressInspection("RADAI999", "x"));
        Assert.Contains("RADAI999", unknown.Message, StringComparison.Ordinal);
        var blank = Assert.Throws<ArgumentException>(() => shop.Web.SuppressInspection("RADAI021", " "));
        Assert.Contains("reason", blank.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_written_suppressions_without_reason_or_for_unknown_rules_are_reported_and_not_applied()
    {
        var shop = Clean();
        shop.Web.Technology = null;
        shop.Web.Properties.Set("radai:suppress.RADAI021", " ");
        shop.Database.Properties.Set("radai:suppress.RADAI321", "typo");
        var report = Inspect(shop);
        Assert.True(Assert.Single(report.Findings, f => f.Rule.Id == "RADAI021").IsActive);
        var settings = report.Findings.Where(f => f.Rule.Id == "RADAI008").Select(f => f.Message).ToList();
        Assert.Equal(2, settings.Count);
        Assert.Contains(settings, m => m.Contains("gives no reason", StringComparison.Ordinal));
        Assert.Contains(settings, m => m.Contains("names no known rule", StringComparison.Ordinal));
    }
}
