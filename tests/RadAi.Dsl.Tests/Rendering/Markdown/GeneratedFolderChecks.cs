using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Json;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>
/// Checks a generated documentation folder on disk: every markdown file parses with consistent tables and
/// resolving links, and workspace.json validates against the Structurizr Workspace schema. CI points
/// RADAI_GENERATED_DIR at each sample's output in turn; without it the rich test model is generated into a temp folder.
/// </summary>
public class GeneratedFolderChecks
{
    [Fact]
    public void The_generated_folder_is_well_formed_and_its_workspace_json_validates()
    {
        var folder = Environment.GetEnvironmentVariable("RADAI_GENERATED_DIR");
        var temp = folder is null ? Directory.CreateTempSubdirectory("radai-docs-").FullName : null;
        try
        {
            if (temp is not null) new RadAiDocumentation(RichModel.Build()).WriteTo(temp);
            var root = folder ?? temp!;
            var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("README.md", files);
            Assert.Contains("workspace.json", files);
            foreach (var md in files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
                MarkdownChecks.AssertWellFormed(md, File.ReadAllText(Path.Combine(root, md)), files);
            SchemaValidationTests.AssertValid(File.ReadAllText(Path.Combine(root, "workspace.json")));
        }
        finally
        {
            if (temp is not null) Directory.Delete(temp, recursive: true);
        }
    }
}
