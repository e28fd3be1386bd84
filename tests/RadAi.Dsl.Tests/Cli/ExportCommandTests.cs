using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Cli;

/// <summary><c>radai export</c> run as a process: DSL, Mermaid and C4-PlantUML, to a folder and to stdout.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task DSL_to_a_folder_writes_every_file_of_the_export()
    {
        var path = Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "hand-written-workspace.json");
        var output = _files.Sub("dsl");
        var run = await RadaiProcess.RunAsync("export", path, "--format", "dsl", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = StructurizrDslExporter.Export(WorkspaceJson.ReadFile(path));
        Assert.True(expected.Files.Count > 1, "the fixture has documentation, so the export has more than workspace.dsl");
        var listed = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Files.Keys.Select(k => Path.Combine(output, k.Replace('/', Path.DirectorySeparatorChar))), listed);
        foreach (var (relative, content) in expected.Files)
            Assert.Equal(content, File.ReadAllText(Path.Combine(output, relative)));
    }

    [Fact]
    public async Task DSL_to_stdout_is_workspace_dsl_only_with_a_note_about_the_other_files()
    {
        var path = Path.Combine(RepoPaths.TestProject, "Ai", "Fixtures", "hand-written-workspace.json");
        var run = await RadaiProcess.RunAsync("export", path, "--format", "DSL");

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = StructurizrDslExporter.Export(WorkspaceJson.ReadFile(path));
        Assert.Equal(expected.Workspace, run.StdOut);
        Assert.Contains("use --output DIR", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mermaid_to_a_folder_writes_one_mmd_file_per_view()
    {
        var path = _files.Netflix();
        var output = _files.Sub("mermaid");
        var run = await RadaiProcess.RunAsync("export", path, "-f", "mermaid", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var diagrams = MermaidExporter.Export(WorkspaceJson.ReadFile(path));
        Assert.NotEmpty(diagrams);
        Assert.Equal(diagrams.Select(d => Path.Combine(output, d.Key + ".mmd")), run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var d in diagrams) Assert.Equal(d.Definition, File.ReadAllText(Path.Combine(output, d.Key + ".mmd")));
        Assert.Equal(diagrams.Count, Directory.GetFiles(output).Length);
    }

    [Fact]
    public async Task Diagram_files_of_keys_that_are_Windows_devices_or_differ_only_in_case_each_get_a_portable_name()
    {
        var workspace = new RadAi.Dsl.Workspace("W");
        var system = workspace.Model.AddSoftwareSystem("S", "A system.");
        foreach (var key in new[] { "CON", "con", "Nulx", "Trailing" }) workspace.Views.CreateSystemContextView(system, key).AddAllElements();
        // Keys our API refuses, as JSON may carry them.
        var json = WorkspaceJson.Serialize(workspace).Replace("\"Nulx\"", "\"Nul.x\"", StringComparison.Ordinal).Replace("\"Trailing\"", "\"Trailing. \"", StringComparison.Ordinal);
        var output = _files.Sub("devices");
        var run = await RadaiProcess.RunAsync("export", _files.WriteText("devices.json", json), "-f", "mermaid", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["CON_.mmd", "Nul_.x.mmd", "Trailing.mmd", "con_-2.mmd"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PlantUml_to_a_folder_writes_one_puml_file_per_view()
    {
        var path = RepoPaths.Structurizr("examples", "big-bank-plc.json");
        var output = _files.Sub("plantuml");
        var run = await RadaiProcess.RunAsync("export", path, "--format", "plantuml", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var diagrams = PlantUmlExporter.Export(WorkspaceJson.ReadFile(path));
        Assert.True(diagrams.Count > 3);
        foreach (var d in diagrams) Assert.Equal(d.Definition, File.ReadAllText(Path.Combine(output, d.Key + ".puml")));
        Assert.Equal(diagrams.Count, Directory.GetFiles(output).Length);
    }

    [Theory]
    [InlineData("mermaid", "%% view: ")]
    [InlineData("plantuml", "' view: ")]
    public async Task Diagrams_to_stdout_are_all_printed_each_after_a_comment_naming_its_view(string format, string comment)
    {
        var path = RepoPaths.Structurizr("examples", "big-bank-plc.json");
        var run = await RadaiProcess.RunAsync("export", path, "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        var workspace = WorkspaceJson.ReadFile(path);
        var diagrams = format == "mermaid" ? MermaidExporter.Export(workspace) : PlantUmlExporter.Export(workspace);
        var position = 0;
        foreach (var d in diagrams)
        {
            var header = $"{comment}{d.Key} ({d.Title})\n";
            var at = run.StdOut.IndexOf(header + d.Definition, position, StringComparison.Ordinal);
            Assert.True(at >= position, $"view {d.Key} is missing or out of order");
            position = at + header.Length + d.Definition.Length;
        }
        Assert.Equal(diagrams.Count, run.StdOut.Split('\n').Count(l => l.StartsWith(comment, StringComparison.Ordinal)));
        Assert.Equal(string.Empty, run.StdErr);
    }

    [Theory]
    [InlineData(new string[0], "--format is required: dsl, mermaid or plantuml.")]
    [InlineData(new[] { "--format", "svg" }, "'svg' is not an export format. Use dsl, mermaid or plantuml.")]
    public async Task A_missing_or_unknown_format_is_bad_input(string[] options, string message)
    {
        var run = await RadaiProcess.RunAsync(["export", _files.WarningsOnly(), .. options]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_bad_input()
    {
        var run = await RadaiProcess.RunAsync("export", _files.Sub("missing.json"), "--format", "dsl");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("missing.json", run.StdErr, StringComparison.Ordinal);
        ValidateCommandTests.AssertNoStackTrace(run);
    }
}
