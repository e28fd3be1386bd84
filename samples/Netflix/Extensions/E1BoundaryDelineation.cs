using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.BoundaryDelineation;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E1, AI boundary delineation (arc42 §3): the five AI components with their domains, confidence ranges and
/// fallbacks; failure modes; the external
/// services AI depends on; and how confidence degrades along the chain.
/// </summary>
internal static class E1BoundaryDelineation
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var e1 = ai.BoundaryDelineation;

        // The example names model families instead of the template's task types.
        e1.AddComponent(new AiComponent(c.RecommendationModels, new AiTaskType("CF + DNN + GNN ensemble"),
            "viewing history; content metadata; context (time, device, region)", "ranked rows with relevance scores",
            "popularity ranking by region; editorial rows")
        { Confidence = new ConfidenceRange(0.60, 0.98), ConfidenceNote = "varies with member activity; lower at cold start" });
        e1.AddComponent(new AiComponent(c.PersonalizationModels, new AiTaskType("Multi-task neural networks"),
            "profile; device context; session history; artwork variants", "UI layout; artwork per title; notification targets",
            "default poster, standard layout, no targeted notifications")
        { Confidence = new ConfidenceRange(0.55, 0.95) });
        e1.AddComponent(new AiComponent(c.ContentQualityModels, new AiTaskType("DNN (SemanticGNN)"),
            "video/audio frames; encoding parameters; network conditions", "quality scores; encoding parameters; bitrate advice",
            "conservative encoding defaults; standard bitrate ladder")
        { Confidence = new ConfidenceRange(0.80, 0.99), ConfidenceNote = "high on well-represented content" });
        e1.AddComponent(new AiComponent(c.SearchModels, new AiTaskType("Transformer retrieval + ranking"),
            "query text; member context; catalog", "ranked results with relevance and intent scores",
            "keyword full-text search on metadata, no semantics")
        { Confidence = new ConfidenceRange(0.50, 0.97), ConfidenceNote = "lower for ambiguous or misspelled queries" });
        e1.AddComponent(new AiComponent(c.ExperimentationModels, new AiTaskType("Causal inference, contextual bandits"),
            "experiment design; allocations; metric observations", "treatment effects; decisions; best arm",
            "fixed equal-split allocation, no adaptive optimization")
        { ConfidenceNote = "p-values and confidence intervals per metric (no numeric range)" });

        // No contract table of its own in the example: its boundary-crossing contracts are the boundary
        // interfaces BI-001…BI-009 of C4-E3 (see NonDeterminismBoundary), so none is repeated here.

        AddFailureModes(e1, c);

        e1.AddExternalService(new ExternalAiService("AWS GPU Instances (P4d, P5)", "Amazon Web Services", "training jobs, weights, gradients", "queue training; serving unaffected", 99.99) { Element = n.Systems.AwsCloud });
        e1.AddExternalService(new ExternalAiService("AWS S3", "Amazon Web Services", "artifacts, datasets, experiment logs", "model versions cached in Cassandra; batch predictions may go stale", 99.99) { Element = n.Systems.AwsCloud });
        e1.AddExternalService(new ExternalAiService("AWS EKS (Kubernetes)", "Amazon Web Services", "serving pod orchestration", "Spinnaker moves to other clusters; multi-region redundancy", 99.95) { Element = n.Systems.AwsCloud });

        // The staleness penalty here (-0.05 per hour past the first) differs from C4-E3's example (10 min -> -0.10).
        e1.AddPropagationStage(new ConfidencePropagationStage("Feature freshness", [c.Flink, c.Amber], "stale > 1 hour: -0.05 per extra hour", "recommendations lag recent behaviour"));
        e1.AddPropagationStage(new ConfidencePropagationStage("Behavioral signals", [c.RecommendationModels], "< 10 interactions: confidence floor 0.60", "cold start falls back to popularity")
        { ComponentsNote = "implicit feedback models" });
        e1.AddPropagationStage(new ConfidencePropagationStage("Content coverage", [c.ContentQualityModels], "new titles without quality scores lower encoding confidence", "conservative encoding"));
        e1.AddPropagationStage(new ConfidencePropagationStage("Ensemble agreement", [c.RecommendationModels], "low agreement between modules lowers confidence", "wider spread in quality"));
    }

    private static void AddFailureModes(AiBoundaryDelineation e1, PlatformContainers c)
    {
        e1.AddFailureMode(new FailureMode(c.RecommendationModels, "serving cluster unavailable (health check fails > 10s)",
            "gateway serves popularity fallback or batch recommendations cached in Cassandra", "regionally popular rows; ~10-15% lower engagement (inferred)"));
        e1.AddFailureMode(new FailureMode(c.RecommendationModels, "confidence < 0.60 (cold start, sparse history)",
            "low-confidence rows suppressed; popularity and genre rows blended in, Trending Now emphasised", "less personal for new or rare visitors; editorial rows compensate"));
        // E1 fails personalization at 200ms; the boundary interfaces allow 100ms (BI-005) and 50ms (BI-006).
        e1.AddFailureMode(new FailureMode(c.PersonalizationModels, "unavailable or latency > 200ms",
            "default poster, standard grid, no notification targeting", "same presentation for everyone"));
        e1.AddFailureMode(new FailureMode(c.ContentQualityModels, "unavailable",
            "conservative ladder: standard bitrate per resolution", "slightly worse quality, more bandwidth"));
        e1.AddFailureMode(new FailureMode(c.SearchModels, "unavailable or confidence < 0.50",
            "Elasticsearch keyword search on title, description, cast, genre", "semantic queries find nothing useful"));
        e1.AddFailureMode(new FailureMode(c.Amber, "online serving unavailable",
            "batch features (up to 24h old) or deterministic fallbacks", "yesterday's profile: fine for hours, worse over days"));
        e1.AddFailureMode(new FailureMode(c.Flink, "partial failure (part of the 15,000+ jobs)",
            "freshness drops per domain; stale features carry freshness metadata", "slower reaction to what members just did"));
    }
}
