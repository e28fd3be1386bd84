using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;

namespace RadAi.Dsl.Tests.Inspections;

/// <summary>Findings name long items by a shortened quote, so a report grows with the number of findings, not with the names' length.</summary>
public class InspectionTextTests
{
    private static readonly string Megabyte = new('n', 1 << 20);

    [Fact]
    public void Findings_about_items_with_a_megabyte_name_key_or_tag_have_short_messages_and_subjects()
    {
        var workspace = new Workspace(Megabyte);
        var person = workspace.Model.AddPerson(Megabyte); // no description, no relationship, on no view
        var system = workspace.Model.AddSoftwareSystem("S" + Megabyte);
        system.AddContainer("C" + Megabyte).Uses(system.AddContainer("D"), null);
        workspace.Views.CreateSystemLandscapeView("K" + Megabyte); // empty
        workspace.Views.Configuration.Styles.AddElementStyle("T" + Megabyte).Metadata = false;
        person.Properties.Set("structurizr.inspection." + Megabyte, "warn");

        var report = Inspector.Run(workspace);

        Assert.True(report.Findings.Count >= 8, string.Join("\n", report.Findings.Select(f => f.Rule.Id)));
        AssertShort(report);
    }

    [Fact]
    public void Findings_of_the_JSON_checks_about_items_with_a_megabyte_name_have_short_messages_and_subjects()
    {
        var workspace = new Workspace("W");
        workspace.Model.AddPerson(Megabyte, "A person.");
        workspace.Model.AddPerson("Other", "Another person.");
        var json = JsonNode.Parse(WorkspaceJson.Serialize(workspace))!;
        var people = json["model"]!["people"]!.AsArray();
        people[1]!["name"] = Megabyte;                                  // RADAI004
        people[1]!["id"] = people[0]!["id"]!.GetValue<string>();        // RADAI001

        var report = Inspector.RunJson(json.ToJsonString());

        Assert.Contains(report.Findings, f => f.Rule.Id == "RADAI001");
        Assert.Contains(report.Findings, f => f.Rule.Id == "RADAI004");
        AssertShort(report);
    }

    [Theory]
    [InlineData("short", "short")]
    [InlineData(null, "")]
    public void Text_up_to_eighty_characters_is_quoted_whole(string? text, string expected)
        => Assert.Equal(expected, InspectionText.Shorten(text));

    [Fact]
    public void Longer_text_is_cut_after_eighty_characters_and_never_inside_a_surrogate_pair()
    {
        Assert.Equal(new string('a', 80) + "…", InspectionText.Shorten(new string('a', 81)));
        Assert.Equal(new string('a', 80), InspectionText.Shorten(new string('a', 80)));
        var emoji = new string('a', 79) + "😀" + "b";
        Assert.Equal(new string('a', 79) + "…", InspectionText.Shorten(emoji));
        Assert.Equal("\"" + new string('a', 80) + "…\"", InspectionText.Quote(new string('a', 200)));
    }

    private static void AssertShort(InspectionReport report)
    {
        foreach (var finding in report.Findings)
        {
            Assert.True(finding.Message.Length < 1024, $"{finding.Rule.Id}: message of {finding.Message.Length} characters");
            Assert.True(finding.Subject.Name.Length < 1024, $"{finding.Rule.Id}: subject of {finding.Subject.Name.Length} characters");
        }
        foreach (var format in new[] { InspectionFormat.Text, InspectionFormat.Json, InspectionFormat.Sarif })
        {
            var text = InspectionFormatter.Format(report, format);
            Assert.True(text.Length < 64 * 1024 + 2048 * report.Findings.Count, $"{format}: {text.Length} characters");
        }
    }
}
