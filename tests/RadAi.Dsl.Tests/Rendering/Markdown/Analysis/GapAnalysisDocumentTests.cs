using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Rendering.Markdown.Analysis;

public class GapAnalysisDocumentTests
{
    private const string Path = "gap-analysis.md";

    [Fact]
    public void The_rich_model_document_matches_its_snapshot_and_is_well_formed()
    {
        var set = new RadAiDocumentation(RichModel.Build()).Render();
        var document = set.Find(Path);
        Assert.NotNull(document);
        Assert.Equal(DocumentGroup.Analysis, DocumentCatalog.All.Single(r => r is RadAi.Dsl.Analysis.GapAnalysisRenderer).Group);
        MarkdownChecks.AssertWellFormed(set);
        Assert.Contains("(gap-analysis.md)", set.Find("README.md")!.Content, StringComparison.Ordinal);
        Snapshot.Match("Rendering/Analysis/gap-analysis.rich.md", document.Content);
    }

    [Fact]
    public void The_document_states_the_computed_totals_and_reasons()
    {
        var content = new RadAiDocumentation(RichModel.Build()).Render().Find(Path)!.Content;
        Assert.Contains("For each concern of RAD-AI's ten-item concern coverage matrix", content, StringComparison.Ordinal);
        Assert.Contains("| Standard arc42/C4 | 1.5 of 10 | 0 | 3 | 7 |", content, StringComparison.Ordinal);
        Assert.Contains("| RAD-AI | 10 of 10 | 10 | 0 | 0 |", content, StringComparison.Ordinal);
        Assert.Contains("| — | Total | 1.5 of 10 | 10 of 10 | — | — |", content, StringComparison.Ordinal);
        Assert.Contains("| 1 | Model versioning and lifecycle management | none (0) | full (1) | E2 | registered models, version history |", content, StringComparison.Ordinal);
        Assert.Contains("| 3 | Data pipelines with quality gates | partial (0.5) | full (1) | E3 | quality gates |", content, StringComparison.Ordinal);
        Assert.Contains("1 model registered (MDL-REC v12.4)", content, StringComparison.Ordinal);
        // No credit from text: the rich model's container named "Confidence Gate CG-1" earns the standard documents nothing.
        Assert.Contains("| 6 | Non-deterministic behaviour boundaries | none (0) | full (1) |", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Only as free text", content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_model_says_plainly_that_there_is_nothing_to_compare()
    {
        var set = new RadAiDocumentation(new Workspace("Empty")).Render();
        var content = set.Find(Path)!.Content;
        Assert.Contains("The model records nothing for any of the concerns, so both sets of documents score 0 of 10.", content, StringComparison.Ordinal);
        Assert.Contains("| Standard arc42/C4 | 0 of 10 | 0 | 0 | 10 |", content, StringComparison.Ordinal);
        Assert.Contains("| RAD-AI | 0 of 10 | 0 | 0 | 10 |", content, StringComparison.Ordinal);
        MarkdownChecks.AssertWellFormed(set);
        Snapshot.Match("Rendering/Analysis/gap-analysis.empty.md", content);
    }

    [Fact]
    public void The_document_does_not_depend_on_the_culture()
    {
        var invariant = new RadAiDocumentation(RichModel.Build()).Render().Find(Path)!.Content;
        using (new CultureScope("de-DE"))
            Assert.Equal(invariant, new RadAiDocumentation(RichModel.Build()).Render().Find(Path)!.Content);
    }
}
