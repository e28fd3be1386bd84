using RadAi.Dsl.Tests.Rendering.Structurizr;

namespace RadAi.Dsl.Tests.Cli;

/// <summary>
/// <c>radai export</c> to stdout introduces each diagram with a comment naming its view: a view key or title read from
/// JSON (which takes any key) stays inside that one comment line, so it cannot add a Mermaid directive or a PlantUML
/// command to the stream.
/// </summary>
public sealed class ExportInjectionTests : IDisposable
{
    private readonly CliWorkspaces _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_hostile_view_key_or_title_cannot_add_a_line_to_the_mermaid_stream()
    {
        var run = await RadaiProcess.RunAsync("export", _files.WriteText("hostile.json", HostileDiagramText.JsonWithHostileKeys()), "--format", "mermaid");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdOut.Split('\n');
        Assert.DoesNotContain(lines, line => line.Any(HostileDiagramText.BreaksALine));
        // the only Mermaid comments are ours, one per view, and no line holds a directive
        Assert.Equal(8, lines.Count(l => l.TrimStart().StartsWith("%%", StringComparison.Ordinal)));
        Assert.All(lines.Where(l => l.TrimStart().StartsWith("%%", StringComparison.Ordinal)), l => Assert.StartsWith("%% view: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("%%{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hostile_view_key_or_title_cannot_add_a_line_to_the_plantuml_stream()
    {
        var run = await RadaiProcess.RunAsync("export", _files.WriteText("hostile.json", HostileDiagramText.JsonWithHostileKeys()), "--format", "plantuml");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdOut.Split('\n').Select(l => l.TrimStart()).ToList();
        Assert.DoesNotContain(lines, line => line.Any(HostileDiagramText.BreaksALine));
        Assert.Equal(8, lines.Count(l => l == "@startuml"));
        Assert.Equal(8, lines.Count(l => l == "@enduml"));
        Assert.Equal(8, lines.Count(l => l.StartsWith('\'')));
        Assert.All(lines.Where(l => l.StartsWith('\'')), l => Assert.StartsWith("' view: ", l, StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.StartsWith('!')), l => Assert.StartsWith("!include <C4/", l, StringComparison.Ordinal));
    }
}
