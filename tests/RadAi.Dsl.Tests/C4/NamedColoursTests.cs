using RadAi.Dsl;

namespace RadAi.Dsl.Tests.C4;

/// <summary>Colours are read as structurizr-java reads them: a "#rrggbb" code or one of the 148 CSS colour names, stored as lower-case hex.</summary>
public class NamedColoursTests
{
    [Fact]
    public void Named_colours_in_workspace_JSON_are_read_in_any_case_and_written_back_as_hex()
    {
        const string json = """
            {"name":"W","views":{"configuration":{"styles":{
              "elements":[{"tag":"Person","background":"red","color":"DarkBlue","stroke":"Tomato"}],
              "relationships":[{"tag":"Relationship","color":"RebeccaPurple"}]}}}}
            """;

        var workspace = WorkspaceJson.Deserialize(json);

        var element = Assert.Single(workspace.Views.Configuration.Styles.Elements);
        Assert.Equal(("#ff0000", "#00008b", "#ff6347"), (element.Background, element.Color, element.Stroke));
        Assert.Equal("#663399", Assert.Single(workspace.Views.Configuration.Styles.Relationships).Color);
        var written = WorkspaceJson.Serialize(workspace);
        Assert.Contains("\"background\":\"#ff0000\"", written, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"#00008b\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("DarkBlue", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grey", "#808080")]
    [InlineData("GRAY", "#808080")]
    [InlineData("lightslategrey", "#778899")]
    [InlineData("Cyan", "#00ffff")]
    [InlineData("#ABCDEF", "#abcdef")]
    public void A_style_takes_a_colour_name_or_code_and_keeps_the_lower_case_code(string value, string stored)
    {
        var style = new Workspace("W").Views.Configuration.Styles.AddElementStyle("T");
        style.Background = value;
        Assert.Equal(stored, style.Background);
    }

    [Theory]
    [InlineData("transparent")]
    [InlineData("notacolour")]
    [InlineData("#12345")]
    public void Anything_else_is_refused_with_the_value_named(string value)
    {
        var style = new Workspace("W").Views.Configuration.Styles.AddElementStyle("T");
        var e = Assert.Throws<ArgumentException>(() => style.Background = value);
        Assert.Contains("'" + value + "' is not", e.Message, StringComparison.Ordinal);
        var json = "{\"name\":\"W\",\"views\":{\"configuration\":{\"styles\":{\"elements\":[{\"tag\":\"T\",\"background\":\"" + value + "\"}]}}}}";
        Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(json));
    }

    [Fact]
    public void The_table_is_the_148_names_of_CSS_Color_4()
        => Assert.Equal(148, NamedColours.Count);
}
