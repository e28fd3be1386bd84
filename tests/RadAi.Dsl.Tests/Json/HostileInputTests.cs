using System.Text;
using RadAi.Dsl;
using RadAi.Dsl.Inspections;
using RadAi.Dsl.Tests.Client.Support;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// Hand-made hostile inputs (byte order marks, invalid UTF-8, lone surrogate escapes, nothing, blanks, deep nesting,
/// numbers no type holds, NUL bytes) fed to every public entry point that reads workspace JSON: each either reads it or
/// raises the exception its XML documentation names, nothing else.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A small but complete workspace with a view, whose text fields take the hostile value.</summary>
    private static string Workspace(string name = "W", string description = "d", string key = "K", string property = "p", string value = "v", string id = "\"1\"", string order = "1")
        => "{\"name\":\"" + name + "\",\"description\":\"" + description + "\",\"id\":7,\"properties\":{\"" + property + "\":\"" + value + "\"}," +
           "\"model\":{\"people\":[{\"id\":" + id + ",\"name\":\"U\",\"relationships\":[{\"id\":\"3\",\"sourceId\":" + id + ",\"destinationId\":\"2\",\"description\":\"" + description + "\"}]}]," +
           "\"softwareSystems\":[{\"id\":\"2\",\"name\":\"" + name + "\",\"properties\":{\"radai:e7.debt\":\"" + value + "\"}}]}," +
           "\"views\":{\"systemLandscapeViews\":[{\"key\":\"" + key + "\",\"order\":" + order + ",\"elements\":[{\"id\":" + id + "},{\"id\":\"2\"}]}]}}";

    public static TheoryData<string, byte[]> Inputs()
    {
        var data = new TheoryData<string, byte[]>();
        void Add(string label, byte[] bytes) => data.Add(label, bytes);
        void Text(string label, string text) => Add(label, Encoding.UTF8.GetBytes(text));

        Text("empty", "");
        Text("blanks", " \t\r\n ");
        Text("null", "null");
        Text("a number", "1e99999");
        Text("a string", "\"\\ud800\"");
        Add("only a BOM", Bom);
        Add("BOM then a workspace", [.. Bom, .. Encoding.UTF8.GetBytes(Workspace())]);
        Add("two BOMs", [.. Bom, .. Bom, .. Encoding.UTF8.GetBytes(Workspace())]);
        Add("BOM inside a string", Encoding.UTF8.GetBytes(Workspace(name: "a\uFEFFb")));
        Add("UTF-16 with its BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Workspace())]);
        foreach (var (label, bad) in new (string, byte[])[]
                 {
                     ("a stray continuation byte", [0x80]),
                     ("an overlong encoding", [0xC0, 0xAF]),
                     ("a truncated sequence", [0xE2, 0x82]),
                     ("an encoded surrogate", [0xED, 0xA0, 0x80]),
                     ("a byte no UTF-8 has", [0xFF]),
                 })
        {
            var workspace = Encoding.UTF8.GetBytes(Workspace(name: "#", value: "#"));
            var at = Array.IndexOf(workspace, (byte)'#');
            Add("invalid UTF-8 in a name: " + label, [.. workspace[..at], .. bad, .. workspace[(at + 1)..]]);
            Add("invalid UTF-8 outside strings: " + label, [.. bad, .. workspace]);
        }
        foreach (var (label, escape) in new[] { ("high", "\\ud800"), ("low", "\\udfff"), ("reversed pair", "\\udc00\\ud800"), ("high then text", "\\uD83Dx"), ("high at the end", "x\\ud83d") })
        {
            Text($"lone surrogate ({label}) in names", Workspace(name: escape));
            Text($"lone surrogate ({label}) in a description", Workspace(description: escape));
            Text($"lone surrogate ({label}) in a view key", Workspace(key: escape));
            Text($"lone surrogate ({label}) in a property name", Workspace(property: escape));
            Text($"lone surrogate ({label}) in a property value", Workspace(value: escape));
            Text($"lone surrogate ({label}) in ids", Workspace(id: "\"" + escape + "\""));
            Text($"lone surrogate ({label}) escaped again inside a RAD-AI register", Workspace(value: "[{\\\"id\\\":\\\"" + escape.Replace("\\", "\\\\", StringComparison.Ordinal) + "\\\"}]"));
        }
        Text("an escaped backslash before u", Workspace(name: "\\\\ud800"));
        Text("nested arrays at the depth limit", "{\"name\":\"W\",\"x\":" + new string('[', 254) + new string(']', 254) + "}");
        Text("nested arrays past the depth limit", "{\"name\":\"W\",\"x\":" + new string('[', 300) + new string(']', 300) + "}");
        Text("nested objects far past the depth limit", "{\"name\":\"W\",\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_001));
        Text("deeply nested deployment nodes", "{\"name\":\"W\",\"model\":{\"deploymentNodes\":[" + string.Concat(Enumerable.Range(0, 120).Select(i => $"{{\"id\":\"{i + 1}\",\"name\":\"N{i}\",\"children\":[")) + new string(']', 1) + string.Concat(Enumerable.Repeat("}]", 120)) + "}}");
        Text("an unclosed string", "{\"name\":\"W");
        foreach (var number in new[] { "1e400", "-1e400", "99999999999999999999999999", "9223372036854775808", "-0", "1e-400", "2147483648", "0.5", "-1" })
        {
            Text($"the number {number} as an id", Workspace(id: number));
            Text($"the number {number} as a view order", Workspace(order: number));
            Text($"the number {number} as the workspace id", "{\"name\":\"W\",\"id\":" + number + "}");
            Text($"the number {number} as a date", "{\"name\":\"W\",\"lastModifiedDate\":" + number + "}");
            Text($"the number {number} as a boolean", "{\"name\":\"W\",\"views\":{\"configuration\":{\"styles\":{\"elements\":[{\"tag\":\"x\",\"metadata\":" + number + ",\"width\":" + number + "}]}}}}");
        }
        Text("a thousand-digit number", "{\"name\":\"W\",\"id\":" + new string('9', 1000) + "}");
        Add("a NUL byte", [.. Encoding.UTF8.GetBytes("{\"name\":\"W\""), 0, .. "}"u8.ToArray()]);
        Add("only NUL bytes", new byte[4096]);
        Text("a control character raw in a string", Workspace(name: "a\u001Bb"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_public_reader_reads_the_input_or_raises_its_documented_exception(string label, byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var path = Path.Combine(_folder.Path, "workspace.json");
        File.WriteAllBytes(path, input);

        var outcomes = new List<string>();
        void Read(string entry, Func<object> read, params Type[] documented)
        {
            try
            {
                var result = read();
                if (result is RadAi.Dsl.Workspace workspace)
                {
                    // what was read can be written, and its RAD-AI model loads or says why not
                    WorkspaceJson.Serialize(workspace);
                    try
                    {
                        RadAiModel.Load(workspace);
                    }
                    catch (RadAiConventionException)
                    {
                    }
                }
                outcomes.Add(entry + ": read");
            }
            catch (Exception e) when (documented.Contains(e.GetType()))
            {
                outcomes.Add(entry + ": " + e.GetType().Name);
            }
            catch (Exception e)
            {
                Assert.Fail($"{label}: {entry} raised {e.GetType().Name}, which its documentation does not name: {e.Message}");
            }
        }

        Read("WorkspaceJson.Deserialize(string)", () => WorkspaceJson.Deserialize(text), typeof(WorkspaceJsonException));
        Read("WorkspaceJson.Deserialize(bytes)", () => WorkspaceJson.Deserialize(input.AsSpan()), typeof(WorkspaceJsonException));
        Read("WorkspaceJson.Deserialize(stream)", () => WorkspaceJson.Deserialize(new MemoryStream(input)), typeof(WorkspaceJsonException));
        Read("WorkspaceJson.ReadFile", () => WorkspaceJson.ReadFile(path), typeof(WorkspaceJsonException));
        Read("Inspector.RunJson(string)", () => Inspector.RunJson(text), typeof(WorkspaceJsonException));
        Read("Inspector.RunJson(bytes)", () => Inspector.RunJson(input.AsSpan()), typeof(WorkspaceJsonException));
        Read("Inspector.RunFile", () => Inspector.RunFile(path), typeof(WorkspaceJsonException));
        Assert.Equal(7, outcomes.Count);
    }

    /// <summary>A stream whose reading fails half-way, as a dropped network connection does.</summary>
    private sealed class FailingStream() : MemoryStream("{\"name\":"u8.ToArray())
    {
        public override int Read(byte[] buffer, int offset, int count)
            => Position < Length ? base.Read(buffer, offset, count) : throw new IOException("The connection was reset.");
    }

    [Fact]
    public void A_stream_that_fails_while_it_is_read_gives_the_documented_exception()
    {
        var e = Assert.Throws<WorkspaceJsonException>(() => WorkspaceJson.Deserialize(new FailingStream()));

        Assert.Contains("The connection was reset.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_read_by_the_inspector_as_by_the_reader()
    {
        var json = Encoding.UTF8.GetBytes(Workspace());

        var withBom = Inspector.RunJson([.. Bom, .. json]);

        Assert.True(withBom.IsComplete);
        Assert.Equal(Inspector.RunJson(json).Findings.Select(f => f.ToString()), withBom.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Invalid_UTF8_is_reported_by_the_inspector_with_the_file_and_the_byte_position()
    {
        var path = Path.Combine(_folder.Path, "latin1.json");
        File.WriteAllBytes(path, [.. "{\"name\":\"Caf"u8.ToArray(), 0xE9, .. "\"}"u8.ToArray()]);

        var e = Assert.Throws<WorkspaceJsonException>(() => Inspector.RunFile(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, column 13", e.Message, StringComparison.Ordinal);
    }
}
