using RadAi.Dsl;

namespace RadAi.Dsl.Samples.Netflix.Sections;

/// <summary>
/// What the example's operational view states that E8's templates have no record for: ML Observability's capabilities,
/// the experiment lifecycle and the rules for concurrent experiments in ABlaze, the states a model version moves
/// through between training and rollback, and what operational metrics are kept for how long. User sections of E8.
/// </summary>
/// <remarks>
/// The example describes ABlaze's process, not individual experiments, so the typed A/B test table stays empty
/// (no test name, allocation or sample size is given) and the process goes into sections.
/// </remarks>
internal static class OperationsSections
{
    public static void AddTo(RadAiModel ai)
    {
        ai.Sections.Add(DocumentId.OperationalAiView, new UserSection
        {
            Title = "ML Observability capabilities",
            After = "Monitors",
            Prose = "What the ML Observability monitor offers, and over which part of the platform.",
            Table = new UserTable
            {
                Header = ["Capability", "What it does", "Scope"],
                Rows =
                [
                    ["Long-term performance tracking", "follows model metrics over time and flags degradation automatically", "every production model"],
                    ["Feature drift monitoring", "watches input feature distributions for unexpected shifts", "every feature held in Amber"],
                    ["Prediction drift monitoring", "watches the distribution of model outputs for unexpected changes", "every serving endpoint"],
                    ["Data quality checks", "validates training data and feature pipeline outputs automatically", "every data pipeline"],
                    ["Model explainability", "feature importance and prediction decomposition, used when debugging", "on demand, during investigations"],
                ],
            },
        });

        ai.Sections.Add(DocumentId.OperationalAiView, new UserSection
        {
            Title = "Experiment lifecycle (ABlaze)",
            After = "A/B testing",
            Prose = "ABlaze carries every model experiment through six phases.",
            Table = new UserTable
            {
                Header = ["Phase", "ABlaze's part", "What happens"],
                Rows =
                [
                    ["Design", "experiment configuration", "treatment groups, traffic allocation, primary and guardrail metrics and a target duration are set"],
                    ["Allocation", "member assignment", "members go to control or treatment, in batch or in real time, with interactions between concurrent experiments handled"],
                    ["Execution", "traffic routing", "the API Gateway sends each member to the control or treatment model variant"],
                    ["Monitoring", "real-time metrics", "metrics stream through Spark Streaming and Kafka into ElasticSearch; the ABlaze dashboard updates in near real time"],
                    ["Analysis", "statistical evaluation", "sequential testing with always-valid confidence intervals, over several metrics"],
                    ["Decision", "winner declaration", "significant on the primary metric and every guardrail passed: the variant wins and deployment starts automatically"],
                ],
            },
        });

        ai.Sections.Add(DocumentId.OperationalAiView, new UserSection
        {
            Title = "Concurrent experiments",
            After = "A/B testing",
            Prose = "A member takes part in several A/B tests at once; ABlaze keeps them from spoiling each other.",
            Table = new UserTable
            {
                Header = ["Concern", "How ABlaze handles it"],
                Rows =
                [
                    ["Experiment collision", "a schedule view shows tests that overlap; filtering by dimension finds the ones that may interact"],
                    ["Traffic budgeting", "allocation is drawn from a managed pool so enough members always stay in control"],
                    ["Metric contamination", "randomization per member; treatment effects isolated with difference-in-differences"],
                    ["Guardrail enforcement", "shared guardrail metrics are checked on every running experiment; a violating experiment is paused"],
                ],
            },
        });

        // The example's lifecycle diagram in E2 ("Model lifecycle states") and this one overlap; E2's starts at the first
        // flow and ends in the archive, this one follows a candidate through canary, experiments, drift and rollback.
        // The example goes from Production to Monitoring (health checks) and back (all metrics healthy); drawn with both
        // edges, Mermaid lays their labels on each other (tools/diagram-check), so the loop is one edge on Monitoring:
        // a healthy model stays in production under monitoring. Tried and still overlapping: other orders and wordings,
        // and a choice state after Monitoring.
        ai.Sections.Add(DocumentId.OperationalAiView, new UserSection
        {
            Title = "Rollback states",
            After = "Rollback policy",
            Prose = "Where a model version can be sent back from, and where it returns to.",
            Mermaid = """
                stateDiagram-v2
                    [*] --> Development: Metaflow flow
                    Development --> OfflineEval: trained
                    OfflineEval --> Candidate: gates passed
                    OfflineEval --> Development: gates failed
                    Candidate --> CanaryDeploy: Spinnaker starts canary
                    CanaryDeploy --> KayentaAnalysis: metrics collected
                    KayentaAnalysis --> Production: canary passed
                    KayentaAnalysis --> Rollback: canary failed
                    Rollback --> Candidate: fixed, tried again
                    Production --> ABTest: experiment set up
                    ABTest --> Production: winner deployed
                    ABTest --> Rollback: guardrail violated
                    Production --> Monitoring: health checks
                    Monitoring --> Monitoring: healthy
                    Monitoring --> DriftDetected: metrics degrade
                    DriftDetected --> Retraining: Maestro starts pipeline
                    Retraining --> OfflineEval: new version
                    Monitoring --> DegradedMode: infrastructure problem
                    DegradedMode --> Production: resolved
                    DegradedMode --> Rollback: not resolved
                """,
        });

        ai.Sections.Add(DocumentId.OperationalAiView, new UserSection
        {
            Title = "Operational metrics",
            Prose = "The kinds of operational metric kept, how they are gathered and how long they are retained.",
            Table = new UserTable
            {
                Header = ["Category", "Examples", "Collected by", "Retention"],
                Rows =
                [
                    ["Serving performance", "latency (P50/P95/P99), requests per second, error rate", "real-time metrics from the serving infrastructure", "90 days in full, 1 year aggregated"],
                    ["Model quality", "engagement rates, diversity scores, search success rates", "daily batch evaluation against ground truth", "1 year in full"],
                    ["Data infrastructure", "Kafka consumer lag, Flink checkpoint duration, feature freshness", "real-time infrastructure metrics", "30 days in full, 1 year aggregated"],
                    ["Experiment metrics", "treatment effects, confidence intervals, guardrail status", "near-real-time streaming plus daily batch analysis", "the experiment's duration plus 1 year"],
                    ["Operational events", "retraining triggers, deployments, rollbacks, incidents", "event logging", "2 years"],
                ],
            },
        });
    }
}
