using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// Jackson reads a lone UTF-16 surrogate escape ("\ud800") into a Java string and Java's UTF-8 encoder writes it as '?'
/// (../shared/structurizr/FACTS.md 5.5): every entry point takes such a workspace, and the writer writes what Java writes.
/// </summary>
public class LoneSurrogateTests
{
    private const string Json = "{\"description\":\"x\\udc00y\",\"name\":\"a\\ud800b\",\"properties\":{\"k\\ud83d\":\"\\ude00v\"}}";

    [Fact]
    public void A_lone_surrogate_escape_reads_as_the_question_mark_structurizr_java_writes_for_it()
    {
        var workspace = WorkspaceJson.Deserialize(Json);

        Assert.Equal("a?b", workspace.Name);
        Assert.Equal("x?y", workspace.Description);
        Assert.Equal("?v", workspace.Properties["k?"]);
    }

    [Fact]
    public void Text_bytes_and_a_stream_read_it_alike()
    {
        var utf8 = Encoding.UTF8.GetBytes(Json);

        var fromBytes = WorkspaceJson.Deserialize(utf8.AsSpan());
        var fromStream = WorkspaceJson.Deserialize(new MemoryStream(utf8));

        Assert.Equal(WorkspaceJson.Serialize(WorkspaceJson.Deserialize(Json)), WorkspaceJson.Serialize(fromBytes));
        Assert.Equal(WorkspaceJson.Serialize(fromBytes), WorkspaceJson.Serialize(fromStream));
        Assert.Equal("a?b", fromStream.Name);
    }

    [Fact]
    public void Surrogate_pairs_and_escaped_backslashes_are_left_alone()
    {
        var workspace = WorkspaceJson.Deserialize("{\"name\":\"\\ud83d\\ude00 \\\\ud800 \\\\\\ud83d\\ude80\"}");

        Assert.Equal("\U0001F600 \\ud800 \\\U0001F680", workspace.Name);
    }

    [Fact]
    public void Byte_positions_in_errors_are_those_of_the_input()
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize("{\"name\":\"\\ud800\",\n \"id\": x}"));

        Assert.Contains("line 2, column 8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_in_the_model_is_written_as_the_question_mark_Java_writes_not_cut_off()
    {
        var workspace = new Workspace("a\ud800b", "long " + new string('x', 300) + "\udc00 end \"quoted\"");
        var system = workspace.Model.AddSoftwareSystem("S\ud83d");
        system.Properties.Set("key\udfff", "value\ud800");
        system.Tags.Add("tag\ud800");
        workspace.Views.CreateSystemContextView(system, "ctx", "d\ud800").AddAllElements();

        var json = WorkspaceJson.Serialize(workspace);

        Assert.Contains("\"name\":\"a?b\"", json, StringComparison.Ordinal);
        Assert.Contains(new string('x', 300) + "? end \\\"quoted\\\"\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"S?\"", json, StringComparison.Ordinal);
        Assert.Contains("\"key?\":\"value?\"", json, StringComparison.Ordinal);
        Assert.Contains("tag?", json, StringComparison.Ordinal);
        Assert.Contains("\"description\":\"d?\"", json, StringComparison.Ordinal);
        Assert.Equal(json, Encoding.UTF8.GetString(WorkspaceJson.SerializeToUtf8Bytes(workspace)));
        Assert.Equal(json, WorkspaceJson.Serialize(WorkspaceJson.Deserialize(json)));
    }
}
