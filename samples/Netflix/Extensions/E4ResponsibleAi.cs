using RadAi.Dsl;
using RadAi.Dsl.Samples.Netflix.Model;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// E4, responsible AI concepts (arc42 §8): a component × concern matrix, fairness dimensions and metrics, bias
/// detection across the lifecycle, explainability, human oversight, member controls, transparency and privacy.
/// </summary>
/// <remarks>
/// The example has no matrix table and no safety section; the matrix below is assembled only from facts stated
/// elsewhere in E4, E5 and E6 (cells without a stated fact stay empty). Owners, retention periods, legal bases,
/// response SLAs and explainability integration points are absent from the example and left out. Much of E4 is
/// marked as inferred by its authors.
/// </remarks>
internal static class E4ResponsibleAi
{
    public static void AddTo(RadAiModel ai, NetflixElements n)
    {
        var c = n.Containers;
        var rai = ai.ResponsibleAi;

        AddMatrix(rai, c);

        rai.AddFairnessDimension(new FairnessDimension
        {
            Name = "Content diversity (intra-member)",
            Description = "a member's rows span genres, types and origins instead of narrowing",
            AffectedModels = [c.RecommendationModels, c.PersonalizationModels],
            MeasurementApproach = "genre entropy, origin country count, content age distribution",
        });
        rai.AddFairnessDimension(new FairnessDimension
        {
            Name = "Geographic equity",
            Description = "small markets are served as well as the large ones; non-English titles stay findable",
            AffectedModels = [c.RecommendationModels, c.SearchModels],
            MeasurementApproach = "per-region engagement, cross-region discovery, non-English recommendation frequency",
        });
        rai.AddFairnessDimension(new FairnessDimension
        {
            Name = "Creator fairness",
            Description = "new and niche titles get a fair chance of exposure",
            AffectedModels = [c.RecommendationModels],
            MeasurementApproach = "exposure distribution, long-tail frequency, cold-start performance of new titles",
        });
        rai.AddFairnessDimension(new FairnessDimension
        {
            Name = "Language equity",
            Description = "members find titles in languages they understand, without one language dominating",
            AffectedModels = [c.RecommendationModels, c.SearchModels],
            MeasurementApproach = "recommended languages vs stated preferences; multi-language search accuracy",
        });

        string[] protectedAttributes = ["geographic region", "member activity level", "content origin country"];
        rai.AddFairnessMetric(new FairnessMetric
        {
            Component = c.RecommendationModels,
            ProtectedAttributes = [.. protectedAttributes],
            Metric = "genre entropy per recommendation set",
            Target = new Threshold("genre entropy drop per cohort", Comparison.LessThan, 15, "%"),
            Frequency = Freshness.Weekly,
        });
        rai.AddFairnessMetric(new FairnessMetric
        {
            Component = c.RecommendationModels,
            ProtectedAttributes = [.. protectedAttributes],
            Metric = "cross-region engagement variance",
            Target = Threshold.AsWritten("guardrail in every A/B test; no number published"),
            Frequency = Freshness.OnEvent("every experiment"),
        });

        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PreTraining, "representation audit across content types, regions, languages and demographics"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PreTraining, "catalog coverage analysis over all titles"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PreTraining, "temporal coverage: recent titles vs classics"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.InTraining, "diversity objectives trained jointly with engagement"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.InTraining, "joint relevance, diversity and freshness optimization in the consolidated model"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.InTraining, "contextual bandit exploration"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PostTraining, "slice evaluation: new vs established titles, light vs heavy viewers, region, language"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PostTraining, "diversity as an ABlaze guardrail metric"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.InProduction, "continuous monitoring in ML Observability"));
        rai.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.InProduction, "A/B guardrails and diversity dashboards (inferred)"));

        rai.AddExplainability(new ExplainabilityRequirement
        {
            Component = c.RecommendationModels,
            Scope = ExplanationScope.PerDecision,
            Method = "named rows (Because You Watched X, Top Picks For You, Trending in [Country])",
            Audience = "Netflix members",
            Trigger = "every homepage render",
        });
        rai.AddExplainability(new ExplainabilityRequirement
        {
            Component = c.RecommendationModels,
            Scope = ExplanationScope.Aggregate,
            Method = "A/B analysis broken down by content type, region and segment",
            Audience = "product and content teams",
            Trigger = "each experiment and its report",
        });
        rai.AddExplainability(new ExplainabilityRequirement
        {
            Component = c.RecommendationModels,
            Scope = ExplanationScope.InternalAudit,
            Method = "feature importance; cohort pattern analysis",
            Audience = "ML engineering, trust and safety",
            Trigger = "on demand; model review cycles",
        });
        rai.AddExplainability(new ExplainabilityRequirement
        {
            Component = c.SearchModels,
            Scope = ExplanationScope.PerDecision,
            Method = "category labels; Did you mean…",
            Audience = "Netflix members",
            Trigger = "every search query",
        });
        rai.AddExplainability(new ExplainabilityRequirement
        {
            Component = c.ExperimentationModels,
            Scope = ExplanationScope.Statistical,
            Method = "confidence intervals, p-values, effect sizes",
            Audience = "data scientists, product managers",
            Trigger = "every experiment analysis (ABlaze/Ignite)",
        });

        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "A/B test guardrail metrics",
            Scope = "all model deployments",
            Trigger = "every experiment",
            Authority = "a violation blocks deployment automatically; override needs VP-level approval (inferred)",
            Frequency = Freshness.OnEvent("every experiment"),
        });
        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "Content moderation review",
            Scope = "catalog, before titles may be recommended",
            Trigger = "new or changed catalog content",
            Authority = "trust and safety team; flagged titles leave the pool",
            Frequency = Freshness.Continuous,
        });
        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "Recommendation diversity review",
            Scope = "overall recommendation patterns",
            Trigger = "periodic review",
            Authority = "content and product leadership",
            Frequency = Freshness.Quarterly,
        }); // quarterly is the source's own inference
        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "Model review process",
            Scope = "major architecture changes",
            Trigger = "each major version",
            Authority = "ML leadership with product and content stakeholders (inferred)",
            Frequency = Freshness.OnEvent("major version"),
        });
        rai.AddOversight(new OversightMechanism
        {
            Mechanism = "Member feedback mechanisms",
            Scope = "one member's experience",
            Trigger = "member action",
            Authority = "members: thumbs, hiding titles, profile preferences",
            Frequency = Freshness.Continuous,
        });
        rai.SetOverridePolicy(new OverridePolicy { OverrideMechanism = "VP-level approval to deploy despite a guardrail violation (inferred)" });

        rai.AddUserControl(new UserControl("Thumbs up / thumbs down", "strong explicit signal", "adjusts the member's preference vector"));
        rai.AddUserControl(new UserControl("Not For Me (hide title)", "title gone from every surface", "removed from the member's candidate set"));
        rai.AddUserControl(new UserControl("Profile preferences (genre selection)", "leans rankings toward chosen genres", "preference weights modify features"));
        rai.AddUserControl(new UserControl("Maturity ratings settings", "filters by maturity", "deterministic hard filter before ML ranking"));
        rai.AddUserControl(new UserControl("Separate profiles (kids, adults)", "separate personalization per profile", "isolated representations, no cross-profile leakage"));

        rai.AddDisclosure(new Disclosure { Context = "Homepage experience", Text = "row titles say why a row is there", Format = "UI labels" });
        rai.AddDisclosure(new Disclosure
        {
            Context = "Content ranking",
            Text = "Match % shows predicted affinity",
            Format = "percentage on the title page",
        });
        rai.AddDisclosure(new Disclosure
        {
            Context = "A/B testing",
            Text = "members may see different experiences",
            Format = "Help Center FAQ; Terms of Use",
        });
        rai.AddDisclosure(new Disclosure { Context = "Data usage", Text = "how viewing and interaction data are used", Format = "Privacy Statement" });
        rai.AddDisclosure(new Disclosure
        {
            Context = "Research publications",
            Text = "algorithms, experimentation and infrastructure",
            Format = "Netflix TechBlog, Netflix Research, conferences",
        });

        rai.AddDataProtection(new DataProtection("Viewing history", "encrypted at rest; role-based access; members can delete it") { UsageInMl = "main recommendation signal" });
        rai.AddDataProtection(new DataProtection("Search queries", "aggregated and anonymized; single queries not kept long") { UsageInMl = "search ranking training" });
        rai.AddDataProtection(new DataProtection("Device telemetry", "aggregated per device type; no tracking of single devices") { UsageInMl = "content quality: encoding and bitrate" });
        rai.AddDataProtection(new DataProtection("Profile information", "kept minimal; preferences act as filters, not features") { UsageInMl = "basic personalization (language, maturity)" });
        rai.AddDataProtection(new DataProtection("A/B test allocations", "member-to-experiment mapping encrypted; analysis on aggregated cohorts") { UsageInMl = "experiment membership and outcomes" });
    }

    private static void AddMatrix(ResponsibleAiConcepts rai, PlatformContainers c)
    {
        rai.SetConcern(new ConcernEntry
        {
            Component = c.RecommendationModels,
            Concern = Concern.Fairness,
            Metric = "genre entropy per cohort (QS-05)",
            Threshold = new Threshold("genre entropy drop", Comparison.GreaterThan, 15, "%"),
            Frequency = Freshness.Weekly,
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.RecommendationModels,
            Concern = Concern.Explainability,
            Metric = "named rows on every homepage render",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.RecommendationModels,
            Concern = Concern.HumanOversight,
            Metric = "A/B guardrails; diversity review; model review per major version",
            Frequency = Freshness.OnEvent("every experiment"),
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.RecommendationModels,
            Concern = Concern.Privacy,
            Metric = "viewing history encrypted, role-based access, deletable",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.RecommendationModels,
            Concern = Concern.Safety,
            Metric = "flagged titles excluded; maturity hard filter; kids and adult profiles isolated",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.RecommendationModels,
            Concern = Concern.Transparency,
            Metric = "row titles; Match %; A/B disclosure in the Help Center",
        });
        rai.SetConcern(new ConcernEntry { Component = c.PersonalizationModels, Concern = Concern.Fairness, Metric = "intra-member content diversity" });
        rai.SetConcern(new ConcernEntry { Component = c.PersonalizationModels, Concern = Concern.HumanOversight, Metric = "member controls" });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.PersonalizationModels,
            Concern = Concern.Privacy,
            Metric = "minimal profile data, used as filters",
        });
        rai.SetConcern(new ConcernEntry { Component = c.SearchModels, Concern = Concern.Fairness, Metric = "geographic and language equity" });
        rai.SetConcern(new ConcernEntry { Component = c.SearchModels, Concern = Concern.Explainability, Metric = "category labels; Did you mean…" });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.SearchModels,
            Concern = Concern.Privacy,
            Metric = "queries aggregated and anonymized for training",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.ContentQualityModels,
            Concern = Concern.Privacy,
            Metric = "telemetry aggregated per device type",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.ExperimentationModels,
            Concern = Concern.Explainability,
            Metric = "confidence intervals, p-values, effect sizes",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.ExperimentationModels,
            Concern = Concern.Privacy,
            Metric = "member-experiment mapping encrypted",
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.ExperimentationModels,
            Concern = Concern.Safety,
            Metric = "false positive rate (QS-09)",
            Threshold = new Threshold("false positive rate", Comparison.LessThan, 5, "%"),
        });
        rai.SetConcern(new ConcernEntry
        {
            Component = c.ExperimentationModels,
            Concern = Concern.Transparency,
            Metric = "Help Center says members take part in tests",
        });
    }
}
