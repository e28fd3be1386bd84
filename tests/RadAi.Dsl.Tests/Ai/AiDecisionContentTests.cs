using Markdig;
using RadAi.Dsl;
using RadAi.Dsl.Tests.Support;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>An AI-ADR is stored as a Structurizr decision whose content Structurizr renders as markdown.</summary>
public class AiDecisionContentTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("# not a heading\n```\nnot a fence")]
    public void The_records_text_lands_in_the_decision_content_as_the_text_it_is(string hostile)
    {
        var workspace = new Workspace("W", "d");
        workspace.RadAi().Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-001",
            Title = "Title " + hostile,
            Date = new DateOnly(2025, 1, 15),
            Status = DecisionStatus.Accepted,
            Context = "Context " + hostile,
            Outcome = "Outcome " + hostile,
        });

        var content = workspace.Documentation.GetDecision("AI-ADR-001")!.Content;
        var prose = content[..content.IndexOf("```json", StringComparison.Ordinal)];
        foreach (var pipeline in RenderedHtml.Pipelines)
        {
            var html = Markdown.ToHtml(prose, pipeline);
            Assert.False(RenderedHtml.HasActiveContent(html), html);
            Assert.DoesNotContain(RenderedHtml.Targets(html), t => t.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("h2 h3 p h3 p", RenderedHtml.Elements(html));
            var text = RenderedHtml.VisibleText(html);
            foreach (var part in new[] { "Title ", "Context ", "Outcome " })
                Assert.Contains(RenderedHtml.Collapse(part + hostile.Replace('\n', ' ')), text, StringComparison.Ordinal);
        }
        // the typed record still reads back from the stored block
        Assert.Equal("Context " + hostile, RadAiModel.Load(workspace).Decisions.Find("AI-ADR-001")!.Context);
    }
}
