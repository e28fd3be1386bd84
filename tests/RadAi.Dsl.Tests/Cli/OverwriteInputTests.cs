using RadAi.Dsl.Json;
using RadAi.Dsl.Rendering.Structurizr;

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

    private static void AssertRefused(RadaiResult run, string input, byte[] before, string output)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StdOut);
        Assert.StartsWith("error: ", run.StdErr, StringComparison.Ordinal);
        Assert.Contains(input, run.StdErr, StringComparison.Ordinal);
        Assert.Contains("would replace the workspace it reads", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Single(Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Render_refuses_an_output_folder_where_it_would_write_over_its_input()
    {
        var input = Input("docs", "workspace.json");
        var before = File.ReadAllBytes(input);

        var run = await RadaiProcess.RunAsync("render", input, "--output", _files.Sub("docs"));

        AssertRefused(run, input, before, _files.Sub("docs"));
    }

    [Fact]
    public async Task The_paths_are_compared_in_full_whatever_way_they_are_written()
    {
        var input = Input("docs", "workspace.json");
        var before = File.ReadAllBytes(input);

        var run = await RadaiProcess.RunAsync(["render", Path.Combine("docs", ".", "workspace.json"), "--output", Path.Combine("elsewhere", "..", "docs") + Path.DirectorySeparatorChar], workingDirectory: _files.Dir);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public async Task A_symbolic_link_to_the_output_folder_is_seen_through()
    {
        var input = Input("docs", "workspace.json");
        var before = File.ReadAllBytes(input);
        var alias = _files.Sub("alias");
        Directory.CreateSymbolicLink(alias, _files.Sub("docs"));

        var run = await RadaiProcess.RunAsync("render", input, "--output", alias);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(input));
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

        AssertRefused(run, input, before, _files.Sub("dsl"));
    }

    [Fact]
    public async Task Export_of_diagrams_refuses_to_write_over_its_input()
    {
        var key = MermaidExporter.Export(WorkspaceJson.ReadFile(_files.Netflix()))[0].Key;
        var input = Input("diagrams", key + ".mmd");
        var before = File.ReadAllBytes(input);

        var run = await RadaiProcess.RunAsync("export", input, "--format", "mermaid", "--output", _files.Sub("diagrams"));

        AssertRefused(run, input, before, _files.Sub("diagrams"));
    }
}
