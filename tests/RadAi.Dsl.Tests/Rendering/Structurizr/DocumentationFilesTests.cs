using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

/// <summary>
/// The docs and adrs files of the DSL export: named so Structurizr's importers take every one (adr-tools: four digits
/// first), bounded, portable and unique ignoring case, so no decision or section is lost.
/// </summary>
public partial class DocumentationFilesTests
{
    private static readonly DateTimeOffset Date = new(2024, 5, 17, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decisions_whose_ids_differ_by_case_or_leading_zeros_each_get_a_numbered_file_that_adr_tools_imports()
    {
        var workspace = new Workspace("W");
        string[] ids = ["1", "01", "a", "A", "AI-ADR-003", "ML-ADR-003", "ADR-99999"];
        foreach (var id in ids) workspace.Documentation.AddDecision(id, "Same title", Date, "Accepted", "Text of " + id + ".");

        var files = StructurizrDslExporter.Export(workspace).Files;
        var adrs = AdrToolsImport.Folder(files, "adrs/");

        Assert.Equal(ids.Length, adrs.Count);
        AssertAdrToolsNames(adrs.Keys);
        var imported = AdrToolsImport.Import(adrs);
        // "1" keeps 1 and "AI-ADR-003" takes 3; the others take the lowest free numbers in id order ("01" < "1" < "A" < …).
        Assert.Equal(
            ["1: Same title", "2: 01: Same title", "3: AI-ADR-003: Same title", "4: A: Same title", "5: ADR-99999: Same title", "6: ML-ADR-003: Same title", "7: a: Same title"],
            imported.OrderBy(d => int.Parse(d.Id, System.Globalization.CultureInfo.InvariantCulture)).Select(d => d.Id + ": " + d.Title));
        foreach (var id in ids) Assert.Single(adrs.Values, text => text.Contains("Text of " + id + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_decision_of_the_rich_workspace_imports_with_the_title_status_date_and_links_it_has()
    {
        var workspace = RichWorkspace.Build();
        workspace.Documentation.AddDecision("ADR-3", "Superseded in part", Date, "Superseded by ADR-4", "Part of it was superseded.");
        var files = StructurizrDslExporter.Export(workspace).Files;

        foreach (var (folder, documentation) in new[] { ("adrs/", workspace.Documentation), ("elements/internet_banking_system/adrs/", workspace.Model.GetSoftwareSystemWithName("Internet Banking System")!.Documentation) })
        {
            var adrs = AdrToolsImport.Folder(files, folder);
            AssertAdrToolsNames(adrs.Keys);
            var imported = AdrToolsImport.Import(adrs);
            Assert.Equal(documentation.Decisions.Count, imported.Count);
            foreach (var decision in documentation.Decisions)
            {
                var read = Assert.Single(imported, d => d.Title == decision.Title || d.Title == decision.Id + ": " + decision.Title);
                Assert.Equal(decision.Id == read.Id ? decision.Title : decision.Id + ": " + decision.Title, read.Title);
                Assert.Equal(decision.Status.Split(' ')[0], read.Status);
                Assert.Equal(DateOnly.FromDateTime(decision.Date.UtcDateTime), read.Date);
                Assert.Equal(decision.Links.Count(l => documentation.GetDecision(l.Id) is not null), read.Links.Count);
            }
        }
    }

    [Fact]
    public void The_Netflix_sample_exports_every_AI_ADR_as_an_adr_tools_file_titled_with_its_RadAi_id()
    {
        var built = NetflixWorkspace.Build();
        foreach (var workspace in new[] { built, WorkspaceJson.Deserialize(WorkspaceJson.Serialize(built)) })
        {
            var export = StructurizrDslExporter.Export(workspace);
            Assert.Contains("!adrs \"adrs\"", export.Workspace, StringComparison.Ordinal);
            var adrs = AdrToolsImport.Folder(export.Files, "adrs/");
            AssertAdrToolsNames(adrs.Keys);
            var imported = AdrToolsImport.Import(adrs);
            var decisions = workspace.Documentation.Decisions;
            Assert.NotEmpty(decisions);
            Assert.Equal(decisions.Count, imported.Count);
            Assert.Equal(decisions.Select(d => d.Id + ": " + d.Title).Order(StringComparer.Ordinal), imported.Select(d => d.Title).Order(StringComparer.Ordinal));
            foreach (var decision in decisions)
            {
                var read = Assert.Single(imported, d => d.Title == decision.Id + ": " + decision.Title);
                Assert.Equal(decision.Status, read.Status);
                Assert.Equal(DateOnly.FromDateTime(decision.Date.UtcDateTime), read.Date);
            }
            // Nothing but decisions in any adrs folder: adr-tools imports every .md file there.
            Assert.All(export.Files.Keys.Where(k => k.Contains("adrs/", StringComparison.Ordinal)), k => Assert.Matches(AdrToolsName(), k[(k.LastIndexOf('/') + 1)..]));
        }
    }

    [Fact]
    public void A_long_Japanese_title_and_a_long_element_name_give_bounded_names_that_can_be_written()
    {
        var title = string.Concat(Enumerable.Repeat("機械学習モデルの再学習方針", 4))[..45];
        var workspace = new Workspace("W");
        workspace.Documentation.AddDecision("AI-ADR-001", title, Date, "Accepted", "Text.");
        workspace.Documentation.AddSection("# " + title + "\n\nText.");
        var system = workspace.Model.AddSoftwareSystem(new string('s', 10_000));
        system.Documentation.AddDecision("1", new string('t', 10_000), Date, "Accepted", "Text.");

        var export = StructurizrDslExporter.Export(workspace);

        foreach (var path in export.Files.Keys)
            foreach (var name in path.Split('/'))
                Assert.True(Encoding.UTF8.GetByteCount(name) <= 100, $"'{name}' is {Encoding.UTF8.GetByteCount(name)} bytes");
        Assert.Contains(export.Files.Keys, k => Regex.IsMatch(k, "^adrs/0001-x[0-9a-f]{4}(-x[0-9a-f]{4}){0,9}\\.md$"));
        using var folder = new TempFolder();
        export.WriteTo(folder.Path);
        Assert.Equal(export.Files.Count, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Com1")]
    [InlineData("LPT9")]
    public void An_element_named_as_a_Windows_device_gets_a_folder_Windows_can_create(string name)
    {
        var workspace = new Workspace("W");
        workspace.Model.AddSoftwareSystem(name).Documentation.AddSection("## About\n\nText.");

        var export = StructurizrDslExporter.Export(workspace);

        var folder = Assert.Single(export.Files.Keys, k => k.StartsWith("elements/", StringComparison.Ordinal)).Split('/')[1];
        Assert.DoesNotMatch("^(?i:con|prn|aux|nul|com[0-9]|lpt[0-9])(\\.|$)", folder);
        Assert.Contains("!docs \"elements/" + folder + "/docs\"", export.Workspace, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_read_with_the_same_order_and_heading_each_get_a_file_in_their_order()
    {
        var workspace = new Workspace("W");
        workspace.Documentation.AddSection("# Context\n\nFirst.");
        workspace.Documentation.AddSection("# Context\n\nSecond.");
        var json = JsonNode.Parse(WorkspaceJson.Serialize(workspace))!;
        foreach (var section in json["documentation"]!["sections"]!.AsArray()) section!["order"] = 1;

        var files = StructurizrDslExporter.Export(WorkspaceJson.Deserialize(json.ToJsonString())).Files;

        Assert.Equal(["docs/01-context.md", "docs/02-context.md"], files.Keys.Where(k => k.StartsWith("docs/", StringComparison.Ordinal)));
        Assert.Contains("First.", files["docs/01-context.md"], StringComparison.Ordinal);
        Assert.Contains("Second.", files["docs/02-context.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void More_decisions_than_adr_tools_can_number_in_one_folder_is_a_clear_error()
    {
        var workspace = new Workspace("W");
        for (var i = 0; i <= 10_000; i++) workspace.Documentation.AddDecision("D-" + i, "Decision " + i, Date, "Accepted", "Text.");

        var e = Assert.Throws<NotSupportedException>(() => StructurizrDslExporter.Export(workspace));

        Assert.Contains("The decisions of the workspace cannot be exported to the DSL: there are 10,001", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_decisions_fit_and_each_gets_its_own_number()
    {
        var workspace = new Workspace("W");
        for (var i = 0; i < 10_000; i++) workspace.Documentation.AddDecision("D-" + i, "Decision " + i, Date, "Accepted", "Text.");

        var adrs = AdrToolsImport.Folder(StructurizrDslExporter.Export(workspace).Files, "adrs/");

        Assert.Equal(10_000, adrs.Keys.Select(k => k[..4]).Distinct().Count());
    }

    private static void AssertAdrToolsNames(IEnumerable<string> names)
    {
        var list = names.ToList();
        Assert.All(list, name => Assert.Matches(AdrToolsName(), name));
        Assert.Equal(list.Count, list.Select(n => n[..4]).Distinct().Count());
    }

    [GeneratedRegex("^[0-9]{4}-.*\\.md$")]
    private static partial Regex AdrToolsName();
}
