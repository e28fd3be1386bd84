using RadAi.Dsl.Rendering;
using RadAi.Dsl.Samples.Netflix;

namespace RadAi.Dsl.Tests.Samples.Netflix;

/// <summary>The sample states bands and recovery times as the example's documentation writes them.</summary>
public sealed class NetflixValuesAsWrittenTests
{
    private static readonly DocumentSet Documents = new RadAiDocumentation(NetflixWorkspace.Build()).Render();

    [Fact]
    public void Confidence_bands_show_the_bounds_and_ranges_as_the_example_writes_them()
    {
        var content = Documents.Find("rad-ai/c4-diagrams/non-determinism-boundary.md")!.Content;
        Assert.Contains("| Recommendation Models | High | >= 0.85 | full personalized homepage |", content, StringComparison.Ordinal);
        Assert.Contains("| Recommendation Models | Medium | 0.60 - 0.85 |", content, StringComparison.Ordinal);
        Assert.Contains("| Recommendation Models | Rejection | < 0.40 |", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Recovery_times_show_the_bounds_as_the_example_writes_them()
    {
        var content = Documents.Find("rad-ai/arc42-extensions/12-operational-ai-view.md")!.Content;
        Assert.Contains("| < 5 minutes |", content, StringComparison.Ordinal);
        Assert.Contains("| < 30 seconds (per job, from checkpoint) |", content, StringComparison.Ordinal);
    }
}
