using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Structurizr;

public class PlantUmlExporterTests
{
    [Fact]
    public void Every_view_of_the_rich_workspace_matches_its_snapshot()
    {
        var folder = Environment.GetEnvironmentVariable("PLANTUML_OUT") is { Length: > 0 } kept
            ? kept
            : Path.Combine(Path.GetTempPath(), "radai-plantuml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var diagram in PlantUmlExporter.Export(RichWorkspace.Build()))
                File.WriteAllText(Path.Combine(folder, diagram.Key + ".puml"), diagram.Definition);
            Snapshot.MatchFolder("Rendering/Structurizr/plantuml", folder);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("PLANTUML_OUT") is not { Length: > 0 }) Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("say \"hi\"", "say &#34;hi&#34;")]
    [InlineData("C:\\new", "C:&#92;new")]
    [InlineData("%date() $x", "&#37;date() &#36;x")]
    [InlineData("<b>x</b> & ~", "&#60;b&#62;x&#60;/b&#62; &#38; &#126;")]
    [InlineData("**bold** //it// a--b __u__", "*&#42;bold*&#42; /&#47;it/&#47; a-&#45;b _&#95;u_&#95;")]
    [InlineData("[[link]]", "&#91;&#91;link&#93;&#93;")]
    [InlineData("two\nlines", "two\\nlines")]
    [InlineData("two\u2028lines\u2029here", "two\\nlines\\nhere")]
    [InlineData("a, (b)", "a, (b)")]
    [InlineData("Ünïcødé ✓", "Ünïcødé ✓")]
    public void Macro_arguments_are_escaped(string text, string expected) => Assert.Equal(expected, PlantUmlText.Escape(text));

    [Fact]
    public void Uses_the_c4_macros_for_each_kind_of_element()
    {
        var views = RichWorkspace.Build().Views;
        var containers = PlantUmlExporter.Export(views.GetView("Containers")!);
        Assert.Contains("!include <C4/C4_Container>", containers, StringComparison.Ordinal);
        Assert.Contains("Person_Ext(e1, \"Personal Banking Customer\"", containers, StringComparison.Ordinal);
        Assert.Contains("System_Ext(e5, \"E-mail System\"", containers, StringComparison.Ordinal);
        Assert.Contains("System_Boundary(e3_boundary, \"Internet Banking System\") {", containers, StringComparison.Ordinal);
        Assert.Contains("ContainerDb(e9, \"Database\"", containers, StringComparison.Ordinal);
        Assert.Contains("AddRelTag(\"Asynchronous\", $textColor=\"#ff0000\", $lineColor=\"#ff0000\", $lineThickness=\"3\", $lineStyle=DashedLine())", containers, StringComparison.Ordinal);
        Assert.Contains("Rel(e8, e4, \"Makes API calls to\", \"XML/HTTPS\", $tags=\"Asynchronous\")", containers, StringComparison.Ordinal);
        Assert.Contains("LAYOUT_TOP_DOWN()", containers, StringComparison.Ordinal);

        var components = PlantUmlExporter.Export(views.GetView("Components")!);
        Assert.Contains("Container_Boundary(e8_boundary, \"API Application\") {", components, StringComparison.Ordinal);
        Assert.Contains("Component(e10, \"Sign In Controller\"", components, StringComparison.Ordinal);

        var live = PlantUmlExporter.Export(views.GetView("LiveDeployment")!);
        Assert.Contains("!include <C4/C4_Deployment>", live, StringComparison.Ordinal);
        Assert.Contains("Deployment_Node(e35, \"Apache Tomcat\"", live, StringComparison.Ordinal);
        Assert.Contains("LAYOUT_LEFT_RIGHT()", live, StringComparison.Ordinal);
    }

    [Fact]
    public void Awkward_text_stays_inside_its_quotes()
    {
        var workspace = new Workspace("W");
        var a = workspace.Model.AddPerson(RichWorkspace.Awkward, RichWorkspace.Awkward);
        var b = workspace.Model.AddSoftwareSystem("B", "\")\nPerson(x, \"injected\")");
        a.Uses(b, RichWorkspace.Awkward, "\"tech\"");
        var view = workspace.Views.CreateSystemContextView(b, "C");
        view.AddAllElements();
        var puml = PlantUmlExporter.Export(view);
        foreach (var line in puml.Split('\n').Where(l => l.StartsWith("Person(", StringComparison.Ordinal) || l.StartsWith("System(", StringComparison.Ordinal) || l.StartsWith("Rel(", StringComparison.Ordinal)))
        {
            Assert.Equal(0, line.Count(c => c == '"') % 2);
            Assert.EndsWith(")", line, StringComparison.Ordinal);
            Assert.DoesNotContain("%date()", line, StringComparison.Ordinal);
            Assert.DoesNotContain("${", line, StringComparison.Ordinal);
        }
        Assert.Single(puml.Split('\n'), l => l.StartsWith("Person(", StringComparison.Ordinal));
    }
}
