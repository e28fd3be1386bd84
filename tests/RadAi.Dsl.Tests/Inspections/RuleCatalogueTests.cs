using System.Text.RegularExpressions;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Inspections;

public partial class RuleCatalogueTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "inspections.md"));

    [Fact]
    public void Ids_are_unique_well_formed_in_order_and_in_their_groups_range()
    {
        var ids = InspectionRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        foreach (var rule in InspectionRules.All)
        {
            Assert.Matches("^RADAI[0-9]{3}$", rule.Id);
            var n = int.Parse(rule.Id[5..], System.Globalization.CultureInfo.InvariantCulture);
            var inRange = rule.Group switch
            {
                RuleGroup.StructurizrValidation => n is >= 1 and <= 9,
                RuleGroup.StructurizrInspection => n is >= 10 and <= 99,
                _ => n is >= 100 and <= 199,
            };
            Assert.True(inRange, $"{rule.Id} is outside the range of {rule.Group}");
            Assert.Matches("^[a-z]+(\\.[a-zA-Z]+)+$", rule.Name);
        }
    }

    [Fact]
    public void Every_rule_is_documented_under_its_anchor_with_its_type_and_default()
    {
        foreach (var rule in InspectionRules.All)
        {
            Assert.Contains($"#### <a id=\"{rule.HelpAnchor}\"></a>{rule.Id} — {rule.Title}\n", Docs, StringComparison.Ordinal);
            Assert.Contains($"Type `{rule.Name}` · default **{rule.DefaultSeverity.ToString().ToLowerInvariant()}**", Docs, StringComparison.Ordinal);
            Assert.Contains($"Suppress: `radai:suppress.{rule.Id}`", Docs, StringComparison.Ordinal);
        }
        var documented = AnchorPattern().Matches(Docs).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();
        Assert.Equal(InspectionRules.All.Select(r => r.Id), documented);
    }

    [Fact]
    public void Help_links_point_at_the_rules_anchor()
    {
        var rule = InspectionRules.Find("radai021")!;
        Assert.Equal("https://example.org/docs/inspections.md#radai021", rule.HelpUri(new Uri("https://example.org/docs/inspections.md#old")).AbsoluteUri);
        Assert.EndsWith("docs/inspections.md#radai021", rule.HelpUri(InspectorOptions.DefaultDocumentation).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_that_match_a_structurizr_java_inspection_use_its_type()
    {
        // the types structurizr-java's DefaultInspector reports (com.structurizr.inspection)
        string[] java =
        [
            "workspace.scope", "workspace.tooling", "model.empty", "model.person.description", "model.softwaresystem.description",
            "model.softwaresystem.documentation", "model.softwaresystem.decisions", "model.container.description", "model.container.technology",
            "model.component.description", "model.component.technology", "model.deploymentnode.description", "model.deploymentnode.technology",
            "model.deploymentnode.empty", "model.infrastructurenode.description", "model.infrastructurenode.technology", "model.element.disconnected",
            "model.element.noview", "model.relationship.description", "model.relationship.technology", "views.empty", "views.view.empty",
            "views.view.key", "views.view.layout", "views.styles.element.metadata", "documentation.embeddedView",
        ];
        var ours = InspectionRules.All.Where(r => r.Group == RuleGroup.StructurizrInspection).Select(r => r.Name).Distinct().Order().ToList();
        Assert.Equal(java.Order(), ours);
    }

    [GeneratedRegex("<a id=\"(radai[0-9]{3})\"></a>")]
    private static partial Regex AnchorPattern();
}
