using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The Netflix workspace survives Structurizr JSON, and the RAD-AI model read back equals the one built.</summary>
public sealed class NetflixRoundTripTests
{
    [Fact]
    public void The_workspace_round_trips_through_JSON_and_the_RadAi_model_loads_back_equal()
    {
        var built = NetflixWorkspace.Build();
        var json = WorkspaceJson.Serialize(built, indented: true);

        var read = WorkspaceJson.Deserialize(json);

        Assert.Equal(json, WorkspaceJson.Serialize(read, indented: true));
        RichModel.AssertSame(built.RadAi(), RadAiModel.Load(read));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes_whatever_the_culture()
    {
        var invariant = WorkspaceJson.Serialize(NetflixWorkspace.Build());
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(invariant, WorkspaceJson.Serialize(NetflixWorkspace.Build()));
            Assert.Equal(Render(), Render());
        }
    }

    [Fact]
    public void The_files_written_from_the_workspace_read_back_from_JSON_are_the_same_bytes_as_from_the_model()
    {
        var built = NetflixWorkspace.Build();
        var read = WorkspaceJson.Deserialize(WorkspaceJson.Serialize(built));
        var root = Path.Combine(Path.GetTempPath(), "radai-roundtrip-" + Guid.NewGuid().ToString("N"));
        try
        {
            var fromModel = Files(new RadAiDocumentation(built).WriteTo(Path.Combine(root, "model")), Path.Combine(root, "model"));
            var fromJson = Files(new RadAiDocumentation(read).WriteTo(Path.Combine(root, "json")), Path.Combine(root, "json"));

            Assert.Equal(fromModel.Keys, fromJson.Keys);
            var differing = fromModel.Keys.Where(k => !fromModel[k].AsSpan().SequenceEqual(fromJson[k])).ToList();
            Assert.True(differing.Count == 0, $"{differing.Count} of {fromModel.Count} files differ: {string.Join(", ", differing)}; "
                                              + string.Join("; ", differing.Select(k => k + " " + FirstDifference(fromModel[k], fromJson[k]))));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private static SortedDictionary<string, byte[]> Files(IReadOnlyList<string> written, string folder)
        => new(written.ToDictionary(p => Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var expectedLines = System.Text.Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = System.Text.Encoding.UTF8.GetString(actual).Split('\n');
        var i = 0;
        while (i < expectedLines.Length && i < actualLines.Length && expectedLines[i] == actualLines[i]) i++;
        return $"line {i + 1}: expected '{expectedLines.ElementAtOrDefault(i)}', got '{actualLines.ElementAtOrDefault(i)}'";
    }

    [Fact]
    public void The_generated_documents_are_well_formed_markdown()
        => MarkdownChecks.AssertWellFormed(new RadAiDocumentation(NetflixWorkspace.Build()).Render());

    private static string Render()
        => string.Join("\n---\n", new RadAiDocumentation(NetflixWorkspace.Build()).Render().Select(d => d.Path + "\n" + d.Content));
}
