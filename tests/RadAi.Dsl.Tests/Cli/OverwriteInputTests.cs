using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>
/// <c>radai render</c> and <c>radai export</c> never replace the workspace they read with one of their outputs: exit 2,
/// nothing written, the input untouched.
/// </summary>
public sealed class OverwriteInputTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>The Netflix workspace as <paramref name="name"/> in <paramref name="folder"/> (under the temp folder), with a field the library does not keep.</summary>
    private string Input(string folder, string name)
    {
        Directory.CreateDirectory(_files.Sub(folder));
        var json = File.ReadAllText(_files.Netflix());
        return _files.WriteText(Path.Combine(folder, name), json.Insert(1, "\"unknownField\":true,"));
    }

    private static void AssertRefused(RadaiResult run, string given, string input, byte[] before, string output)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.StartsWith("error: ", run.StdErr, StringComparison.Ordinal);
        Assert.Contains($"'{given}'", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("would replace the workspace it reads", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Single(Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("as they are")]
    [InlineData("relative, with . and ..")]
    [InlineData("through a symbolic link to the folder")]
    public async Task Render_refuses_an_output_folder_where_it_would_write_over_its_input(string written)
    {
        var input = Input("docs", "workspace.json");
        var before = File.ReadAllBytes(input);
        var (workspaceArgument, outputArgument) = (input, _files.Sub("docs"));
        if (written.StartsWith("relative", StringComparison.Ordinal))
            (workspaceArgument, outputArgument) = (Path.Combine("docs", ".", "workspace.json"), Path.Combine("elsewhere", "..", "docs") + Path.DirectorySeparatorChar);
        else if (written.Contains("link", StringComparison.Ordinal))
            outputArgument = Directory.CreateSymbolicLink(_files.Sub("alias"), _files.Sub("docs")).FullName;

        var run = await RadaiProcess.RunAsync(["render", workspaceArgument, "--output", outputArgument], workingDirectory: _files.Dir);

        AssertRefused(run, workspaceArgument, input, before, _files.Sub("docs"));
    }

    [Fact]
    public async Task An_input_in_the_output_folder_that_no_output_replaces_is_fine()
    {
        var input = Input("docs", "model.json");
        var before = File.ReadAllBytes(input);

        var run = await RadaiProcess.RunAsync("render", input, "--output", _files.Sub("docs"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.True(File.Exists(Path.Combine(_files.Sub("docs"), "workspace.json")));
    }

    [Fact]
    public async Task Export_of_the_DSL_refuses_to_write_over_its_input()
    {
        // an input named like one of the DSL export's files, in the folder it writes into
        var input = Input("dsl", DslExport.WorkspaceFileName);
        var before = File.ReadAllBytes(input);

        var run = await RadaiProcess.RunAsync("export", input, "--format", "dsl", "--output", _files.Sub("dsl"));

        AssertRefused(run, input, input, before, _files.Sub("dsl"));
    }

    [Fact]
    public async Task Export_of_diagrams_refuses_to_write_over_its_input()
    {
        var key = MermaidExporter.Export(WorkspaceJson.ReadFile(_files.Netflix()))[0].Key;
        var input = Input("diagrams", key + ".mmd");
        var before = File.ReadAllBytes(input);

        var run = await RadaiProcess.RunAsync("export", input, "--format", "mermaid", "--output", _files.Sub("diagrams"));

        AssertRefused(run, input, input, before, _files.Sub("diagrams"));
    }
}
