using RadAi.Dsl;
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
        e1.AddComponent(new AiComponent
        {
            Component = c.RecommendationModels,
            Type = new AiTaskType("CF + DNN + GNN ensemble"),
            InputDomain = "viewing history; content metadata; context (time, device, region)",
            OutputDomain = "ranked rows with relevance scores",
            FallbackStrategy = "popularity ranking by region; editorial rows",
            Confidence = new ConfidenceRange(0.60, 0.98),
            ConfidenceNote = "varies with member activity; lower at cold start",
        });
        e1.AddComponent(new AiComponent
        {
            Component = c.PersonalizationModels,
            Type = new AiTaskType("Multi-task neural networks"),
            InputDomain = "profile; device context; session history; artwork variants",
            OutputDomain = "UI layout; artwork per title; notification targets",
            FallbackStrategy = "default poster, standard layout, no targeted notifications",
            Confidence = new ConfidenceRange(0.55, 0.95),
        });
        e1.AddComponent(new AiComponent
        {
            Component = c.ContentQualityModels,
            Type = new AiTaskType("DNN (SemanticGNN)"),
            InputDomain = "video/audio frames; encoding parameters; network conditions",
            OutputDomain = "quality scores; encoding parameters; bitrate advice",
            FallbackStrategy = "conservative encoding defaults; standard bitrate ladder",
            Confidence = new ConfidenceRange(0.80, 0.99),
            ConfidenceNote = "high on well-represented content",
        });
        e1.AddComponent(new AiComponent
        {
            Component = c.SearchModels,
            Type = new AiTaskType("Transformer retrieval + ranking"),
            InputDomain = "query text; member context; catalog",
            OutputDomain = "ranked results with relevance and intent scores",
            FallbackStrategy = "keyword full-text search on metadata, no semantics",
            Confidence = new ConfidenceRange(0.50, 0.97),
            ConfidenceNote = "lower for ambiguous or misspelled queries",
        });
        e1.AddComponent(new AiComponent
        {
            Component = c.ExperimentationModels,
            Type = new AiTaskType("Causal inference, contextual bandits"),
            InputDomain = "experiment design; allocations; metric observations",
            OutputDomain = "treatment effects; decisions; best arm",
            FallbackStrategy = "fixed equal-split allocation, no adaptive optimization",
            ConfidenceNote = "p-values and confidence intervals per metric (no numeric range)",
        });

        // No contract table of its own in the example: its boundary-crossing contracts are the boundary
        // interfaces BI-001…BI-009 of C4-E3 (see NonDeterminismBoundary), so none is repeated here.

        AddFailureModes(e1, c);

        e1.AddExternalService(new ExternalAiService
        {
            Service = "AWS GPU Instances (P4d, P5)",
            Provider = "Amazon Web Services",
            AvailabilityPercent = 99.99,
            DataSent = "training jobs, weights, gradients",
            Fallback = "queue training; serving unaffected",
            Element = n.Systems.AwsCloud,
        });
        e1.AddExternalService(new ExternalAiService
        {
            Service = "AWS S3",
            Provider = "Amazon Web Services",
            AvailabilityPercent = 99.99,
            DataSent = "artifacts, datasets, experiment logs",
            Fallback = "model versions cached in Cassandra; batch predictions may go stale",
            Element = n.Systems.AwsCloud,
        });
        e1.AddExternalService(new ExternalAiService
        {
            Service = "AWS EKS (Kubernetes)",
            Provider = "Amazon Web Services",
            AvailabilityPercent = 99.95,
            DataSent = "serving pod orchestration",
            Fallback = "Spinnaker moves to other clusters; multi-region redundancy",
            Element = n.Systems.AwsCloud,
        });

        // The staleness penalty here (-0.05 per hour past the first) differs from C4-E3's example (10 min -> -0.10).
        e1.AddPropagationStage(new ConfidencePropagationStage
        {
            Stage = "Feature freshness",
            Components = [c.Flink, c.Amber],
            Contribution = "stale > 1 hour: -0.05 per extra hour",
            DegradationEffect = "recommendations lag recent behaviour",
        });
        e1.AddPropagationStage(new ConfidencePropagationStage
        {
            Stage = "Behavioral signals",
            Components = [c.RecommendationModels],
            Contribution = "< 10 interactions: confidence floor 0.60",
            DegradationEffect = "cold start falls back to popularity",
            ComponentsNote = "implicit feedback models",
        });
        e1.AddPropagationStage(new ConfidencePropagationStage
        {
            Stage = "Content coverage",
            Components = [c.ContentQualityModels],
            Contribution = "new titles without quality scores lower encoding confidence",
            DegradationEffect = "conservative encoding",
        });
        e1.AddPropagationStage(new ConfidencePropagationStage
        {
            Stage = "Ensemble agreement",
            Components = [c.RecommendationModels],
            Contribution = "low agreement between modules lowers confidence",
            DegradationEffect = "wider spread in quality",
        });
    }

    private static void AddFailureModes(AiBoundaryDelineation e1, PlatformContainers c)
    {
        e1.AddFailureMode(new FailureMode
        {
            Component = c.RecommendationModels,
            Condition = "serving cluster unavailable (health check fails > 10s)",
            SystemBehavior = "gateway serves popularity fallback or batch recommendations cached in Cassandra",
            UserImpact = "regionally popular rows; ~10-15% lower engagement (inferred)",
        });
        e1.AddFailureMode(new FailureMode
        {
            Component = c.RecommendationModels,
            Condition = "confidence < 0.60 (cold start, sparse history)",
            SystemBehavior = "low-confidence rows suppressed; popularity and genre rows blended in, Trending Now emphasised",
            UserImpact = "less personal for new or rare visitors; editorial rows compensate",
        });
        // E1 fails personalization at 200ms; the boundary interfaces allow 100ms (BI-005) and 50ms (BI-006).
        e1.AddFailureMode(new FailureMode
        {
            Component = c.PersonalizationModels,
            Condition = "unavailable or latency > 200ms",
            SystemBehavior = "default poster, standard grid, no notification targeting",
            UserImpact = "same presentation for everyone",
        });
        e1.AddFailureMode(new FailureMode
        {
            Component = c.ContentQualityModels,
            Condition = "unavailable",
            SystemBehavior = "conservative ladder: standard bitrate per resolution",
            UserImpact = "slightly worse quality, more bandwidth",
        });
        e1.AddFailureMode(new FailureMode
        {
            Component = c.SearchModels,
            Condition = "unavailable or confidence < 0.50",
            SystemBehavior = "Elasticsearch keyword search on title, description, cast, genre",
            UserImpact = "semantic queries find nothing useful",
        });
        e1.AddFailureMode(new FailureMode
        {
            Component = c.Amber,
            Condition = "online serving unavailable",
            SystemBehavior = "batch features (up to 24h old) or deterministic fallbacks",
            UserImpact = "yesterday's profile: fine for hours, worse over days",
        });
        e1.AddFailureMode(new FailureMode
        {
            Component = c.Flink,
            Condition = "partial failure (part of the 15,000+ jobs)",
            SystemBehavior = "freshness drops per domain; stale features carry freshness metadata",
            UserImpact = "slower reaction to what members just did",
        });
    }
}
