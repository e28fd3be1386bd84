using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Extensions;

/// <summary>
/// What the example states beyond the templates: the platform's scale (E2 "Scale Context", stated as the system's key
/// metrics, each with its source as an extra fact) and the model lifecycle state diagram (E2 "Model Lifecycle States",
/// a user section after the registry's lifecycle).
/// </summary>
internal static class OpenFacts
{
    private const string TechBlog = "Netflix Tech Blog, 2024";

    public static void AddTo(RadAiModel ai)
    {
        var e1 = ai.BoundaryDelineation;
        e1.AddKeyMetric(new KeyMetric { Name = "Total ML projects on Metaflow", Value = "3,000+", ExtraFacts = [new("Source", TechBlog)] });
        e1.AddKeyMetric(new KeyMetric { Name = "Compute jobs executed", Value = "Hundreds of millions", ExtraFacts = [new("Source", TechBlog)] });
        e1.AddKeyMetric(new KeyMetric { Name = "Data processed by ML jobs", Value = "Petabytes", ExtraFacts = [new("Source", TechBlog)] });
        e1.AddKeyMetric(new KeyMetric { Name = "Model artifacts managed", Value = "Tens of petabytes", ExtraFacts = [new("Source", TechBlog)] });
        e1.AddKeyMetric(new KeyMetric
        {
            Name = "Distinct model serving endpoints", Value = "Hundreds", Note = "inferred from project count and serving patterns",
            ExtraFacts = [new("Source", "Inference")],
        });
        e1.AddKeyMetric(new KeyMetric { Name = "Subscribers", Value = "200M+" });

        ai.Sections.Add(DocumentId.ModelRegistry, new UserSection
        {
            Title = "Model lifecycle states",
            After = "Model lifecycle",
            Prose = "The states every model passes through, from a data scientist's first flow to archived artifacts.",
            Mermaid = """
                stateDiagram-v2
                    [*] --> Development: Data scientist creates flow
                    Development --> Experimentation: Run experiments via Metaflow
                    Experimentation --> Candidate: Metrics pass offline evaluation
                    Candidate --> Canary: Deployed to small traffic fraction
                    Canary --> Production: Canary metrics pass (Kayenta)
                    Canary --> Rollback: Canary metrics fail
                    Rollback --> Experimentation: Investigate and iterate
                    Production --> Monitoring: Continuous health checks
                    Monitoring --> Production: All metrics healthy
                    Monitoring --> Retraining: Drift detected or scheduled
                    Retraining --> Candidate: New version trained
                    Production --> Deprecated: Replaced by new version
                    Deprecated --> [*]: Artifacts archived in S3
                """,
        });
    }
}
