using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class MalformedStereotypeValueDocumentTests
{
    [Fact]
    public void A_workspace_with_malformed_stereotype_values_renders_and_shows_each_value_as_written()
    {
        var set = new RadAiDocumentation(WorkspaceJson.Deserialize(MalformedStereotypeValues.Json())) { MaxDegreeOfParallelism = 1 }.Render();
        MarkdownChecks.AssertWellFormed(set);
        var inventory = set.Find("rad-ai/c4-diagrams/container-diagram.md")!.Content;
        foreach (var (element, key, _, stored) in MalformedStereotypeValues.Facts)
        {
            var row = Assert.Single(inventory.Split('\n'), l => l.StartsWith("| " + element + " | \\[", StringComparison.Ordinal));
            Assert.Contains(key + ": " + stored, row, StringComparison.Ordinal);
        }
    }
}
