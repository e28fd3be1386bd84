using RadAi.Dsl.Rendering;
using System.Text;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

public class MermaidExporterTests
{
    /// <summary>
    /// Writes the Mermaid diagram of every view of the rich test workspace into <paramref name="folder"/> as
    /// <c>&lt;view key&gt;.mmd</c>, for tools/mermaid-check. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> WriteRichWorkspaceDiagrams(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var diagram in MermaidExporter.Export(RichWorkspace.Build()))
        {
            var path = Path.Combine(folder, diagram.Key + ".mmd");
            File.WriteAllText(path, diagram.Definition, new UTF8Encoding(false));
            files.Add(path);
        }
        return files;
    }

    [Fact]
    public void Every_view_of_the_rich_workspace_matches_its_snapshot()
    {
        // MERMAID_OUT=dir keeps the files for tools/mermaid-check (bash tools/mermaid-check/run.sh dir)
        var folder = Environment.GetEnvironmentVariable("MERMAID_OUT") is { Length: > 0 } kept
            ? kept
            : Path.Combine(Path.GetTempPath(), "radai-mermaid-" + Guid.NewGuid().ToString("N"));
        var files = WriteRichWorkspaceDiagrams(folder);
        try
        {
            // every view but the image view is a diagram
            Assert.Equal(RichWorkspace.Build().Views.All.Count(v => v is not ImageView), files.Count);
            Snapshot.MatchFolder("Rendering/Structurizr/mermaid", folder);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("MERMAID_OUT") is not { Length: > 0 }) Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("say \"hi\"", "say #quot;hi#quot;")]
    [InlineData("a]b[c", "a#93;b#91;c")]
    [InlineData("a|b", "a#124;b")]
    [InlineData("#1", "#35;1")]
    [InlineData("a;b", "a#59;b")]
    [InlineData("two\nlines", "two<br>lines")]
    [InlineData("two\r\nlines", "two<br>lines")]
    [InlineData("two\u2028lines\u2029here", "two<br>lines<br>here")]
    [InlineData("bell\u0007 esc\u001b nul\0", "bell  esc  nul ")]
    [InlineData("<script>", "#lt;script#gt;")]
    [InlineData("{x} (y) `z` &", "#123;x#125; #40;y#41; #96;z#96; #38;")]
    [InlineData("Ünïcødé ✓", "Ünïcødé ✓")]
    public void Label_text_is_written_with_entity_codes(string text, string expected)
        => Assert.Equal(expected, MermaidText.Escape(text));

    [Fact]
    public void Escaping_copies_plain_runs_whole_and_still_treats_every_character_as_the_rules_say()
    {
        // Random texts dense in special characters, against the rules applied one character at a time.
        var random = new Random(7);
        const string alphabet = "ab \"#&();<>[]`{|}\r\n\t\u0007\u0085\u2028\u2029é";
        for (var n = 0; n < 5_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(EscapeOneCharacterAtATime(text), MermaidText.Escape(text));
        }
        const string plain = "Recommendation model v12";
        Assert.Same(plain, MermaidText.Escape(plain));
    }

    private static string EscapeOneCharacterAtATime(string value)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var code = c switch
            {
                '"' => "#quot;", '#' => "#35;", '&' => "#38;", '(' => "#40;", ')' => "#41;", ';' => "#59;", '<' => "#lt;", '>' => "#gt;",
                '[' => "#91;", ']' => "#93;", '`' => "#96;", '{' => "#123;", '|' => "#124;", '}' => "#125;", '\n' or '\u2028' or '\u2029' => "<br>", _ => null,
            };
            if (c == '\r')
            {
                text.Append("<br>");
                if (i + 1 < value.Length && value[i + 1] == '\n') i++;
            }
            else text.Append(code ?? (char.IsControl(c) ? " " : c.ToString()));
        }
        return text.ToString();
    }

    [Fact]
    public void Awkward_text_cannot_break_a_label_or_an_edge()
    {
        var workspace = new Workspace("W");
        var a = workspace.Model.AddSoftwareSystem(RichWorkspace.Awkward, RichWorkspace.Awkward);
        var b = workspace.Model.AddSoftwareSystem("B \"quoted\" ]", "-->|x| B");
        a.Uses(b, RichWorkspace.Awkward, "HTTP [1] | \"2\"");
        var view = workspace.Views.CreateSystemLandscapeView("L");
        view.AddAllElements();
        var mermaid = MermaidExporter.Export(view);
        foreach (var line in mermaid.Split('\n').Where(l => l.Contains('"', StringComparison.Ordinal) && !l.StartsWith("title:", StringComparison.Ordinal)))
        {
            // each line holds exactly one quoted label, and nothing inside it can end it
            Assert.Equal(2, line.Count(c => c == '"'));
            var inside = line[(line.IndexOf('"', StringComparison.Ordinal) + 1)..line.LastIndexOf('"')];
            // the only brackets left are the exporter's own "[type]" and "[technology]" markers
            Assert.DoesNotContain(inside, c => c is '|' or '{' or '}' or '\n' or '`');
            foreach (var raw in new[] { "[x]", "[1]", "a;b", "<b>bold", "${", "-->" })
                Assert.DoesNotContain(raw, inside, StringComparison.Ordinal);
        }
        Assert.Contains("n1 -- \"", mermaid, StringComparison.Ordinal);
        Assert.Contains(MermaidText.Escape(RichWorkspace.Awkward), mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_become_class_definitions_and_dashed_link_styles()
    {
        var containers = MermaidExporter.Export(RichWorkspace.Build().Views.GetView("Containers")!);
        Assert.Contains("classDef style_08427b_x_ffffff_x_x_x fill:#08427b,color:#ffffff", containers, StringComparison.Ordinal);
        Assert.Contains("stroke-dasharray:10 5", containers, StringComparison.Ordinal);
        Assert.Contains(" -. \"Makes API calls to<br>[XML/HTTPS]\" .-> ", containers, StringComparison.Ordinal);
        Assert.Contains("linkStyle 4 stroke:#ff0000,stroke-width:3px", containers, StringComparison.Ordinal);
        Assert.Contains("subgraph b3 [\"Internet Banking System<br>[Software System]\"]", containers, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_steps_are_numbered_and_responses_point_back()
    {
        var signIn = MermaidExporter.Export(RichWorkspace.Build().Views.GetView("SignIn")!);
        Assert.Contains("\"1. Submits credentials to<br>[JSON/HTTPS]\"", signIn, StringComparison.Ordinal);
        Assert.Matches(@"n9 -- ""4\. Returns user data to<br>\[JDBC\]"" --> n12", signIn);
    }

    [Fact]
    public void Deployment_nodes_are_nested_subgraphs()
    {
        var live = MermaidExporter.Export(RichWorkspace.Build().Views.GetView("LiveDeployment")!);
        var lines = live.Split('\n').Select(l => l.TrimEnd()).ToList();
        var outer = lines.FindIndex(l => l.Contains("subgraph b33 ", StringComparison.Ordinal));
        var inner = lines.FindIndex(l => l.Contains("subgraph b35 ", StringComparison.Ordinal));
        Assert.True(outer >= 0 && inner > outer);
        Assert.StartsWith("            subgraph b35", lines[inner], StringComparison.Ordinal);
        Assert.Contains("n42 -- \"Forwards requests to<br>[HTTPS]\" --> b34", live, StringComparison.Ordinal);
        Assert.Contains("bigbank-web*** (x4)", live, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_views_have_no_mermaid_form()
    {
        var image = RichWorkspace.Build().Views.GetView("Logo")!;
        var error = Assert.Throws<ArgumentException>(() => MermaidExporter.Export(image));
        Assert.Contains("'Logo'", error.Message, StringComparison.Ordinal);
    }
}
