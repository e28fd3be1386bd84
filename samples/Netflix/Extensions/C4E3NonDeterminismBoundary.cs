using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// C4-E3, the non-determinism boundary: which elements are deterministic, which are not, the confidence gates
/// (CG-1…CG-4) between them, the deterministic fallbacks (FB1…FB4), the boundary interfaces (BI-001…BI-009),
/// confidence bands, degradation, propagation rules and how the boundary is tested.
/// </summary>
/// <remarks>
/// Gates and fallbacks are logical layers, not deployable containers, so they are custom elements.
/// Where the boundary delineation (E1) and the boundary diagram (C4-E3) disagree, the diagram wins: Amber and
/// ML Observability sit in the non-deterministic region (E1 files Amber under data infrastructure).
/// </remarks>
internal static class C4E3NonDeterminismBoundary
{
    private const string GateMetadata = "Confidence Gate";
    private const string FallbackMetadata = "Deterministic Fallback";

    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var s = n.Systems;
        var model = ai.Workspace.Model;
        var boundary = ai.Boundary;

        boundary.Place(Region.Deterministic, s.CdnEdgeServers, c.ApiGateway, s.PlaybackService, s.BillingService,
            s.ContentManagement, s.EditorialCuration, c.MaestroScheduler);
        boundary.Place(Region.NonDeterministic, c.RecommendationModels, c.PersonalizationModels, c.SearchModels,
            c.ContentQualityModels, c.ExperimentationModels, c.Amber, c.MlObservability);
        c.ExperimentationModels.SuppressInspection("RADAI104",
            "The boundary diagram draws no gate for MDL-EXP; its only fallback, a fixed equal-split allocation, is given in the AI component inventory rather than as a fallback strategy.");

        // The gate layer: one gate per served model family.
        var cg1 = model.AddCustomElement("CG-1 Recommendations", GateMetadata, "Lets ranked rows through only when the model is confident enough.");
        var cg2 = model.AddCustomElement("CG-2 Personalization", GateMetadata, "Checks layout and artwork choices before they reach the UI.");
        var cg3 = model.AddCustomElement("CG-3 Search", GateMetadata, "Checks ranked search results before they are returned.");
        var cg4 = model.AddCustomElement("CG-4 Content Quality", GateMetadata, "Checks encoding recommendations before playback uses them.");
        boundary.Place(Region.Boundary, cg1, cg2, cg3, cg4);

        var fb1 = model.AddCustomElement("FB1 Popularity-Based Ranking", FallbackMetadata, "Regional popularity and editorial rows instead of model output.");
        var fb2 = model.AddCustomElement("FB2 Default Presentation", FallbackMetadata, "Default poster art and the standard grid.");
        var fb3 = model.AddCustomElement("FB3 Keyword Search", FallbackMetadata, "Plain full-text matching in Elasticsearch.");
        var fb4 = model.AddCustomElement("FB4 Conservative Encoding", FallbackMetadata, "The standard bitrate ladder per resolution tier.");
        boundary.Place(Region.Fallback, fb1, fb2, fb3, fb4);

        // Edges of the boundary diagram.
        Relationships.Draw(c.ApiGateway, cg1, "rec request");
        Relationships.Draw(cg1, c.RecommendationModels, "feature request + member context");
        Relationships.Draw(c.RecommendationModels, cg1, "ranked rows + confidence");
        Relationships.Draw(cg1, c.ApiGateway, "selected recs + source flag");
        Relationships.Draw(c.ApiGateway, cg2, "personalization request");
        Relationships.Draw(cg2, c.PersonalizationModels, "member + content + device features");
        Relationships.Draw(c.ApiGateway, cg3, "search query");
        Relationships.Draw(cg3, c.SearchModels, "query + member features + content index");
        Relationships.Draw(s.ContentManagement, cg4, "video segment features, target resolution, bitrate budget");
        Relationships.Draw(c.ContentQualityModels, cg4, "encoding params + confidence");
        Relationships.Draw(cg4, s.PlaybackService, "optimized encoding");
        foreach (var (gate, fallback) in new[] { (cg1, fb1), (cg2, fb2), (cg3, fb3), (cg4, fb4) })
        {
            Relationships.Draw(gate, fallback, "below threshold");
            Relationships.Draw(c.MlObservability, gate, "drift alert: disable model");
        }
        Relationships.Draw(s.EditorialCuration, fb1, "curated lists");
        Relationships.Draw(fb1, c.ApiGateway, "popularity-based recommendations");
        Relationships.Draw(fb2, c.ApiGateway, "standard layout");
        Relationships.Draw(fb3, c.ApiGateway, "keyword results");
        Relationships.Draw(fb4, s.PlaybackService, "conservative encoding");

        // Gate thresholds are the bottom of each model's confidence range. The fallbacks below trigger lower
        // (0.40 / 0.35 / 0.30 / 0.60): between the two values the bands blend model output with defaults.
        boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-1",
            Component = c.RecommendationModels,
            Threshold = 0.60,
            ActionBelow = "fallback routing",
            Gate = cg1,
            Fallback = fb1,
            ActionAbove = "ML recommendations",
        });
        boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-2",
            Component = c.PersonalizationModels,
            Threshold = 0.55,
            ActionBelow = "default layout",
            Gate = cg2,
            Fallback = fb2,
            ActionAbove = "personalized layout",
        });
        boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-3",
            Component = c.SearchModels,
            Threshold = 0.50,
            ActionBelow = "keyword fallback",
            Gate = cg3,
            Fallback = fb3,
            ActionAbove = "ML search results",
        });
        boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-4",
            Component = c.ContentQualityModels,
            Threshold = 0.80,
            ActionBelow = "conservative encoding",
            Gate = cg4,
            Fallback = fb4,
            ActionAbove = "optimized encoding",
        });

        AddInterfaces(boundary, n, cg1, cg2, cg3, cg4);
        AddFallbacks(boundary, c, fb1, fb2, fb3, fb4);
        AddBands(boundary, c);
        AddDegradation(boundary, c);
        AddPropagationRules(boundary);
        AddTests(boundary);
    }

    private static void AddInterfaces(NonDeterminismBoundary boundary, NetflixElements n, CustomElement cg1, CustomElement cg2, CustomElement cg3, CustomElement cg4)
    {
        var c = n.Containers;
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-001",
            From = c.ApiGateway,
            To = cg1,
            DataExchanged = "rec request: member_id, device, session context",
            Contract = "JSON; timeout 250ms",
            Timeout = TimeSpan.FromMilliseconds(250),
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-002",
            From = cg1,
            To = c.RecommendationModels,
            DataExchanged = "feature request + member context",
            Contract = "feature request; response within 150ms",
            Timeout = TimeSpan.FromMilliseconds(150),
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-003",
            From = c.RecommendationModels,
            To = cg1,
            DataExchanged = "ranked rows (top-N per surface) + confidence per row",
            Contract = "prediction schema; confidence in [0, 1]",
            Confidence = new ConfidenceRange(0, 1),
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-004",
            From = cg1,
            To = c.ApiGateway,
            DataExchanged = "selected recs (ML or fallback) + source flag",
            Contract = "response schema with decision_source: ml | fallback | editorial",
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-005",
            From = c.ApiGateway,
            To = cg2,
            DataExchanged = "personalization request: member_id, content_ids, device context",
            Contract = "JSON; timeout 100ms",
            Timeout = TimeSpan.FromMilliseconds(100),
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-006",
            From = cg2,
            To = c.PersonalizationModels,
            DataExchanged = "member + content + device features",
            Contract = "feature request; response within 50ms",
            Timeout = TimeSpan.FromMilliseconds(50),
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-007",
            From = c.ApiGateway,
            To = cg3,
            DataExchanged = "search query: text, member_id, context",
            Contract = "JSON; timeout 200ms",
            Timeout = TimeSpan.FromMilliseconds(200),
        });
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-008",
            From = cg3,
            To = c.SearchModels,
            DataExchanged = "query + member features + content index",
            Contract = "feature request; response within 100ms",
            Timeout = TimeSpan.FromMilliseconds(100),
        });
        // The source names a deterministic "content pipeline" without an element of its own; content management owns it here.
        boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-009",
            From = n.Systems.ContentManagement,
            To = cg4,
            DataExchanged = "video segment features, target resolution, bitrate budget",
            Contract = "encoding request; batch, no real-time constraint",
        });
    }

    private static void AddFallbacks(NonDeterminismBoundary boundary, PlatformContainers c, CustomElement fb1, CustomElement fb2, CustomElement fb3, CustomElement fb4)
    {
        boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB1",
            Name = "Popularity-Based Ranking",
            For = c.RecommendationModels,
            Trigger = "model unavailable, confidence < 0.40, or disabled by the drift monitor",
            Behavior = "rank by recent regional viewership; add editorial collections and genre rows from stated preferences",
            Element = fb1,
            Limitations = "everyone in a region sees much the same rows",
            UserExperience = "~10-15% lower engagement (inferred)",
        });
        boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB2",
            Name = "Default Presentation",
            For = c.PersonalizationModels,
            Trigger = "model unavailable or confidence < 0.35",
            Behavior = "default poster art, standard grid, untargeted notifications",
            Element = fb2,
            Limitations = "lower visual engagement and notification open rates",
        });
        boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB3",
            Name = "Keyword Search",
            For = c.SearchModels,
            Trigger = "model unavailable or confidence < 0.30",
            Behavior = "Elasticsearch full-text over title, description, cast, director and genre",
            Element = fb3,
            Limitations = "no semantics, no personal ranking: vague or misspelled queries miss",
        });
        boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB4",
            Name = "Conservative Encoding",
            For = c.ContentQualityModels,
            Trigger = "model unavailable or confidence < 0.60",
            Behavior = "standard bitrate ladder per resolution tier (e.g. 1080p: 3, 5, 8 Mbps)",
            Element = fb4,
            Limitations = "may spend more bandwidth; rarely visible",
        });
    }

    private static void AddBands(NonDeterminismBoundary boundary, PlatformContainers c)
    {
        // The bands as the source writes them: a lower bound, two ranges, an upper bound.
        boundary.AddBands(Bands(c.RecommendationModels, ">= 0.85", "0.60 - 0.85", "0.40 - 0.60", "< 0.40",
            "full personalized homepage", "personalized rows blended with popularity", "little personalization; popularity + editorial", "FB1: popularity + editorial only"));
        boundary.AddBands(Bands(c.PersonalizationModels, ">= 0.80", "0.55 - 0.80", "0.35 - 0.55", "< 0.35",
            "artwork, layout and targeting all personalized", "personalized artwork, default layout", "default artwork, no targeting", "FB2: default presentation"));
        boundary.AddBands(Bands(c.SearchModels, ">= 0.85", "0.50 - 0.85", "0.30 - 0.50", "< 0.30",
            "semantic, personalized, grouped by intent", "semantic with less personalization, broader results", "keyword + basic metadata match", "FB3: keyword only (Elasticsearch)"));
        boundary.AddBands(Bands(c.ContentQualityModels, ">= 0.90", "0.80 - 0.90", "0.60 - 0.80", "< 0.60",
            "per-shot optimized encoding", "per-scene optimization", "per-title heuristics by complexity", "FB4: standard bitrate ladder"));
    }

    private static ConfidenceBands Bands(ElementRef model, string high, string medium, string low, string rejection, string full, string blended, string minimal, string rejected)
        => new()
        {
            Component = model,
            Bands =
            [
                Band("High", high, full), Band("Medium", medium, blended), Band("Low", low, minimal), Band("Rejection", rejection, rejected),
            ],
        };

    private static ConfidenceBand Band(string name, string criterion, string action)
        => new(null, action) { Name = name, Criterion = StatedValue.Parse(criterion) };

    private static void AddDegradation(NonDeterminismBoundary boundary, PlatformContainers c)
    {
        // Detection of an unavailable recommendation model: 3 consecutive failed health checks here; the boundary
        // delineation says "fails for > 10s". We keep the diagram's wording.
        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Rec model unavailable",
            Detection = "3 consecutive health check failures",
            SystemBehavior = "CG-1 routes to FB1",
            UserImpact = "generic homepage; ~10-15% engagement drop",
            MaxDuration = "indefinite (FB1 is stable)",
            Affected = [c.RecommendationModels],
        });
        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Rec model low confidence (member cohort)",
            Detection = "> 30% of requests below 0.40 in a 5-minute window",
            SystemBehavior = "drift monitor alerts; ML and popularity blended",
            UserImpact = "a bit less personal for that cohort",
            MaxDuration = "until the model is retrained",
            Affected = [c.RecommendationModels, c.MlObservability],
        });
        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Amber Feature Store unavailable",
            Detection = "online store health check fails",
            SystemBehavior = "batch features (up to 24h old) or full fallback",
            UserImpact = "stale personalization, worse by the hour",
            MaxDuration = "target recovery < 15 min",
            Affected = [c.Amber, c.RecommendationModels, c.PersonalizationModels, c.SearchModels],
        });
        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Flink partial failure (subset of 15,000+ jobs)",
            Detection = "job health; rising consumer lag",
            SystemBehavior = "stale features, lower confidence",
            UserImpact = "slower reaction to recent behaviour",
            MaxDuration = "< 30s per job (checkpoint recovery)",
            Affected = [c.Flink, c.Amber],
        });
        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Multiple models degraded simultaneously",
            Detection = "correlated drift from a shared feature problem",
            SystemBehavior = "system-wide degraded mode",
            UserImpact = "broad degradation",
            MaxDuration = "until the root cause is fixed",
            Affected = [c.RecommendationModels, c.PersonalizationModels, c.SearchModels],
        });
        boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Kafka cluster issue",
            Detection = "broker health monitoring",
            SystemBehavior = "no ingestion; streaming features frozen",
            UserImpact = "staleness grows",
            MaxDuration = "until Kafka recovers",
            Affected = [c.Kafka, c.Flink],
        });
    }

    private static void AddPropagationRules(NonDeterminismBoundary boundary)
    {
        // Staleness penalties differ between sources: 10 min stale costs 0.10 here; E1 says 0.05 per hour past the first.
        boundary.AddPropagationRule(new PropagationRule("Feature freshness penalty", "Features older than their SLA lower the confidence of every prediction using them.", "10 min stale -> rec confidence -0.10"));
        boundary.AddPropagationRule(new PropagationRule("Cascade fallback", "When Amber's online store is down, all real-time models fall back together.", "Amber outage -> all real-time models degrade"));
        boundary.AddPropagationRule(new PropagationRule("Independence of encoding", "Quality models run in batch only, so their fallback leaves recommendations alone.", "quality model fallback -> recommendations unaffected"));
        boundary.AddPropagationRule(new PropagationRule("Editorial safety net", "FB1 always carries editorial rows, whatever state the models are in."));
        boundary.AddPropagationRule(new PropagationRule("Experiment isolation", "A/B variants pass through the same gates; allocation cannot skip them.", "a canary model is still gated"));
    }

    private static void AddTests(NonDeterminismBoundary boundary)
    {
        var everyDeployment = Freshness.OnEvent("every model deployment");
        boundary.AddTest(new BoundaryTest
        {
            TestType = "Confidence gate testing",
            Purpose = "gates route correctly at their thresholds",
            Approach = "inject synthetic predictions at each threshold",
            Frequency = everyDeployment,
        });
        boundary.AddTest(new BoundaryTest
        {
            TestType = "Fallback activation",
            Purpose = "switching to a fallback is seamless",
            Approach = "circuit breaker simulates an outage; measure switch latency",
            Frequency = Freshness.Weekly,
        });
        boundary.AddTest(new BoundaryTest
        {
            TestType = "Fallback quality",
            Purpose = "fallbacks stay good enough",
            Approach = "compare fallback and ML engagement on holdout traffic",
            Frequency = Freshness.Monthly,
        });
        boundary.AddTest(new BoundaryTest
        {
            TestType = "Cascade testing",
            Purpose = "correlated failures degrade gracefully",
            Approach = "simulate an Amber outage",
            Frequency = Freshness.Monthly,
        });
        boundary.AddTest(new BoundaryTest
        {
            TestType = "Recovery testing",
            Purpose = "ML output returns after an outage",
            Approach = "restore the service; gates re-enable the model",
            Frequency = everyDeployment,
        });
        boundary.AddTest(new BoundaryTest
        {
            TestType = "Load spike resilience",
            Purpose = "gates and fallbacks hold under load",
            Approach = "load test at 5x peak",
            Frequency = Freshness.Quarterly,
        });
    }
}
