using System.Text;
using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>
/// Input that is not a usable workspace, for whatever reason the library finds, is bad input: exit 2 and one line on
/// standard error, never the internal failure (70) that is kept for bugs in radai.
/// </summary>
public sealed class HostileInputCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Commands => new() { "validate", "render", "export-dsl", "export-mermaid" };

    private Task<RadaiResult> Run(string command, string path)
    {
        var output = _files.Sub("out-" + command);
        return command switch
        {
            "validate" => RadaiProcess.RunAsync("validate", path),
            "render" => RadaiProcess.RunAsync("render", path, "--output", output),
            "export-dsl" => RadaiProcess.RunAsync("export", path, "--format", "dsl", "--output", output),
            _ => RadaiProcess.RunAsync("export", path, "--format", "mermaid", "--output", output),
        };
    }

    private static void AssertBadInputOnOneLine(RadaiResult run, params string[] expected)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, run.StdErr.Count(c => c == '\n'));
        foreach (var text in expected) Assert.Contains(text, run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }

    [Fact]
    public async Task A_malformed_RAD_AI_register_is_bad_input_for_render_not_an_internal_failure()
    {
        var path = _files.WriteText("register.json", "{\"name\":\"W\",\"model\":{\"softwareSystems\":[{\"id\":\"1\",\"name\":\"S\"}]},\"properties\":{\"radai:e7.debt\":\"{\"}}");
        var run = await Run("render", path);

        AssertBadInputOnOneLine(run, "radai:e7.debt", "is not valid JSON");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Invalid_UTF8_is_bad_input_naming_the_file_and_the_position(string command)
    {
        var path = Path.Combine(_files.Dir, "latin1.json");
        File.WriteAllBytes(path, [.. "{\"name\":\"Caf"u8.ToArray(), 0xE9, .. "\"}"u8.ToArray()]);
        var run = await Run(command, path);

        AssertBadInputOnOneLine(run, path, "not valid UTF-8", "line 1, column 13");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_byte_order_mark_and_a_lone_surrogate_escape_are_read(string command)
    {
        var path = Path.Combine(_files.Dir, "bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(
            "{\"name\":\"W\\ud800\",\"model\":{\"softwareSystems\":[{\"id\":\"1\",\"name\":\"S\\udc00\",\"description\":\"d\"}]},\"views\":{\"systemLandscapeViews\":[{\"key\":\"L\",\"order\":1,\"elements\":[{\"id\":\"1\"}]}]}}")]);
        var run = await Run(command, path);

        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.Equal(string.Empty, run.StdErr);
    }

    [Fact]
    public async Task An_endless_device_such_as_dev_zero_is_refused_quickly()
    {
        // not a file of a workspace: the NUL bytes of /dev/zero (NUL on Windows reads as empty) stop the reading
        var device = OperatingSystem.IsWindows() ? "NUL" : "/dev/zero";
        var run = await RadaiProcess.RunAsync("validate", device);

        AssertBadInputOnOneLine(run, device, "line 1, column 1");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_file_over_the_size_limit_is_bad_input(string command)
    {
        var path = Path.Combine(_files.Dir, "huge.json");
        using (var file = File.Create(path)) file.SetLength(WorkspaceJson.MaxInputBytes + 1);
        var run = await Run(command, path);

        AssertBadInputOnOneLine(run, path, "1 GiB");
    }

    [Fact]
    public async Task A_blank_workspace_path_is_bad_input()
    {
        var run = await RadaiProcess.RunAsync("validate", " ");

        // a command-line error: its line, then the pointer to --help
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: WORKSPACE is empty", run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }
}
