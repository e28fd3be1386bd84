using System.Text.RegularExpressions;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

/// <summary>Nothing to show is said once: per section, and for a workspace without any RAD-AI fact, on one page.</summary>
public sealed class HonestEmptinessTests
{
    private static Workspace PlainShop()
    {
        var workspace = new Workspace("Shop");
        var shop = workspace.Model.AddSoftwareSystem("Shop", "Sells things");
        workspace.Model.AddPerson("Customer").Uses(shop.AddContainer("Web", "Pages", "ASP.NET"), "Browses");
        return workspace;
    }

    [Fact]
    public void A_workspace_without_rad_ai_facts_gets_the_standard_documents_and_one_rad_ai_page()
    {
        var set = new RadAiDocumentation(PlainShop()).Render();

        Assert.Equal(
        [
            "README.md", "workspace.json", "workspace.dsl",
            "standard/arc42/03-context-scope.md", "standard/arc42/05-building-block-view.md", "standard/arc42/06-runtime-view.md",
            "standard/c4/system-context.md", "standard/c4/container-diagram.md",
            "rad-ai/README.md", "gap-analysis.md", "compliance/annex-iv-checklist.md",
        ], set.Select(d => d.Path));
        var page = set.Find("rad-ai/README.md")!.Content;
        Assert.Equal(11, Regex.Count(page, @"^\| (E\d|C4-E\d) \|", RegexOptions.Multiline));
        var index = set.Find("README.md")!.Content;
        Assert.Contains("(rad-ai/README.md)", index, StringComparison.Ordinal);
        Assert.DoesNotContain("rad-ai/arc42-extensions", index, StringComparison.Ordinal);
        // The gap analysis links the extensions to the one page that exists.
        Assert.DoesNotContain("rad-ai/arc42-extensions", set.Find("gap-analysis.md")!.Content, StringComparison.Ordinal);
        MarkdownChecks.AssertWellFormed(set);
    }

    [Fact]
    public void One_rad_ai_fact_brings_back_every_extension_document()
    {
        var workspace = PlainShop();
        workspace.Model.SoftwareSystems[0].AddMlModel("Ranker", "Orders products");
        var set = new RadAiDocumentation(workspace).Render();
        Assert.Null(set.Find("rad-ai/README.md"));
        Assert.NotNull(set.Find("rad-ai/arc42-extensions/06-data-pipeline-view.md"));
    }

    [Fact]
    public void The_data_pipeline_view_says_once_that_nothing_is_recorded()
    {
        var workspace = PlainShop();
        workspace.Model.SoftwareSystems[0].AddMlModel("Ranker", "Orders products");
        var content = new RadAiDocumentation(workspace).Render().Find("rad-ai/arc42-extensions/06-data-pipeline-view.md")!.Content;

        var sentences = Regex.Matches(content, @"No [^.|\n]* (are|is) recorded\.").Select(m => m.Value).ToList();
        Assert.NotEmpty(sentences);
        Assert.Equal(sentences.Distinct(StringComparer.Ordinal).Count(), sentences.Count);
        Assert.DoesNotContain("No workflow triggers are recorded.", sentences);
        Assert.Single(sentences, s => s == "No workflow triggers or signals are recorded.");
    }

    [Fact]
    public void No_document_of_a_nearly_empty_model_says_the_same_nothing_twice()
    {
        var workspace = PlainShop();
        workspace.Model.SoftwareSystems[0].AddMlModel("Ranker", "Orders products");
        var set = new RadAiDocumentation(workspace).Render();
        Assert.True(set.Count > 15);
        foreach (var document in set.Where(d => d.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            var sentences = Regex.Matches(document.Content, @"No [^.|\n]* (are|is) recorded[^.|\n]*\.").Select(m => m.Value).ToList();
            var repeated = sentences.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{document.Path} says twice: {string.Join(" / ", repeated)}");
        }
    }
}
