using RadAi.Dsl.Ai;
using RadAi.Dsl.Ai.Boundary;
using RadAi.Dsl.Ai.BoundaryDelineation;
using RadAi.Dsl.Ai.Debt;
using RadAi.Dsl.Ai.Decisions;
using RadAi.Dsl.Ai.Lineage;
using RadAi.Dsl.Ai.Operations;
using RadAi.Dsl.Ai.Pipelines;
using RadAi.Dsl.Ai.Quality;
using RadAi.Dsl.Ai.Registry;
using RadAi.Dsl.Ai.ResponsibleAi;
using RadAi.Dsl.Ai.Stereotypes;
using RadAi.Dsl.C4;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>A Netflix-like workspace with all eleven extensions populated, and a deep comparison of two RAD-AI models.</summary>
internal static class RichModel
{
    public static Workspace Build()
    {
        var workspace = new Workspace("Netflix ML Platform", "Metaflow/Maestro ML platform");
        var member = workspace.Model.AddPerson("Netflix Member");
        var platform = workspace.Model.AddSoftwareSystem("Netflix ML Platform", "Trains and serves ML models");
        var gateway = platform.AddContainer("API Gateway (Zuul)", "Routing and A/B allocation", "Java/Zuul");
        var kafka = platform.AddContainer("Apache Kafka", "Event backbone", "Kafka");
        var flink = platform.AddDataPipeline("Flink Streaming Cluster", "Real-time features", "Apache Flink")
            .Streaming(Freshness.Under(TimeSpan.FromSeconds(5))).WithQualityGates("schema conformance 100%", "null rate < 0.1%");
        var spark = platform.AddDataPipeline("Spark Batch Cluster", "Batch ETL", "Apache Spark").Batch(Freshness.Daily, Freshness.Parse("< 24 h"));
        var amber = platform.AddFeatureStore("Amber Feature Store", "Online and offline features")
            .WithFeatureCount(1000, atLeast: true).WithRefresh(Freshness.Parse("online < 5 s, offline daily"));
        var rec = platform.AddMlModel("Recommendation Models", "Ensemble CF + DNN + GNN", "PyTorch, DGL")
            .WithVersion("v12.4").WithPrimaryMetric("NDCG", "0.41").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), 95);
        var search = platform.AddMlModel("Search Models", "Query understanding and ranking", "PyTorch").WithVersion("6.7").WithConfidence(0.50, 0.97);
        var observability = platform.AddMonitor("ML Observability", "Drift and health", "Custom + Grafana")
            .WithMetrics("feature distributions", "engagement").WithAlertThresholds(Threshold.Parse("PSI > 0.2"), Threshold.Parse("> 5 % degradation sustained 3 days"));
        var review = platform.AddHumanInTheLoop("Content Review", "Trust and safety review").WithTrigger("content flagged").WithResponseSla(TimeSpan.FromHours(4));
        var popularity = platform.AddContainer("Popularity Ranking", "Fallback for recommendations");
        var gate = platform.AddContainer("Confidence Gate CG-1", "Routes by confidence");
        var ai = workspace.RadAi();
        var llm = ai.Stereotypes.Register(new Stereotype("LLM", "LLM")
        {
            Description = "Hosted large language model",
            RequiredProperties = [new("provider", "Who hosts it"), new("contextWindow", "Tokens per request")],
            Shape = Shape.Hexagon, Background = "#d1c4e9",
        });
        var synopsis = platform.AddStereotyped(llm, "Synopsis Writer", "Drafts synopses").Set("provider", "internal").Set("contextWindow", "32000");

        member.Uses(gateway, "Browses");
        kafka.Uses((StaticStructureElement)flink.Element, "event streams");
        flink.Uses(amber, "real-time features");
        spark.Uses(amber, "historical features");
        rec.Uses(amber, "reads online features", "gRPC", InteractionStyle.Synchronous);
        gateway.Uses((StaticStructureElement)rec.Element, "asks for recommendations", "REST", InteractionStyle.Synchronous);
        rec.Uses(observability, "predictions");
        gateway.Uses(gate, "recommendation requests");
        gate.Uses(popularity, "below threshold");

        ai.Boundary.Place(Region.Deterministic, gateway, kafka, (ElementRef)member);
        ai.Boundary.Place(Region.NonDeterministic, rec, search, amber);
        ai.Boundary.Place(Region.Boundary, gate);
        ai.Boundary.Place(Region.Fallback, popularity);
        var containers = workspace.Views.CreateContainerView(platform, "containers", "Containers");
        containers.AddAllElements();
        ai.Boundary.ShowRegionsOn(containers);
        ai.Boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-1",
            Component = rec,
            Threshold = 0.60,
            ActionBelow = "fallback routing",
            Gate = gate,
            Fallback = popularity,
            ActionAbove = "ML recommendations",
        });
        ai.Boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-001",
            From = gateway,
            To = gate,
            DataExchanged = "member_id, device, session",
            Contract = "JSON; timeout 250 ms",
            Timeout = TimeSpan.FromMilliseconds(250),
        });
        ai.Boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-003",
            From = rec,
            To = gate,
            DataExchanged = "ranked rows + confidence",
            Contract = "confidence in [0, 1]",
            Confidence = new ConfidenceRange(0, 1),
        });
        ai.Boundary.AddBands(new ConfidenceBands
        {
            Component = rec,
            High = new ConfidenceBand(new ConfidenceRange(0.85, 1), "full personalised homepage"),
            Medium = new ConfidenceBand(new ConfidenceRange(0.60, 0.85), "blend with popularity"),
            Low = new ConfidenceBand(new ConfidenceRange(0.40, 0.60), "mostly popularity and editorial"),
            Rejection = new ConfidenceBand(new ConfidenceRange(0, 0.40), "full fallback"),
        });
        ai.Boundary.AddDegradation(new DegradationScenario
        {
            Scenario = "Amber unavailable",
            Detection = "health check failure",
            SystemBehavior = "batch features or fallback",
            UserImpact = "stale personalisation",
            MaxDuration = "< 15 min",
            Affected = [amber, rec],
        });
        ai.Boundary.AddPropagationRule(new PropagationRule("Cascade fallback", "A feature store outage degrades every model at once", "Amber outage -> all models degrade"));
        ai.Boundary.AddTest(new BoundaryTest
        {
            TestType = "Fallback activation",
            Purpose = "seamless switch",
            Approach = "circuit breaker",
            Frequency = Freshness.Weekly,
        });
        ai.Boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB1",
            Name = "Popularity-Based Ranking",
            For = rec,
            Trigger = "model unavailable or confidence < 0.40",
            Behavior = "regional popularity plus editorial rows",
            Element = popularity,
            Limitations = "no personalisation",
        });

        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = rec,
            Type = new AiTaskType("Collaborative filtering + DNN + GNN"),
            InputDomain = "viewing history",
            OutputDomain = "ranked rows",
            FallbackStrategy = "popularity ranking",
            Confidence = new ConfidenceRange(0.60, 0.98),
            ConfidenceNote = "lower for cold-start members",
        });
        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = search,
            Type = AiTaskType.Ranking,
            InputDomain = "query text",
            OutputDomain = "ranked results",
            FallbackStrategy = "keyword search",
        });
        ai.BoundaryDelineation.AddContract(new BoundaryContract
        {
            From = rec,
            To = gateway,
            OutputType = "ranked rows + scores",
            ConfidenceSpecification = "confidence >= 0.60",
            UpdateFrequency = Freshness.Parse("weekly to monthly"),
            Fallback = "popularity rows",
            DegradationProfile = "engagement -10 %",
        });
        ai.BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = rec,
            Condition = "health check fails for > 10 s",
            SystemBehavior = "serve cached batch recommendations",
            UserImpact = "less personal homepage",
        });
        ai.BoundaryDelineation.AddExternalService(new ExternalAiService
        {
            Service = "AWS GPU Instances",
            Provider = "Amazon Web Services",
            AvailabilityPercent = 99.99,
            DataSent = "training jobs",
            Fallback = "queue training jobs",
        });
        ai.BoundaryDelineation.AddPropagationStage(new ConfidencePropagationStage
        {
            Stage = "Feature freshness",
            Components = [flink, amber],
            Contribution = "-0.05 per stale hour",
            DegradationEffect = "lagging recommendations",
        });

        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-001",
            Name = "Member Viewing Events",
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Under(TimeSpan.FromSeconds(1)),
            Owner = "Data Engineering",
            Privacy = PrivacyClassification.Confidential,
            Technology = "Kafka",
            Volume = "100K+ events/sec",
            ProcessingMode = "Streaming (Flink)",
            Element = kafka,
        });
        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-005",
            Name = "Content Catalog",
            Kind = DataSourceKind.Api,
            Freshness = Freshness.OnEvent("catalog change"),
        });
        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-007",
            Name = "Member Profiles",
            Kind = DataSourceKind.Aggregate,
            Freshness = Freshness.Daily,
            DerivedFrom = ["DS-001"],
        });
        ai.Lineage.AddPath(new LineagePath("Streaming path", "DS-001", rec)
        {
            Stages =
            [
                new LineageStage
                {
                    Name = "Kafka ingestion", Input = "raw view event", Transformation = "Avro validation, dedup", Output = "validated events",
                    SchemaVersion = "v4.1", QualityGate = "schema conformance 100%", Element = kafka,
                },
                new LineageStage { Name = "Flink windows", Input = "validated events", Transformation = "tumbling windows", Output = "aggregates", Element = flink },
            ],
        });
        ai.Lineage.AddFreshnessRequirement(new FreshnessRequirement(rec, Freshness.Under(TimeSpan.FromSeconds(5)), Freshness.Under(TimeSpan.FromSeconds(1))) { GapRisk = "none", Mitigation = "freshness penalty" });
        ai.Lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = "Long-term taste profile",
            Impact = Severity.Low,
            Batch = Freshness.Daily,
            ImpactNote = "changes slowly",
        });
        ai.Lineage.AddPrivacyFlow(new PrivacyFlow
        {
            DataElement = "member_id",
            SourceClassification = PrivacyClassification.Confidential,
            AnonymizationPoint = "hashed at ingestion",
            DownstreamClassification = PrivacyClassification.Internal,
            Method = "SHA-256",
        });
        ai.Lineage.AddSchema(new SchemaEntry("SCH-VIEW", "v4.1") { Domain = "Viewing events", UsedBy = ["PL-001", "PL-002"], BreakingChanges = "v4.0: added view_context" });

        ai.Registry.Add(new RegisteredModel
        {
            Id = "MDL-REC",
            Element = rec,
            Name = "Recommendation Ensemble",
            Task = "Content ranking",
            Framework = "PyTorch, DGL",
            Status = ModelStatus.Production,
            ServingMode = "Real-time + batch pre-compute",
            Versions = [new ModelVersion("v12.0") { TrainingPeriod = "2025-Q1", KeyChange = "contextual bandits", Status = ModelStatus.Retired },
                        new ModelVersion("v12.4") { TrainingDate = new DateOnly(2025, 11, 2), DatasetVersion = "DS-001 v42", KeyMetrics = [MetricValue.Of("NDCG", 0.41), new("recall", "0.94")], DeploymentDate = new DateOnly(2025, 11, 9), Status = ModelStatus.Production }],
            Hyperparameters = [new("learning_rate", "0.001", "grid search")],
            TrainingData = [new TrainingDataset("Member interaction history", "Kafka via Flink") { SourceId = "DS-001", Records = "billions", Features = "~1,000+", Refresh = Freshness.Continuous }],
            Baselines = [new PerformanceBaseline("Homepage latency P95") { AlertThreshold = Threshold.Parse("> 250 ms"), Baseline = 180, Current = 190 }],
            Architecture = [new ArchitectureModule("Contextual Bandit", "exploration", "custom")],
            Card = new ModelCard { IntendedUse = "homepage ranking", Limitations = "cold start" },
        });
        ai.Registry.AddTool(new RegistryTool("Metaflow Datastore (S3)", "Artifact management") { Capability = "Artifacts", Link = "https://metaflow.org" });

        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-001",
            Name = "Member Interaction Ingestion",
            Mode = PipelineMode.Streaming,
            FreshnessSla = Freshness.Parse("< 1 s from event generation"),
            Owner = "Data Engineering",
            Engine = "Flink",
            Scale = "~500K events/sec peak",
            Element = flink,
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
                Threshold = Threshold.Parse("rejection rate < 0.001 %"),
            }],
            Schema = [new SchemaField { Name = "member_id", Type = "string", Constraints = "not null" }],
        });
        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-007",
            Name = "Feedback Collection",
            Mode = PipelineMode.Hybrid,
            FreshnessSla = Freshness.Parse("streaming < 1 s, aggregation hourly"),
            Owner = "Data Engineering",
        });
        ai.Pipelines.AddFeatureGroup(new FeatureGroup
        {
            Name = "Member behavioural features",
            FeatureCount = 200,
            SourcePipelines = ["PL-001"],
            Refresh = Freshness.Parse("online < 5 s, offline daily"),
            Consumers = [rec],
            FeatureCountIsLowerBound = true,
            Store = amber,
        });
        ai.Pipelines.AddFeedbackLoop(new FeedbackLoop
        {
            Name = "Recommendation feedback",
            From = "viewing behaviour",
            To = "MDL-REC training",
            Mechanism = "implicit labels",
            Risk = "popularity amplification",
            Mitigation = "exploration budget",
            Elements = [rec, kafka],
            Severity = Severity.High,
        });
        ai.Pipelines.AddTrigger(new WorkflowTrigger("feature_engineering_daily", "rec_model_training", "upstream completes") { Metadata = ["feature version", "row count"], Signal = "features_ready" });
        ai.Pipelines.AddTrigger(new WorkflowTrigger("rec_model_training", "rec_model_validation", "artifact produced"));
        ai.Pipelines.AddSignal(new Signal
        {
            Name = "model_trained",
            Publisher = "Metaflow training workflow",
            Subscribers = ["deployment workflows"],
            Metadata = ["model version", "offline metrics"],
        });

        ai.ResponsibleAi.SetConcern(new ConcernEntry
        {
            Component = rec,
            Concern = Concern.Fairness,
            Metric = "genre entropy per recommendation set",
            Threshold = Threshold.Parse("entropy drop < 15 %"),
            Frequency = Freshness.Weekly,
            Owner = "Recommendation team",
        });
        ai.ResponsibleAi.SetConcern(new ConcernEntry { Component = rec, Concern = Concern.Explainability, Metric = "named rows on every render" });
        ai.ResponsibleAi.AddFairnessMetric(new FairnessMetric
        {
            Component = rec,
            ProtectedAttributes = ["region", "language"],
            Metric = "cross-region engagement variance",
            Target = Threshold.Parse("gap < 0.05"),
            Current = 0.03,
            Frequency = Freshness.OnEvent("retrain"),
        });
        ai.ResponsibleAi.AddFairnessDimension(new FairnessDimension
        {
            Name = "Geographic equity",
            Description = "small markets get comparable quality",
            AffectedModels = [rec, search],
            MeasurementApproach = "per-region engagement",
        });
        ai.ResponsibleAi.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PreTraining, "representation audits"));
        ai.ResponsibleAi.AddExplainability(new ExplainabilityRequirement
        {
            Component = rec,
            Scope = ExplanationScope.PerDecision,
            Method = "named rows",
            Audience = "members",
            Trigger = "every homepage render",
        });
        ai.ResponsibleAi.AddExplainabilityIntegration(new ExplainabilityIntegration
        {
            Component = gateway,
            Service = "row titles",
            ApiSurface = "REST /home",
            LatencyBudget = TimeSpan.FromMilliseconds(10),
        });
        ai.ResponsibleAi.AddOversight(new OversightMechanism
        {
            Mechanism = "Content moderation review",
            Scope = "catalog",
            Trigger = "content flagged",
            Authority = "trust and safety",
            ResponseSla = TimeSpan.FromHours(4),
            Element = review,
        });
        ai.ResponsibleAi.AddUserControl(new UserControl("Thumbs up / down", "strong preference signal", "updates preference vector"));
        ai.ResponsibleAi.AddDisclosure(new Disclosure
        {
            Context = "Homepage",
            Text = "row titles explain why",
            Format = "UI labels",
            Regulation = "DSA Art. 27",
        });
        ai.ResponsibleAi.AddDataProtection(new DataProtection("Viewing history", "encrypted at rest") { UsageInMl = "primary signal", Retention = "while account active" });
        ai.ResponsibleAi.SetOverridePolicy(new OverridePolicy { OverrideMechanism = "hide title", EscalationPath = "trust and safety" });

        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-001",
            Title = "Recommendation Model Architecture Consolidation",
            Date = new DateOnly(2025, 1, 15),
            Status = DecisionStatus.Accepted,
            Deciders = ["ML Platform leadership"],
            Context = "Many specialised models made operations O(N).",
            Drivers = ["DD-1: Operational simplicity", "DD-5: Latency"],
            Alternatives =
            [
                new ConsideredAlternative { Name = "Multi-model ensemble", Type = "status quo", Pros = ["failure isolation"], Cons = ["O(N) operations"] },
                new ConsideredAlternative { Name = "Consolidated multi-task model", Type = "single model", Pros = ["shared representations"], Cons = ["single point of failure"] },
            ],
            Outcome = "Consolidated multi-task model.",
            Dataset = new DatasetCharacteristics { Size = "billions of events", FeatureCount = "~1,000+", Additional = [new NamedValue("Task count", "several surfaces")] },
            Fairness = new FairnessTradeOff { ProtectedAttributes = ["region"], Metric = "genre entropy", AcceptedTradeOff = "5-10 % exploration" },
            Lifecycle = new ModelLifecycle { ExpectedLifetime = "weeks to months", RetrainingTriggers = ["scheduled", "drift detected"], RollbackPlan = "previous version retained" },
            Explainability = new ExplainabilityChoice { Requirement = "row-level", Method = "explanation by design" },
            Regulatory = new RegulatoryRationale { Regulations = ["DSA Art. 27", "GDPR"], RequirementsMet = ["main parameters disclosed"] },
            Consequences = new Consequences { Positive = ["one model to run"], Negative = ["single point of failure"], Neutral = ["industry trend"] },
            Elements = [rec],
        });

        ai.QualityScenarios.Define(new QualityAttributeDefinition(QualityAttribute.ModelFreshness, "how recent the model is", "new titles launch weekly"));
        ai.QualityScenarios.Define(new QualityAttributeDefinition(new QualityAttribute("Recommendation Diversity"), "variety of content", "filter bubbles hurt retention"));
        ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = QualityAttribute.ModelFreshness,
            Source = "catalog event",
            Stimulus = "model missed a launch",
            Artifacts = [rec],
            Environment = "first 48 h after launch",
            Response = "real-time features and exploration",
            ResponseMeasure = "title visible within 1 h",
            Title = "After content launch",
            Priority = Priority.High,
            Provenance = "Public",
        });
        ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-08",
            Attribute = QualityAttribute.Robustness,
            Source = "infrastructure failure",
            Stimulus = "> 10 % of Flink jobs fail",
            Artifacts = [flink, amber],
            Environment = "production",
            Response = "restart from checkpoints",
            ResponseMeasure = "recovery < 30 s per job",
            Priority = Priority.Critical,
            ArtifactNote = "PL-002",
        });

        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001",
            Category = DebtCategory.Entanglement,
            Description = "Shared behavioural features couple all models",
            Severity = Severity.High,
            Affects = [flink, amber, rec],
            Mitigation = "feature versioning",
            Status = DebtStatus.Open,
            Owner = "ML Platform",
            Effort = "2 quarters",
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "FL-001",
            Category = DebtCategory.HiddenFeedbackLoops,
            Description = "Popularity amplification",
            Severity = Severity.High,
            Affects = [rec],
            Mitigation = "contextual bandits",
            Status = DebtStatus.Mitigated,
            Title = "Recommendation popularity amplification",
            StatusNote = "ongoing, not fully resolved",
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "CD-001",
            Category = DebtCategory.Configuration,
            Description = "Configuration sprawl",
            Severity = Severity.High,
            Affects = [],
            Mitigation = "Configurable Metaflow",
            Status = DebtStatus.Accepted,
            Owner = "MLP",
        });
        ai.Debt.AddInteraction(new DebtInteraction("FL-001", "EN-001", "amplified biases feed"));
        ai.Debt.SetReview(new ReviewCadence { Frequency = Freshness.Monthly, Owner = "ML Platform", EscalationThreshold = "High open > 30 days" });

        ai.Operations.AddDriftDetection(new DriftDetection
        {
            Component = rec,
            Type = DriftType.Data,
            Method = DriftMethod.Psi,
            Threshold = Threshold.Parse("PSI > 0.2"),
            CheckFrequency = Freshness.Hourly,
            MethodDetail = "PSI on top features",
            ConsecutiveChecks = 3,
            Window = TimeSpan.FromDays(30),
            Action = "alert; retrain if sustained 24 h",
            AlertChannel = "PagerDuty",
        });
        ai.Operations.AddDriftDetection(new DriftDetection
        {
            Component = search,
            Type = DriftType.Data,
            Method = DriftMethod.Other,
            Threshold = Threshold.Parse("significant shift in query patterns"),
            CheckFrequency = Freshness.Daily,
        });
        ai.Operations.AddHealthMetric(new HealthMetric
        {
            Component = rec,
            Metric = "latency P95",
            Baseline = "180 ms",
            Warning = Threshold.Parse("> 220 ms"),
            Critical = Threshold.Parse("> 250 ms"),
            Dashboard = "https://grafana.example/rec",
        });
        ai.Operations.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = "Drift-triggered retrain",
            Kind = TriggerKind.EventDriven,
            Condition = "PSI > 0.25 for 3 checks",
            Action = "incremental retrain",
            Models = [rec],
        });
        ai.Operations.AddRetrainingStep(new RetrainingStep
        {
            Name = "Deployment",
            Description = "canary then rollout",
            Automated = true,
            Duration = TimeSpan.FromMinutes(30),
            ApprovalBy = "ML lead",
        });
        ai.Operations.AddRollout(new RolloutStrategy(RolloutKind.Canary, "1-5 % traffic first", "major versions"));
        ai.Operations.AddCanaryStep(new CanaryStep("Traffic routing", "API Gateway", "route a fraction to canary") { TrafficShare = 0.05, DurationNote = "immediate" });
        ai.Operations.AddCanaryStep(new CanaryStep("Statistical analysis", "Kayenta", "compare canary and baseline") { AnalysisMethod = "Mann-Whitney", SuccessCriteria = "all metrics pass", Duration = TimeSpan.FromHours(24) });
        ai.Operations.AddAbTest(new AbTest
        {
            Name = "Homepage v12.4",
            ModelsCompared = "A: v12.3, B: v12.4",
            Metric = "play rate",
            DecisionCriteria = "p < 0.05 and > 2 % lift",
            Allocation = 0.5,
            GuardrailMetrics = ["diversity", "latency"],
            SampleSize = "10M members",
            Duration = TimeSpan.FromDays(14),
            Models = [rec],
        });
        ai.Operations.AddRollback(new RollbackProcedure
        {
            Scenario = "Serving error rate > 1 %",
            Detection = "serving metrics",
            Step = "Spinnaker reverts",
            RecoveryTime = TimeSpan.FromMinutes(5),
            Automation = AutomationLevel.Full,
            Owner = "SRE",
        });
        ai.Operations.AddIncidentSeverity(new IncidentSeverity
        {
            Level = "P1",
            Condition = "serving errors > 5 %",
            Response = "auto-rollback, page on-call",
            Escalation = "VP Engineering",
            EscalateWithin = TimeSpan.FromHours(1),
        });
        _ = synopsis;
        return workspace;
    }

    public static void AssertSame(RadAiModel expected, RadAiModel actual)
    {
        Assert.Equal(expected.Stereotypes.Custom, actual.Stereotypes.Custom);
        Assert.Equal(expected.Stereotypes.Elements, actual.Stereotypes.Elements);
        var b1 = expected.Boundary; var b2 = actual.Boundary;
        foreach (var region in Enum.GetValues<Region>())
            Assert.Equal(b1.Members(region).Select(e => e.CanonicalName), b2.Members(region).Select(e => e.CanonicalName));
        Assert.Equal(b1.Gates, b2.Gates); Assert.Equal(b1.Interfaces, b2.Interfaces); Assert.Equal(b1.Bands, b2.Bands);
        Assert.Equal(b1.Degradation, b2.Degradation); Assert.Equal(b1.PropagationRules, b2.PropagationRules); Assert.Equal(b1.Tests, b2.Tests); Assert.Equal(b1.Fallbacks, b2.Fallbacks);
        var d1 = expected.BoundaryDelineation; var d2 = actual.BoundaryDelineation;
        Assert.Equal(d1.Components, d2.Components); Assert.Equal(d1.Contracts, d2.Contracts); Assert.Equal(d1.FailureModes, d2.FailureModes);
        Assert.Equal(d1.ExternalServices, d2.ExternalServices); Assert.Equal(d1.ConfidencePropagation, d2.ConfidencePropagation);
        var l1 = expected.Lineage; var l2 = actual.Lineage;
        Assert.Equal(l1.Sources, l2.Sources); Assert.Equal(l1.Paths, l2.Paths); Assert.Equal(l1.FreshnessRequirements, l2.FreshnessRequirements);
        Assert.Equal(l1.FreshnessComparisons, l2.FreshnessComparisons); Assert.Equal(l1.PrivacyFlows, l2.PrivacyFlows); Assert.Equal(l1.Schemas, l2.Schemas);
        Assert.Equal(expected.Registry.Models, actual.Registry.Models); Assert.Equal(expected.Registry.Tools, actual.Registry.Tools);
        var p1 = expected.Pipelines; var p2 = actual.Pipelines;
        Assert.Equal(p1.Pipelines, p2.Pipelines); Assert.Equal(p1.FeatureGroups, p2.FeatureGroups); Assert.Equal(p1.FeedbackLoops, p2.FeedbackLoops);
        Assert.Equal(p1.Triggers, p2.Triggers); Assert.Equal(p1.Signals, p2.Signals);
        var r1 = expected.ResponsibleAi; var r2 = actual.ResponsibleAi;
        Assert.Equal(r1.Matrix, r2.Matrix); Assert.Equal(r1.FairnessMetrics, r2.FairnessMetrics); Assert.Equal(r1.FairnessDimensions, r2.FairnessDimensions);
        Assert.Equal(r1.BiasDetection, r2.BiasDetection); Assert.Equal(r1.ExplainabilityRequirements, r2.ExplainabilityRequirements);
        Assert.Equal(r1.ExplainabilityIntegrations, r2.ExplainabilityIntegrations); Assert.Equal(r1.OversightMechanisms, r2.OversightMechanisms);
        Assert.Equal(r1.UserControls, r2.UserControls); Assert.Equal(r1.Disclosures, r2.Disclosures); Assert.Equal(r1.DataProtection, r2.DataProtection);
        Assert.Equal(r1.Override, r2.Override);
        Assert.Equal(expected.Decisions.All, actual.Decisions.All);
        Assert.Equal(expected.QualityScenarios.Definitions, actual.QualityScenarios.Definitions);
        Assert.Equal(expected.QualityScenarios.Scenarios, actual.QualityScenarios.Scenarios);
        Assert.Equal(expected.Debt.Items, actual.Debt.Items); Assert.Equal(expected.Debt.Interactions, actual.Debt.Interactions); Assert.Equal(expected.Debt.Review, actual.Debt.Review);
        var o1 = expected.Operations; var o2 = actual.Operations;
        Assert.Equal(o1.DriftDetection, o2.DriftDetection); Assert.Equal(o1.HealthMetrics, o2.HealthMetrics); Assert.Equal(o1.RetrainingTriggers, o2.RetrainingTriggers);
        Assert.Equal(o1.RetrainingProcess, o2.RetrainingProcess); Assert.Equal(o1.Rollouts, o2.Rollouts); Assert.Equal(o1.CanarySteps, o2.CanarySteps);
        Assert.Equal(o1.AbTests, o2.AbTests); Assert.Equal(o1.Rollbacks, o2.Rollbacks); Assert.Equal(o1.Incidents, o2.Incidents);
    }
}
