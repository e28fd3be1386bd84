using System.Text.Json.Nodes;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Json;

/// <summary>
/// The streaming reader is only a faster way to the full (JsonDocument) reader's result: for the example files and
/// for mutants of them it either declines (then the full reader decides) or gives a workspace whose compact JSON is
/// byte-identical to the full reader's, and it never takes a document the full reader rejects.
/// </summary>
public class StreamingReaderEquivalenceTests
{
    private const int MutationsPerFile = 2_000;

    private static readonly string[] ExampleFiles =
    [
        RepoPaths.Golden("workspace-compact.json"),
        RepoPaths.Golden("workspace-pretty.json"),
        RepoPaths.Golden("escaping-compact.json"),
        RepoPaths.Golden("big-bank-plc.rewritten-compact.json"),
        RepoPaths.Golden("amazon-web-services.rewritten-compact.json"),
        RepoPaths.Structurizr("examples", "big-bank-plc.json"),
        RepoPaths.Structurizr("examples", "amazon-web-services.json"),
    ];

    public static TheoryData<string> Files => new(ExampleFiles);

    // Large files are compared whole only: mutating 1.6 MB thousands of times would take minutes.
    public static TheoryData<string> FilesAndLargeFiles => new([
        .. ExampleFiles,
        RepoPaths.Structurizr("benchmark", "synthetic-10k.json"),
        RepoPaths.Structurizr("benchmark", "synthetic-100k.json"),
    ]);

    [Theory]
    [MemberData(nameof(FilesAndLargeFiles))]
    public void The_streaming_reader_takes_the_example_files_and_reads_them_as_the_full_reader_does(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var streamed = WorkspaceJsonStreamReader.TryRead(bytes);
        Assert.NotNull(streamed);
        var full = WorkspaceJson.ReadWithDocument(bytes);
        Assert.Equal(Compact(full), Compact(streamed));
        // The JSON sorts by id; documents list elements and relationships in model order, which must match too.
        Assert.Equal(full.Model.Elements.Select(e => e.Id), streamed.Model.Elements.Select(e => e.Id));
        Assert.Equal(full.Model.Relationships.Select(r => r.Id), streamed.Model.Relationships.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void On_mutants_the_streaming_reader_declines_or_agrees_byte_for_byte(string file)
    {
        var original = File.ReadAllBytes(file);
        var tree = JsonNode.Parse(original)!;
        var containers = new List<JsonNode>();
        JsonMutationFuzzTests.Collect(tree, containers);
        var random = new Random(20261127);
        int agreed = 0, declined = 0;
        for (var i = 0; i < MutationsPerFile; i++)
        {
            var mutant = JsonMutationFuzzTests.Mutate(original, tree, containers, random, i % 5);
            // Both public entry points check UTF-8 before either reader runs.
            if (!System.Text.Unicode.Utf8.IsValid(mutant)) continue;
            var streamed = WorkspaceJsonStreamReader.TryRead(mutant);
            Workspace? full = null;
            WorkspaceJsonException? rejection = null;
            try
            {
                full = WorkspaceJson.ReadWithDocument(mutant);
            }
            catch (WorkspaceJsonException e)
            {
                rejection = e;
            }
            if (streamed is null)
            {
                declined++;
                continue;
            }
            Assert.True(full is not null, $"Mutation {i} (kind {i % 5}) of {Path.GetFileName(file)}: the streaming reader took a document the full reader rejects ({rejection?.Message}).");
            Assert.Equal(Compact(full), Compact(streamed));
            agreed++;
        }
        Assert.True(agreed > 0 && declined > 0, $"agreed {agreed}, declined {declined}: the mutants should exercise both outcomes");
    }

    [Fact]
    public void The_public_reader_gives_the_full_readers_result_for_a_document_the_streaming_reader_declines()
    {
        // A number where a string is expected: the full reader reads it as text; the streaming reader leaves it.
        var json = """{"name":"W","model":{"people":[{"id":"1","name":"P","description":42}]}}"""u8.ToArray();
        Assert.Null(WorkspaceJsonStreamReader.TryRead(json));
        var workspace = WorkspaceJson.Deserialize(json);
        Assert.Equal("42", workspace.Model.People.Single().Description);
    }

    private static string Compact(Workspace workspace) => WorkspaceJson.Serialize(workspace);
}
