using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>
/// A workspace, as JSON, whose stereotyped elements store facts that do not read as their typed values: what a hand-edited
/// or generated workspace may hold, and what the reader, the inspector and structurizr-java all accept.
/// </summary>
internal static class MalformedStereotypeValues
{
    /// <summary>Each malformed fact: the element's name, the property's short key, the full property key and the stored text.</summary>
    public static readonly (string Element, string Key, string Property, string Stored)[] Facts =
    [
        ("Ranker", "confidence", "radai:ml.confidence", "high"),
        ("Scorer", "latency", "radai:ml.latency", "fast"),
        ("Scorer", "primaryMetric", "radai:ml.primaryMetric", "NDCG"),
        ("Tagger", "confidence", "radai:ml.confidence", "0.5–2"),
        ("Tagger", "latency", "radai:ml.latency", "P99999999999 < 5 ms"),
        ("Store A", "featureCount", "radai:fs.featureCount", "lots"),
        ("Store B", "featureCount", "radai:fs.featureCount", "99999999999"),
        ("Store C", "featureCount", "radai:fs.featureCount", "-5"),
        ("Ranker", "qualityMetrics", "radai:ml.qualityMetrics", "AUC 0.94; very good"),
    ];

    public static string Json()
    {
        var workspace = new Workspace("Malformed");
        var system = workspace.Model.AddSoftwareSystem("Platform", "Serves predictions");
        var elements = new Dictionary<string, Container>
        {
            ["Ranker"] = system.AddMlModel("Ranker", "Ranks", "PyTorch").WithVersion("1").WithPrimaryMetric("NDCG", "0.4").WithLatency(TimeSpan.FromMilliseconds(100)),
            ["Scorer"] = system.AddMlModel("Scorer", "Scores", "ONNX").WithVersion("2").WithConfidence(0.5, 0.9),
            ["Tagger"] = system.AddMlModel("Tagger", "Tags", "ONNX").WithVersion("3").WithPrimaryMetric("F1", "0.8"),
            ["Store A"] = system.AddFeatureStore("Store A", "Features").WithRefresh(Freshness.Daily),
            ["Store B"] = system.AddFeatureStore("Store B", "Features").WithRefresh(Freshness.Daily),
            ["Store C"] = system.AddFeatureStore("Store C", "Features").WithRefresh(Freshness.Daily),
            ["Review"] = system.AddHumanInTheLoop("Review", "Checks flagged items").WithTrigger("flagged").WithResponseSla(StatedValue.AsWritten("soon")),
            ["Escalation"] = system.AddHumanInTheLoop("Escalation", "Decides escalated items").WithTrigger("escalated").WithResponseSla(StatedValue.Parse("P1: 5 min / P2: 30 min")),
        };
        foreach (var (element, key, _, stored) in Facts) elements[element].WithFact(key, stored);
        workspace.Views.CreateContainerView(system, "containers", "Containers").AddAllElements();
        return WorkspaceJson.Serialize(workspace);
    }
}
