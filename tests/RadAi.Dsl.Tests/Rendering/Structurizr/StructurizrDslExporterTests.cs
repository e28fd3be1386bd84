using System.Globalization;
using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

public partial class StructurizrDslExporterTests
{
    private static readonly Workspace Rich = RichWorkspace.Build();
    private static readonly DslExport Export = StructurizrDslExporter.Export(Rich);
    private static readonly List<List<DslTokenizer.Token>> Lines = DslTokenizer.Lines(Export.Workspace);

    [Fact]
    public void Rich_workspace_matches_the_snapshot_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "radai-dsl-" + Guid.NewGuid().ToString("N"));
        try
        {
            Export.WriteTo(folder);
            Snapshot.MatchFolder("Rendering/Structurizr/dsl", folder);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void Blocks_balance_and_every_line_tokenizes()
    {
        Assert.True(DslTokenizer.CheckBlocks(Lines) >= 4);
        Assert.Equal("workspace", Lines[0][0].Text);
        Assert.Contains(Lines, l => l is [{ Text: "!impliedRelationships" }, { Text: "false" }]);
        Assert.Contains(Lines, l => l is [{ Text: "!identifiers" }, { Text: "flat" }]);
        Assert.DoesNotContain("\r", Export.Workspace, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_name_description_and_technology_unescapes_back_to_the_model_text()
    {
        var strings = Lines.SelectMany(l => l).Where(t => t.Quoted).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var e in Rich.Model.Elements)
        {
            if (e is not StaticStructureElementInstance) texts.Add(e.Name);
            if (!string.IsNullOrEmpty(e.Description)) texts.Add(e.Description);
            if (e is Container { Technology: { } ct }) texts.Add(ct);
            if (e is Component { Technology: { } mt }) texts.Add(mt);
            foreach (var (key, value) in e.Properties) texts.AddRange([key, value]);
            foreach (var p in e.Perspectives) texts.AddRange([p.Name, p.Description]);
        }
        foreach (var r in Rich.Model.Relationships.Where(r => r.LinkedRelationshipId is null))
        {
            if (r.Description is not null) texts.Add(r.Description);
            if (r.Technology is not null) texts.Add(r.Technology);
        }
        texts.AddRange(Rich.Views.All.Select(v => v.Key));
        texts.Add(Rich.Name);
        texts.Add(Rich.Description!);
        foreach (var text in texts)
            Assert.Contains(Expected(text), strings);
    }

    // the three documented substitutions; everything else comes back unchanged
    private static string Expected(string text)
    {
        text = text.Replace("${", "\uFF04{", StringComparison.Ordinal);
        return BackslashTheDslCannotSpell().Replace(text, "\uFF3C");
    }

    [GeneratedRegex(@"\\(?=n|""|$)")]
    private static partial Regex BackslashTheDslCannotSpell();

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("two\r\nlines\rthree", "\"two\\nlines\\nthree\"")]
    [InlineData("C:\\temp", "\"C:\\temp\"")]
    [InlineData("C:\\new", "\"C:\uFF3Cnew\"")]
    [InlineData("ends with \\", "\"ends with \uFF3C\"")]
    [InlineData("quote after \\\"", "\"quote after \uFF3C\\\"\"")]
    [InlineData("${HOME} and $5 and {x}", "\"\uFF04{HOME} and $5 and {x}\"")]
    [InlineData("{", "\"\uFF5B\"")]
    [InlineData("tab\there", "\"tab\there\"")]
    [InlineData("bell\u0007", "\"bell \"")]
    [InlineData("Ünïcødé ✓ 日本", "\"Ünïcødé ✓ 日本\"")]
    [InlineData("", "\"\"")]
    public void Quoting_escapes_what_the_dsl_can_escape_and_substitutes_what_it_cannot(string text, string expected)
    {
        var quoted = DslText.Quote(text);
        Assert.Equal(expected, quoted);
        var token = Assert.Single(DslTokenizer.Tokenize(quoted));
        Assert.True(token.Quoted);
    }

    [Fact]
    public void Quoting_copies_plain_runs_whole_and_still_treats_every_character_as_the_rules_say()
    {
        // Random texts dense in special characters, against the rules applied one character at a time.
        var random = new Random(42);
        const string alphabet = "ab \"\\$\r\n\t{}\u0007\u0085é";
        for (var n = 0; n < 5_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(QuoteOneCharacterAtATime(text), DslText.Quote(text));
        }
    }

    [Fact]
    public void Quoting_into_a_writer_gives_the_quoted_text_and_a_slice_is_quoted_as_a_text_of_its_own()
    {
        var random = new Random(7);
        const string alphabet = "ab \"\\$\r\n\t{}\u0007\u0085é";
        for (var n = 0; n < 5_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var start = random.Next(0, text.Length + 1);
            var length = random.Next(0, text.Length - start + 1);
            var output = new StringWriter();
            DslText.WriteQuoted(output, text.AsSpan(start, length));
            Assert.Equal(QuoteOneCharacterAtATime(text.Substring(start, length)), output.ToString());
        }
    }

    [Fact]
    public void User_tags_leave_out_the_defaults_wherever_they_stand()
    {
        var model = new Workspace("W").Model;
        var system = model.AddSoftwareSystem("S");
        Assert.True(DslUserTags.Of(system).IsEmpty);
        system.Tags.Add("A", "B");
        Assert.Equal("A,B", DslUserTags.Of(system).ToString());
        // A default between user tags: Element,A,Software System,B
        system.Tags.Remove(Tags.SoftwareSystem);
        system.Tags.Remove("B");
        system.Tags.Add(Tags.SoftwareSystem, "B");
        Assert.Equal("Element,A,Software System,B", system.Tags.ToString());
        Assert.Equal("A,B", DslUserTags.Of(system).ToString());
        // Defaults of another kind are user tags; defaults at the end are left out.
        var person = model.AddPerson("P");
        person.Tags.Remove(Tags.Element);
        person.Tags.Add(Tags.Container, Tags.Element);
        Assert.Equal(Tags.Container, DslUserTags.Of(person).ToString());
        var relationship = person.Uses(system, "uses");
        Assert.True(DslUserTags.Of(relationship).IsEmpty);
        relationship.Tags.Add("Async", Tags.Element);
        Assert.Equal("Async,Element", DslUserTags.Of(relationship).ToString());
    }

    private static string QuoteOneCharacterAtATime(string value)
    {
        if (value == "{") return "\"\uFF5B\"";
        if (value == "}") return "\"\uFF5D\"";
        var text = new System.Text.StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            if (c == '"') text.Append("\\\"");
            else if (c == '\r') { text.Append("\\n"); if (next == '\n') i++; }
            else if (c == '\n') text.Append("\\n");
            else if (c == '\\') text.Append(i + 1 == value.Length || next is 'n' or '"' ? DslText.BackslashSubstitute : '\\');
            else if (c == '$' && next == '{') text.Append(DslText.DollarSubstitute);
            else if (c == '\t') text.Append(c);
            else text.Append(char.IsControl(c) ? ' ' : c);
        }
        return text.Append('"').ToString();
    }

    [Fact]
    public void Every_element_relationship_and_view_is_declared()
    {
        var ids = new DslIdentifiers(Rich.Model);
        var declared = Lines.Where(l => l.Count >= 3 && l[1].Text == "=").Select(l => l[0].Text).ToHashSet(StringComparer.Ordinal);
        foreach (var element in Rich.Model.Elements) Assert.Contains(ids.Of(element), declared);

        var relationshipLines = Lines.Where(l => l.Any(t => !t.Quoted && t.Text == "->") && l.Count > 3).ToList();
        foreach (var r in Rich.Model.Relationships.Where(r => r.LinkedRelationshipId is null))
            Assert.Contains(relationshipLines, l => Declares(l, ids.Of(r.Source), ids.Of(r.Destination), r.Description));

        var viewKeywords = new[] { "systemLandscape", "systemContext", "container", "component", "dynamic", "deployment", "filtered", "image", "custom" };
        var viewLines = Lines.Where(l => viewKeywords.Contains(l[0].Text) && l.Any(t => t.Quoted) && l is not [{ Text: "image" }, _]).ToList();
        foreach (var view in Rich.Views.All)
            Assert.Contains(viewLines, l => l.Any(t => t.Quoted && t.Text == view.Key));
        Assert.Equal(Rich.Views.All.Count, viewLines.Count);
    }

    private static bool Declares(List<DslTokenizer.Token> line, string source, string destination, string? description)
    {
        var arrow = line.FindIndex(t => !t.Quoted && t.Text == "->");
        return arrow > 0 && line[arrow - 1].Text == source && line[arrow + 1].Text == destination
               && (description is null || (line.Count > arrow + 2 && line[arrow + 2].Text == description));
    }

    [Fact]
    public void Identifiers_are_valid_unique_ignoring_case_and_not_keywords()
    {
        var declared = Lines.Where(l => l.Count >= 3 && l[1].Text == "=").Select(l => l[0].Text).ToList();
        Assert.All(declared, id => Assert.Matches(@"^\w[a-zA-Z0-9_-]*$", id));
        Assert.Equal(declared.Count, declared.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        var workspace = new Workspace("W");
        workspace.Model.AddPerson("Model");
        workspace.Model.AddPerson("model!");
        workspace.Model.AddSoftwareSystem("42");
        workspace.Model.AddSoftwareSystem("日本");
        var ids = new DslIdentifiers(workspace.Model);
        Assert.Equal(["model_2", "model_3", "n_42", "x65e5_x672c"], workspace.Model.Elements.Select(ids.Of).ToArray());
    }

    [Fact]
    public void Twenty_thousand_names_with_one_slug_get_unique_identifiers_each_found_in_a_bounded_number_of_tries()
    {
        // "a", "a!", "a#", … "a!!", …: every name slugs to "a".
        const string punctuation = "!#%&()*+,./:;<=>?@[]^{|}~";
        var workspace = new Workspace("W");
        for (var i = 0; i < 20_000; i++)
        {
            var name = new System.Text.StringBuilder("a");
            for (var n = i; n > 0; n /= punctuation.Length) name.Append(punctuation[n % punctuation.Length]);
            workspace.Model.AddPerson(name.ToString());
        }

        var ids = new DslIdentifiers(workspace.Model);
        var declared = DslTokenizer.Lines(StructurizrDslExporter.Export(workspace).Workspace)
            .Where(l => l.Count >= 3 && l[1].Text == "=" && l[2].Text == "person").Select(l => l[0].Text).ToList();

        Assert.Equal(20_000, declared.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["a", "a_2", "a_3"], declared.Take(3));
        // Each claim tries its stem and then only suffixes it has not tried before: linear, where trying _2, _3, … from
        // the start each time would be 200 million tries.
        Assert.InRange(ids.CandidatesTried, 20_000, 2 * 20_000);
    }

    [Fact]
    public void Identifiers_of_long_accented_and_nested_names_are_their_words_under_their_parents()
    {
        // Long enough for the slug to be made in a rented buffer instead of on the stack.
        var workspace = new Workspace("W");
        var system = workspace.Model.AddSoftwareSystem(string.Concat(Enumerable.Repeat("Crème Brûlée Service ", 20)));
        var container = system.AddContainer("2nd API");
        var component = container.AddComponent("!!!");
        var ids = new DslIdentifiers(workspace.Model);
        var systemId = string.Join('_', Enumerable.Repeat("creme_brulee_service", 20));
        Assert.Equal(systemId, ids.Of(system));
        Assert.Equal(systemId + "_n_2nd_api", ids.Of(container));
        Assert.Equal(systemId + "_n_2nd_api_e", ids.Of(component));
        Assert.Equal("x65e5_x672c", DslIdentifiers.Slug("日本"));
    }

    [Fact]
    public void Static_views_include_their_elements_and_exclude_relationships_they_leave_out()
    {
        var ids = new DslIdentifiers(Rich.Model);
        var context = (SystemContextView)Rich.Views.GetView("SystemContext")!;
        var block = ViewBlock("SystemContext");
        foreach (var e in context.Elements) Assert.Contains(block, l => l is [{ Text: "include" }, var id] && id.Text == ids.Of(e.Element));
        // the removed customer -> banking relationship is named in the model and excluded here
        var excluded = Assert.Single(block, l => l[0].Text == "exclude");
        var relationship = Rich.Model.Relationships.Single(r => r.Tags.Contains("Key"));
        Assert.Contains(Lines, l => l.Count > 3 && l[0].Text == excluded[1].Text && l[1].Text == "=" && l[3].Text == "->");
        Assert.False(context.Contains(relationship));
        Assert.Contains(block, l => l[0].Text == "animation");
    }

    [Fact]
    public void Dynamic_view_steps_keep_their_order_descriptions_and_direction()
    {
        var block = ViewBlock("SignIn");
        var steps = block.Where(l => l.Count >= 2 && l[0].Text.StartsWith("rel_", StringComparison.Ordinal) || l.Any(t => t.Text == "->")).ToList();
        Assert.Equal(4, steps.Count);
        Assert.Equal(["Submits credentials to", "Validates credentials using", "Select * from users where username = ?", "Returns user data to"],
            steps.Select(s => s.First(t => t.Quoted).Text).ToArray());
        // the response step is written from the database back to the component
        Assert.Equal("internet_banking_system_database", steps[3][0].Text);
    }

    [Fact]
    public void Documentation_and_decisions_become_docs_and_adr_tools_files()
    {
        Assert.Contains("docs/01-context.md", Export.Files.Keys);
        Assert.Contains("docs/02-quality-goals.md", Export.Files.Keys);
        Assert.Contains("elements/internet_banking_system/docs/01-internet-banking.md", Export.Files.Keys);
        var adr = Export.Files["adrs/0002-use-oracle-for-storage.md"];
        Assert.StartsWith("# 2. Use \"Oracle\" for storage\n\nDate: 2024-02-01\n\n## Status\n\nSuperseded\n\nDepends on [1. Record architecture decisions](0001-record-architecture-decisions.md)\n", adr, StringComparison.Ordinal);
        Assert.Contains(Lines, l => l is [{ Text: "!adrs" }, { Text: "elements/internet_banking_system/adrs" }]);
        Assert.All(Export.Files.Values, content => Assert.DoesNotContain("\r", content, StringComparison.Ordinal));
    }

    [Fact]
    public void Replicated_instance_relationships_are_left_to_the_parser()
    {
        var linked = Rich.Model.Relationships.Where(r => r.LinkedRelationshipId is not null).ToList();
        Assert.NotEmpty(linked);
        var ids = new DslIdentifiers(Rich.Model);
        foreach (var r in linked)
            Assert.DoesNotContain(Lines, l => l.Count > 2 && l[0].Text == ids.Of(r.Source) && l[1].Text == "->");
    }

    [Fact]
    public void Output_is_the_same_under_another_culture_and_the_model_is_unchanged()
    {
        var before = RadAi.Dsl.WorkspaceJson.Serialize(Rich);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(Export.Workspace, StructurizrDslExporter.Export(Rich).Workspace);
        }
        finally { CultureInfo.CurrentCulture = culture; }
        Assert.Equal(before, RadAi.Dsl.WorkspaceJson.Serialize(Rich));
    }

    [Fact]
    public void An_empty_workspace_exports_a_minimal_valid_file()
    {
        var dsl = StructurizrDslExporter.Export(new Workspace("Empty")).Workspace;
        DslTokenizer.CheckBlocks(DslTokenizer.Lines(dsl));
        Assert.Equal("workspace \"Empty\" {\n    !identifiers flat\n    !impliedRelationships false\n\n    model {\n    }\n\n    views {\n    }\n}\n", dsl);
    }

    private static List<List<DslTokenizer.Token>> ViewBlock(string key)
    {
        var start = Lines.FindIndex(l => l.Any(t => t.Quoted && t.Text == key) && l[^1].Text == "{");
        var depth = 0;
        var block = new List<List<DslTokenizer.Token>>();
        for (var i = start; i < Lines.Count; i++)
        {
            if (Lines[i][^1].Text == "{") depth++;
            if (Lines[i] is [{ Text: "}" }]) depth--;
            block.Add(Lines[i]);
            if (depth == 0) break;
        }
        return block;
    }
}
