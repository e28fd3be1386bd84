using RadAi.Dsl;
using RadAi.Dsl.Rendering;
using RadAi.Dsl.Tests.Ai;

namespace RadAi.Dsl.Tests.Rendering.Markdown;

public class StereotypeAnnotationsTests
{
    [Fact]
    public void Annotations_of_the_rich_model_read_as_the_guidelines_ask()
    {
        var ai = RichModel.Build().RadAi();
        var annotations = new StereotypeAnnotations();
        string? Of(string name) => annotations.Of(ai.Stereotypes.Elements.Single(e => e.Name == name));

        Assert.Equal("v12.4, NDCG: 0.41, confidence 0.60–0.98, P95 < 250 ms", Of("Recommendation Models"));
        Assert.Equal("v6.7, confidence 0.50–0.97", Of("Search Models"));
        Assert.Equal("continuous, SLA < 5 s, 2 quality gates", Of("Flink Streaming Cluster"));
        Assert.Equal("1000+ features, refresh online < 5 s, offline daily", Of("Amber Feature Store"));
        Assert.Equal("trigger: content flagged, response within 4 h", Of("Content Review"));
        Assert.Equal("provider: internal, contextWindow: 32000", Of("Synopsis Writer"));
    }

    // The parts are kept per stored text; they must be what the typed accessors' parsing gives, for every element,
    // including texts stored in a form that is not the normal one and texts shared by several elements.
    [Fact]
    public void Every_annotation_is_what_parsing_each_element_gives()
    {
        var workspace = RichModel.Build();
        var ai = workspace.RadAi();
        var platform = workspace.Model.SoftwareSystems.Single(s => s.Name == "Netflix ML Platform");
        for (var i = 0; i < 3; i++)
        {
            platform.AddMlModel("Odd model " + i).WithFact("version", "V2").WithFact("primaryMetric", "AUC=0.9").WithFact("confidence", "0.5 to 0.9").WithFact("latency", "p99<1 s");
            platform.AddDataPipeline("Odd pipeline " + i).WithFact("schedule", "  daily ").WithFact("sla", "<  2 h").WithFact("qualityGates", " ; ");
            platform.AddFeatureStore("Odd store " + i).WithFact("featureCount", i % 2 == 0 ? "12" : "12+");
            platform.AddMonitor("Odd monitor " + i).WithFact("metrics", "a;;b").WithFact("alertThresholds", "PSI > 0.3");
            platform.AddHumanInTheLoop("Odd review " + i).WithFact("responseSla", "90 min");
            platform.AddMonitor("Empty monitor " + i);
        }
        var annotations = new StereotypeAnnotations();

        foreach (var element in ai.Stereotypes.Elements)
        {
            Assert.Equal(ByParsing(element), annotations.Of(element));
            Assert.Same(annotations.Of(element), annotations.Of(element));
        }
        Assert.Null(annotations.Of(ai.Stereotypes.Elements.First(e => e.Name == "Empty monitor 0")));
    }

    // What an annotation was made from before the parts were kept: every typed accessor, parsed per element.
    private static string? ByParsing(StereotypedElement element)
    {
        var parts = element switch
        {
            MlModel m => [m.Version is { } v ? "v" + v.TrimStart('v', 'V') : null, m.PrimaryMetric?.ToString(),
                m.Confidence is { } c ? "confidence " + c : null, m.Latency?.ToString()],
            DataPipeline p => [p.Schedule?.ToString(), p.Sla is { } sla ? "SLA " + sla : null,
                p.QualityGates.Count > 0 ? Words.Count(p.QualityGates.Count, "quality gate") : null],
            FeatureStore f => [f.FeatureCount is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (f.FeatureCountIsLowerBound ? "+" : string.Empty) + " features" : null,
                f.Refresh is { } r ? "refresh " + r : null],
            RadAi.Dsl.Monitor mon => [Join(mon.Metrics), Join(mon.AlertThresholds.Select(t => t.ToString())) is { } t ? "alerts: " + t : null],
            HumanInTheLoop h => [h.Trigger is { } tr ? "trigger: " + tr : null, h.ResponseSla is { } s ? "response within " + s.Text : null],
            _ => element.Facts.Select(f => (string?)(f.Key + ": " + f.Value)).ToArray(),
        };
        var text = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    private static string? Join(IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }
}
