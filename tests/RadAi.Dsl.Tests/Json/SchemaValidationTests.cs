using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Json;

public class SchemaValidationTests
{
    [Fact]
    public void The_golden_model_validates_against_the_workspace_schema()
        => AssertValid(WorkspaceJson.Serialize(GoldenWorkspace.Build()));

    [Theory]
    [InlineData("big-bank-plc.rewritten-compact.json")]
    [InlineData("amazon-web-services.rewritten-compact.json")]
    [InlineData("escaping-compact.json")]
    public void Rewritten_examples_validate_against_the_workspace_schema(string file)
        => AssertValid(WorkspaceJson.Serialize(WorkspaceJson.ReadFile(RepoPaths.Golden(file))));

    [Fact]
    public void The_schema_check_catches_a_wrong_type()
    {
        var json = WorkspaceJson.Serialize(new Workspace("W")).Replace("\"id\":0", "\"id\":\"zero\"", StringComparison.Ordinal);
        Assert.False(WorkspaceSchema.Evaluate(json).IsValid);
    }

    internal static void AssertValid(string json)
    {
        var results = WorkspaceSchema.Evaluate(json);
        Assert.True(results.IsValid, WorkspaceSchema.Describe(results));
    }
}
