using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Benchmarks.Generators;

/// <summary>
/// Synthetic Netflix-scale ML platform workspaces, built through the public API only and deterministic from a seed and
/// a size (the number of elements plus relationships to aim for; the result is within a few percent of it).
/// </summary>
/// <remarks>
/// The platform is a set of domains (one software system each, e.g. "Domain 0042 Ranking"): an API gateway with two
/// components, an event topic, <see cref="ModelsPerDomain"/> &lt;&lt;ML Model&gt;&gt; containers,
/// <see cref="PipelinesPerDomain"/> &lt;&lt;Data Pipeline&gt;&gt; containers, a &lt;&lt;Feature Store&gt;&gt; and a
/// &lt;&lt;Monitor&gt;&gt;, wired as events → pipelines → feature store → models → monitor, gateway → models, and one
/// cross-domain call. RAD-AI registers: every model registered (versions, hyperparameters, baselines) with drift
/// detection, every pipeline in the pipeline view (mode, freshness SLA, stage, checkpoint), one feature group and one
/// debt item per domain, a quality scenario every other domain, a trigger chain between pipelines. Views: a landscape,
/// and a context and a container view per domain.
/// </remarks>
internal static class NetflixScaleWorkspace
{
    /// <summary>ML models per domain.</summary>
    public const int ModelsPerDomain = 4;

    /// <summary>Data pipelines per domain.</summary>
    public const int PipelinesPerDomain = 3;

    /// <summary>Elements of one domain: system, gateway + 2 components, topic, models, pipelines, store, monitor.</summary>
    private const int ElementsPerDomain = 1 + 3 + 1 + ModelsPerDomain + PipelinesPerDomain + 2;

    /// <summary>Relationships of one domain (see <see cref="AddDomain"/>); people add about one more every ten domains.</summary>
    private const int RelationshipsPerDomain = 1 + 1 + ModelsPerDomain + 2 * PipelinesPerDomain + ModelsPerDomain * 2 + 1;

    /// <summary>The sizes benchmarked: about 1,000, 10,000 and 100,000 elements and relationships.</summary>
    public static readonly int[] Sizes = [1_000, 10_000, 100_000];

    private static readonly string[] Areas = ["Ranking", "Search", "Artwork", "Ads", "Payments", "Encoding", "Studio", "Growth", "Messaging", "Games"];
    private static readonly string[] ModelKinds = ["Ranker", "Candidate Generator", "Embedding Model", "Classifier", "Forecaster", "Bandit"];
    private static readonly string[] Frameworks = ["PyTorch", "TensorFlow", "XGBoost", "LightGBM", "JAX"];
    private static readonly string[] Engines = ["Apache Flink", "Apache Spark", "Metaflow", "Maestro"];
    private static readonly ModelStatus[] Statuses = [ModelStatus.Production, ModelStatus.Production, ModelStatus.Canary, ModelStatus.Candidate, ModelStatus.Experimentation];
    private static readonly DebtCategory[] Categories = [.. DebtCategory.WellKnown];
    private static readonly Severity[] Severities = Enum.GetValues<Severity>();
    private static readonly QualityAttribute[] Attributes = [.. QualityAttribute.Standard];

    /// <summary>Builds a workspace of about <paramref name="size"/> elements plus relationships.</summary>
    /// <param name="seed">The random seed: same seed and size, same workspace (same JSON bytes).</param>
    /// <param name="size">Elements plus relationships to aim for (at least one domain is built).</param>
    public static Workspace Generate(int seed, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var random = new Random(seed);
        var domains = Math.Max(1, (int)Math.Round(size / (ElementsPerDomain + RelationshipsPerDomain + 0.1)));
        var workspace = new Workspace($"Netflix ML Platform (synthetic, {size:D} / seed {seed:D})", "Synthetic Netflix-scale ML platform for benchmarks");
        var ai = workspace.RadAi();
        foreach (var attribute in Attributes)
            ai.QualityScenarios.Define(new QualityAttributeDefinition(attribute, $"How the platform keeps {attribute.Name.ToLowerInvariant()}", "3,000+ ML projects share one platform"));

        var people = new List<Person>();
        Container? previousModel = null;
        string? previousPipeline = null;
        var landscape = workspace.Views.CreateSystemLandscapeView("landscape", "Every domain of the platform");
        for (var d = 1; d <= domains; d++)
        {
            if ((d - 1) % 10 == 0) people.Add(workspace.Model.AddPerson(Invariant($"Member Segment {people.Count + 1:D3}"), "Netflix members of one region"));
            previousModel = AddDomain(workspace, ai, random, d, people[^1], previousModel, ref previousPipeline);
        }
        landscape.AddAllElements();
        return workspace;
    }

    /// <summary>Adds one domain; returns its last model (the next domain's gateway falls back to it).</summary>
    private static Container AddDomain(Workspace workspace, RadAiModel ai, Random random, int d, Person person, Container? previousModel, ref string? previousPipeline)
    {
        var area = Areas[d % Areas.Length];
        var key = Invariant($"{d:D4}");
        var system = workspace.Model.AddSoftwareSystem($"Domain {key} {area}", $"ML products of the {area} area, team {key}");
        system.Group = area;
        var gateway = system.AddContainer("API Gateway", "Routes member requests and allocates A/B cells", "Java/Zuul");
        var router = gateway.AddComponent("Request Router", "Chooses the model per request", "Java");
        var allocator = gateway.AddComponent("Cell Allocator", "Assigns A/B test cells", "Java");
        var topic = system.AddContainer("Event Topic", "Member interaction events", "Apache Kafka");
        var store = system.AddFeatureStore("Feature Store", "Online and offline features", "Amber")
            .WithFeatureCount(100 + random.Next(900), atLeast: random.Next(2) == 0)
            .WithRefresh(Freshness.Under(TimeSpan.FromSeconds(1 + random.Next(30))));
        var monitor = system.AddMonitor("Model Monitor", "Drift and health of the domain's models", "Custom + Grafana")
            .WithMetrics("feature distributions", "prediction drift", "latency")
            .WithAlertThresholds(new Threshold("PSI", Comparison.GreaterThan, 0.2));

        person.Uses(gateway, "Browses and plays", "HTTPS", InteractionStyle.Synchronous);
        router.Uses(allocator, "Asks for the member's test cell", "in-process");

        var pipelineIds = new List<string>();
        for (var p = 1; p <= PipelinesPerDomain; p++)
        {
            var streaming = random.Next(3) != 0;
            var name = Invariant($"{(streaming ? "Streaming" : "Batch")} Pipeline {p}");
            var pipeline = system.AddDataPipeline(name, $"Computes {area.ToLowerInvariant()} features", Engines[random.Next(Engines.Length)]);
            var sla = streaming ? (Freshness)Freshness.Under(TimeSpan.FromSeconds(1 + random.Next(10))) : Freshness.Daily;
            if (streaming) pipeline.Streaming(sla);
            else pipeline.Batch(Freshness.Daily, sla);
            pipeline.WithQualityGates("schema conformance 100%", Invariant($"null rate < {random.Next(1, 10)}%"));
            topic.Uses((StaticStructureElement)pipeline, "Streams events to", "Kafka", InteractionStyle.Asynchronous);
            pipeline.Uses(store, "Writes features to", "gRPC");

            var id = Invariant($"PL-{d:D4}-{p}");
            pipelineIds.Add(id);
            ai.Pipelines.Add(new Pipeline
            {
                Id = id,
                Name = $"{area} {name} {key}",
                Mode = streaming ? PipelineMode.Streaming : PipelineMode.Batch,
                FreshnessSla = sla,
                Owner = Invariant($"Data Engineering {area}"),
                Engine = Engines[random.Next(Engines.Length)],
                Scale = Invariant($"~{10 + random.Next(990)}K events/sec peak"),
                Element = pipeline,
                Stages = [new PipelineStage
                {
                    Name = "Schema validation",
                    Input = "raw events",
                    Output = "validated events",
                    Processing = "Avro",
                    QualityGate = "rejection rate < 0.001%",
                }],
                Checkpoints = [new QualityCheckpoint
                {
                    Check = "Schema validation",
                    Location = "after ingestion",
                    Rule = "all fields present",
                    OnFailure = [FailureAction.Quarantine, FailureAction.Alert],
                }],
            });
            if (previousPipeline is not null) ai.Pipelines.AddTrigger(new WorkflowTrigger(previousPipeline, id, "upstream completes"));
            previousPipeline = id;
        }

        var models = new List<Container>();
        for (var m = 1; m <= ModelsPerDomain; m++)
        {
            var kind = ModelKinds[random.Next(ModelKinds.Length)];
            var major = 1 + random.Next(20);
            _ = random.Next(10); // a draw kept so the workspace for a seed stays the one the benchmarks measured
            // The deployed version is stated once, here; the registry entry's history below lists it.
            var model = system.AddMlModel(Invariant($"{kind} {m}"), $"{area} {kind.ToLowerInvariant()}", Frameworks[random.Next(Frameworks.Length)])
                .WithVersion(Invariant($"v{major}.1"))
                .WithPrimaryMetric("NDCG", (0.3 + random.NextDouble() / 2).ToString("F2", CultureInfo.InvariantCulture))
                .WithConfidence(0.5, 0.98)
                .WithLatency(TimeSpan.FromMilliseconds(50 + random.Next(200)), 95);
            var container = (Container)model;
            models.Add(container);
            gateway.Uses(container, "Asks for predictions", "REST", InteractionStyle.Synchronous);
            store.Uses(model, "Serves online features to", "gRPC");
            model.Uses(monitor, "Sends predictions to", "Kafka", InteractionStyle.Asynchronous);

            var id = Invariant($"MDL-{d:D4}-{m}");
            ai.Registry.Add(new RegisteredModel
            {
                Id = id,
                Element = model,
                Name = $"{area} {kind} {key}.{m}",
                Task = $"{area} {kind.ToLowerInvariant()}",
                Framework = Frameworks[random.Next(Frameworks.Length)],
                Status = Statuses[random.Next(Statuses.Length)],
                ServingMode = random.Next(2) == 0 ? "Real-time" : "Batch pre-compute",
                Versions = [new ModelVersion(Invariant($"v{major}.0")) { TrainingPeriod = "2025-Q1", Status = ModelStatus.Retired },
                            new ModelVersion(Invariant($"v{major}.1")) { TrainingDate = new DateOnly(2025, 1 + random.Next(12), 1 + random.Next(28)), DatasetVersion = Invariant($"DS-{d:D4} v{random.Next(1, 60)}"),
                                KeyMetrics = [MetricValue.Of("NDCG", Math.Round(0.3 + random.NextDouble() / 2, 2))], Status = ModelStatus.Production }],
                Hyperparameters = [new Hyperparameter("learning_rate", Invariant($"0.00{1 + random.Next(9)}"), "grid search")],
                Baselines = [new PerformanceBaseline("Latency P95") { AlertThreshold = new Threshold(null, Comparison.GreaterThan, 250, "ms"), Baseline = 100 + random.Next(100), Current = 100 + random.Next(150) }],
            });
            ai.Operations.AddDriftDetection(new DriftDetection
            {
                Component = model,
                Type = DriftType.Data,
                Method = DriftMethod.Psi,
                Threshold = new Threshold("PSI", Comparison.GreaterThan, 0.2),
                CheckFrequency = Freshness.Hourly,
            });
        }
        if (previousModel is not null) gateway.Uses(previousModel, "Falls back to", "REST", InteractionStyle.Synchronous);

        ai.Pipelines.AddFeatureGroup(new FeatureGroup
        {
            Name = $"{area} features {key}",
            FeatureCount = 50 + random.Next(500),
            SourcePipelines = EquatableList.From(pipelineIds),
            Refresh = Freshness.Under(TimeSpan.FromSeconds(5)),
            Consumers = EquatableList.From(models.Select(m => (ElementRef)m)),
            Store = store,
        });
        var category = Categories[random.Next(Categories.Length)];
        ai.Debt.Add(new DebtItem
        {
            Id = Invariant($"{category.Prefix}-{d:D4}"),
            Category = category,
            Description = $"{area} models share undeclared features",
            Severity = Severities[random.Next(Severities.Length)],
            Affects = [store, models[0]],
            Mitigation = "feature versioning",
            Status = DebtStatus.Open,
            Owner = Invariant($"Team {key}"),
        });
        if (d % 2 == 0)
        {
            var attribute = Attributes[random.Next(Attributes.Length)];
            ai.QualityScenarios.Add(new QualityScenario
            {
                Id = Invariant($"QS-{d:D4}"),
                Attribute = attribute,
                Source = "catalog event",
                Stimulus = "a new title launches",
                Artifacts = [models[0]],
                Environment = "production",
                Response = "real-time features and exploration",
                ResponseMeasure = Invariant($"title visible within {1 + random.Next(24)} h"),
                Priority = Priority.High,
            });
        }

        workspace.Views.CreateSystemContextView(system, Invariant($"context-{key}"), $"{system.Name} in context").AddDefaultElements();
        workspace.Views.CreateContainerView(system, Invariant($"containers-{key}"), $"Containers of {system.Name}").AddDefaultElements();
        return models[^1];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
