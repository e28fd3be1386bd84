using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// Long texts, such as the registers' JSON kept in properties, are escaped by the writer's vector search and written in
/// bulk; the bytes must be Jackson's (<see cref="JacksonReference"/>), compact and indented, and read back to the same text.
/// </summary>
public class LongTextEscapingTests
{
    public static TheoryData<string> Texts => new()
    {
        Long("{\"id\":\"MDL-1\",\"path\":\"C:\\\\models\\\\ranker\",\"note\":\"a \\\"quoted\\\" word\"}"),
        Long("line one\nline two\r\n\ttabbed\b\f"),
        Long("control \u0000 \u0001 \u001F and DEL \u007F stay"),
        Long("non-ASCII: é ü → ≤ 5 s, 日本語, no escaping"),
        Long("non-ASCII between escapes: \"é\"\\ü\n日本\u0001→"),
        Long("emoji 🚀 take the writer's own path (surrogates)"),
        Long("plain text without anything to escape"),
        new string('"', 300),
        new string('\\', 300) + "\u0002",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_long_text_is_written_as_the_writer_would_escape_it(string text)
    {
        var workspace = new Workspace("W");
        workspace.Properties.Set("radai:test", text);
        workspace.Model.AddPerson("P", text);
        var expected = System.Text.Encoding.UTF8.GetString(JacksonReference.Quote(text));

        var compact = WorkspaceJson.Serialize(workspace);
        Assert.Contains("\"radai:test\":" + expected, compact, StringComparison.Ordinal);
        Assert.Contains("\"description\":" + expected, compact, StringComparison.Ordinal);
        var indented = WorkspaceJson.Serialize(workspace, indented: true);
        Assert.Contains("\"radai:test\": " + expected, indented, StringComparison.Ordinal);

        var read = WorkspaceJson.Deserialize(compact);
        Assert.Equal(text, read.Properties["radai:test"]);
        Assert.Equal(text, read.Model.People.Single().Description);
        Assert.Equal(compact, WorkspaceJson.Serialize(read));
    }

    private static string Long(string text) => string.Concat(Enumerable.Repeat(text + " ", 400 / text.Length + 1));
}
