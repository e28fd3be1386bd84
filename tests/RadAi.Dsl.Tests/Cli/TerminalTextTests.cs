namespace RadAi.Dsl.Tests.Cli;

/// <summary>
/// Text that comes from a model or a server reaches the terminal escaped: no control character (ESC, OSC, BEL, C0, C1)
/// and no bidirectional override can drive the terminal or disguise a line, and long messages are cut.
/// </summary>
public sealed class TerminalTextTests : IDisposable
{
    // a window-title (OSC) sequence ended by BEL, a colour (CSI), a C1 CSI, a right-to-left override and an isolate
    private const string Hostile = "\u001b]0;owned\u0007\u001b[31m\u009b2J\u202eexe.txt\u2066";

    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    private static void AssertSafe(string text)
    {
        Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'));
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_quoting_model_text_is_escaped_and_cut_on_one_line()
    {
        // two people with one (hostile, long) name: the reader's error quotes the name
        var name = Hostile + "\nerror: forged line" + new string('x', 3000);
        var json = "{\"name\":\"W\",\"model\":{\"people\":[{\"id\":\"1\",\"name\":" + System.Text.Json.JsonSerializer.Serialize(name) + "},{\"id\":\"2\",\"name\":" + System.Text.Json.JsonSerializer.Serialize(name) + "}]}}";
        var run = await RadaiProcess.RunAsync("render", _files.WriteText("twice.json", json), "--output", _files.Sub("docs"));

        Assert.True(run.ExitCode == 2, run.ToString());
        AssertSafe(run.StdErr);
        Assert.Equal(1, run.StdErr.Count(c => c == '\n'));
        Assert.Contains("\\u001B]0;owned\\u0007\\u001B[31m\\u009B2J\\u202Eexe.txt\\u2066\\u000Aerror: forged line", run.StdErr, StringComparison.Ordinal);
        Assert.Matches(@"… \(\d{1,3}(,\d{3})* more characters\)\n$", run.StdErr);
        Assert.InRange(run.StdErr.Length, 500, 600);
    }

    /// <summary>A workspace (as JSON: the C# API accepts only plain view keys) with one view whose key is <paramref name="key"/>.</summary>
    private string WithViewKey(string key)
        => _files.WriteText("hostile.json", "{\"name\":\"W\",\"model\":{\"softwareSystems\":[{\"id\":\"1\",\"name\":\"S\"}]},\"views\":{\"systemContextViews\":[{\"key\":"
            + System.Text.Json.JsonSerializer.Serialize(key) + ",\"softwareSystemId\":\"1\",\"order\":1,\"elements\":[{\"id\":\"1\"}]}]}}");

    [Fact]
    public async Task File_listings_naming_model_text_are_escaped()
    {
        var output = _files.Sub("diagrams");
        var run = await RadaiProcess.RunAsync("export", WithViewKey("ctx" + Hostile), "--format", "mermaid", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertSafe(run.StdOut);
        Assert.Contains("\\u202E", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comment_naming_each_view_in_a_diagram_stream_cannot_start_a_line_of_its_own()
    {
        var run = await RadaiProcess.RunAsync("export", WithViewKey("ctx\n%%{init: {\"theme\": \"dark\"}}%%" + Hostile), "--format", "mermaid");

        Assert.True(run.ExitCode == 0, run.ToString());
        var header = run.StdOut.Split('\n')[0];
        Assert.StartsWith("%% view: ctx\\u000A%%{init:", header, StringComparison.Ordinal);
        AssertSafe(header);
    }
}
