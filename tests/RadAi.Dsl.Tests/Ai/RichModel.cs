using RadAi.Dsl;

namespace RadAi.Dsl.Tests.Ai;

/// <summary>A Netflix-like workspace with all eleven extensions populated, and a deep comparison of two RAD-AI models.</summary>
internal static class RichModel
{
    /// <summary>
    /// The rich workspace. <paramref name="text"/>, when given, rewrites every free text of the model (names, descriptions,
    /// technologies, record texts; not ids, parsed values or vocabulary), the same way each time for the same text, so
    /// references by name still meet: the injection tests pass hostile text through every field a document can show.
    /// </summary>
    public static Workspace Build(Func<string, string>? text = null)
    {
        string T(string s) => text is null ? s : text(s);
        EquatableList<string> L(params string[] items) => [.. items.Select(T)];
        var workspace = new Workspace(T("Netflix ML Platform"), T("Metaflow/Maestro ML platform"));
        var member = workspace.Model.AddPerson(T("Netflix Member"));
        var platform = workspace.Model.AddSoftwareSystem(T("Netflix ML Platform"), T("Trains and serves ML models"));
        var gateway = platform.AddContainer(T("API Gateway (Zuul)"), T("Routing and A/B allocation"), T("Java/Zuul"));
        var kafka = platform.AddContainer(T("Apache Kafka"), T("Event backbone"), T("Kafka"));
        var flink = platform.AddDataPipeline(T("Flink Streaming Cluster"), T("Real-time features"), T("Apache Flink"))
            .Streaming(Freshness.Under(TimeSpan.FromSeconds(5))).WithQualityGates(T("schema conformance 100%"), T("null rate < 0.1%"));
        var spark = platform.AddDataPipeline(T("Spark Batch Cluster"), T("Batch ETL"), T("Apache Spark")).Batch(Freshness.Daily, Freshness.Parse("< 1 d"));
        var amber = platform.AddFeatureStore(T("Amber Feature Store"), T("Online and offline features"))
            .WithFeatureCount(1000, atLeast: true).WithRefresh(Freshness.Parse("online < 5 s, offline daily"));
        var rec = platform.AddMlModel(T("Recommendation Models"), T("Ensemble CF + DNN + GNN"), T("PyTorch, DGL"))
            .WithVersion("v12.4").WithPrimaryMetric("NDCG", "0.41").WithConfidence(0.60, 0.98).WithLatency(TimeSpan.FromMilliseconds(250), 95);
        var search = platform.AddMlModel(T("Search Models"), T("Query understanding and ranking"), T("PyTorch")).WithVersion("6.7").WithConfidence(0.50, 0.97);
        var observability = platform.AddMonitor(T("ML Observability"), T("Drift and health"), T("Custom + Grafana"))
            .WithMetrics(T("feature distributions"), T("engagement")).WithAlertThresholds(Threshold.Parse("PSI > 0.2"), Threshold.Parse("> 5 % degradation sustained 3 days"));
        var review = platform.AddHumanInTheLoop(T("Content Review"), T("Trust and safety review")).WithTrigger(T("content flagged")).WithResponseSla(TimeSpan.FromHours(4));
        var popularity = platform.AddContainer(T("Popularity Ranking"), T("Fallback for recommendations"));
        var gate = platform.AddContainer(T("Confidence Gate CG-1"), T("Routes by confidence"));
        var ai = workspace.RadAi();
        var llm = ai.Stereotypes.Register(new Stereotype("LLM", "LLM")
        {
            Description = T("Hosted large language model"),
            RequiredProperties = [new("provider", T("Who hosts it")), new("contextWindow", T("Tokens per request"))],
            Shape = Shape.Hexagon, Background = "#d1c4e9",
        });
        var synopsis = platform.AddStereotyped(llm, T("Synopsis Writer"), T("Drafts synopses")).WithFact("provider", T("internal")).WithFact("contextWindow", T("32000"));

        member.Uses(gateway, T("Browses"));
        kafka.Uses((StaticStructureElement)flink, T("event streams"));
        flink.Uses(amber, T("real-time features"));
        spark.Uses(amber, T("historical features"));
        rec.Uses(amber, T("reads online features"), T("gRPC"), InteractionStyle.Synchronous);
        gateway.Uses((StaticStructureElement)rec, T("asks for recommendations"), T("REST"), InteractionStyle.Synchronous);
        rec.Uses(observability, T("predictions"));
        gateway.Uses(gate, T("recommendation requests"));
        gate.Uses(popularity, T("below threshold"));

        ai.Boundary.Place(Region.Deterministic, gateway, kafka, (ElementRef)member);
        ai.Boundary.Place(Region.NonDeterministic, rec, search, amber);
        ai.Boundary.Place(Region.Boundary, gate);
        ai.Boundary.Place(Region.Fallback, popularity);
        var containers = workspace.Views.CreateContainerView(platform, "containers", T("Containers"));
        containers.AddAllElements();
        ai.Boundary.ShowRegionsOn(containers);
        ai.Boundary.AddGate(new ConfidenceGate
        {
            Id = "CG-1",
            Component = rec,
            Threshold = 0.60,
            ActionBelow = T("fallback routing"),
            Gate = gate,
            Fallback = popularity,
            ActionAbove = T("ML recommendations"),
        });
        ai.Boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-001",
            From = gateway,
            To = gate,
            DataExchanged = T("member_id, device, session"),
            Contract = T("JSON; timeout 250 ms"),
            Timeout = TimeSpan.FromMilliseconds(250),
        });
        ai.Boundary.AddInterface(new BoundaryInterface
        {
            Id = "BI-003",
            From = rec,
            To = gate,
            DataExchanged = T("ranked rows + confidence"),
            Contract = T("confidence in [0, 1]"),
            Confidence = new ConfidenceRange(0, 1),
        });
        ai.Boundary.AddBands(new ConfidenceBands
        {
            Component = rec,
            High = new ConfidenceBand(new ConfidenceRange(0.85, 1), T("full personalised homepage")),
            Medium = new ConfidenceBand(new ConfidenceRange(0.60, 0.85), T("blend with popularity")),
            Low = new ConfidenceBand(new ConfidenceRange(0.40, 0.60), T("mostly popularity and editorial")),
            Rejection = new ConfidenceBand(new ConfidenceRange(0, 0.40), T("full fallback")),
        });
        ai.Boundary.AddDegradation(new DegradationScenario
        {
            Scenario = T("Amber unavailable"),
            Detection = T("health check failure"),
            SystemBehavior = T("batch features or fallback"),
            UserImpact = T("stale personalisation"),
            MaxDuration = T("< 15 min"),
            Affected = [amber, rec],
        });
        ai.Boundary.AddPropagationRule(new PropagationRule(T("Cascade fallback"), T("A feature store outage degrades every model at once"), T("Amber outage -> all models degrade")));
        ai.Boundary.AddTest(new BoundaryTest
        {
            TestType = T("Fallback activation"),
            Purpose = T("seamless switch"),
            Approach = T("circuit breaker"),
            Frequency = Freshness.Weekly,
        });
        ai.Boundary.AddFallback(new FallbackStrategy
        {
            Id = "FB1",
            Name = T("Popularity-Based Ranking"),
            For = rec,
            Trigger = T("model unavailable or confidence < 0.40"),
            Behavior = T("regional popularity plus editorial rows"),
            Element = popularity,
            Limitations = T("no personalisation"),
        });

        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = rec,
            Type = new AiTaskType(T("Collaborative filtering + DNN + GNN")),
            InputDomain = T("viewing history"),
            OutputDomain = T("ranked rows"),
            FallbackStrategy = T("popularity ranking"),
            Confidence = new ConfidenceRange(0.60, 0.98),
            ConfidenceNote = T("lower for cold-start members"),
        });
        ai.BoundaryDelineation.AddComponent(new AiComponent
        {
            Component = search,
            Type = AiTaskType.Ranking,
            InputDomain = T("query text"),
            OutputDomain = T("ranked results"),
            FallbackStrategy = T("keyword search"),
        });
        ai.BoundaryDelineation.AddContract(new BoundaryContract
        {
            From = rec,
            To = gateway,
            OutputType = T("ranked rows + scores"),
            ConfidenceSpecification = T("confidence >= 0.60"),
            UpdateFrequency = Freshness.Parse("weekly to monthly"),
            Fallback = T("popularity rows"),
            DegradationProfile = T("engagement -10 %"),
        });
        ai.BoundaryDelineation.AddFailureMode(new FailureMode
        {
            Component = rec,
            Condition = T("health check fails for > 10 s"),
            SystemBehavior = T("serve cached batch recommendations"),
            UserImpact = T("less personal homepage"),
        });
        ai.BoundaryDelineation.AddExternalService(new ExternalAiService
        {
            Service = T("AWS GPU Instances"),
            Provider = T("Amazon Web Services"),
            AvailabilityPercent = 99.99,
            DataSent = T("training jobs"),
            Fallback = T("queue training jobs"),
        });
        ai.BoundaryDelineation.AddPropagationStage(new ConfidencePropagationStage
        {
            Stage = T("Feature freshness"),
            Components = [flink, amber],
            Contribution = T("-0.05 per stale hour"),
            DegradationEffect = T("lagging recommendations"),
        });

        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-001",
            Name = T("Member Viewing Events"),
            Kind = DataSourceKind.Stream,
            Freshness = Freshness.Under(TimeSpan.FromSeconds(1)),
            Owner = T("Data Engineering"),
            Privacy = PrivacyClassification.Confidential,
            Technology = T("Kafka"),
            Volume = T("100K+ events/sec"),
            ProcessingMode = T("Streaming (Flink)"),
            Element = kafka,
        });
        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-005",
            Name = T("Content Catalog"),
            Kind = DataSourceKind.Api,
            Freshness = Freshness.OnEvent("catalog change"),
        });
        ai.Lineage.AddSource(new DataSource
        {
            Id = "DS-007",
            Name = T("Member Profiles"),
            Kind = DataSourceKind.Aggregate,
            Freshness = Freshness.Daily,
            DerivedFrom = ["DS-001"],
        });
        ai.Lineage.AddPath(new LineagePath(T("Streaming path"), "DS-001", rec)
        {
            Stages =
            [
                new LineageStage
                {
                    Name = T("Kafka ingestion"), Input = T("raw view event"), Transformation = T("Avro validation, dedup"), Output = T("validated events"),
                    SchemaVersion = T("v4.1"), QualityGate = T("schema conformance 100%"), Element = kafka,
                },
                new LineageStage { Name = T("Flink windows"), Input = T("validated events"), Transformation = T("tumbling windows"), Output = T("aggregates"), Element = flink },
            ],
        });
        ai.Lineage.AddFreshnessRequirement(new FreshnessRequirement(rec, Freshness.Under(TimeSpan.FromSeconds(5)), Freshness.Under(TimeSpan.FromSeconds(1))) { GapRisk = T("none"), Mitigation = T("freshness penalty") });
        ai.Lineage.AddFreshnessComparison(new FreshnessComparison
        {
            FeatureType = T("Long-term taste profile"),
            Impact = Severity.Low,
            Batch = Freshness.Daily,
            ImpactNote = T("changes slowly"),
        });
        ai.Lineage.AddPrivacyFlow(new PrivacyFlow
        {
            DataElement = T("member_id"),
            SourceClassification = PrivacyClassification.Confidential,
            AnonymizationPoint = T("hashed at ingestion"),
            DownstreamClassification = PrivacyClassification.Internal,
            Method = T("SHA-256"),
        });
        ai.Lineage.AddSchema(new SchemaEntry("SCH-VIEW", "v4.1") { Domain = T("Viewing events"), UsedBy = ["PL-001", "PL-002"], BreakingChanges = T("v4.0: added view_context") });

        ai.Registry.Add(new RegisteredModel
        {
            Id = "MDL-REC",
            Element = rec,
            Name = T("Recommendation Ensemble"),
            Task = T("Content ranking"),
            Framework = T("PyTorch, DGL"),
            Status = ModelStatus.Production,
            ServingMode = T("Real-time + batch pre-compute"),
            Versions = [new ModelVersion("v12.0") { TrainingPeriod = T("2025-Q1"), KeyChange = T("contextual bandits"), Status = ModelStatus.Retired },
                        new ModelVersion("v12.4") { TrainingDate = new DateOnly(2025, 11, 2), DatasetVersion = T("DS-001 v42"), KeyMetrics = [MetricValue.Of("NDCG", 0.41), new("recall", "0.94")], DeploymentDate = new DateOnly(2025, 11, 9), Status = ModelStatus.Production }],
            Hyperparameters = [new(T("learning_rate"), T("0.001"), T("grid search"))],
            TrainingData = [new TrainingDataset(T("Member interaction history"), T("Kafka via Flink")) { SourceId = "DS-001", Records = T("billions"), Features = T("~1,000+"), Refresh = Freshness.Continuous }],
            Baselines = [new PerformanceBaseline(T("Homepage latency P95")) { AlertThreshold = Threshold.Parse("> 250 ms"), Baseline = 180, Current = 190 }],
            Architecture = [new ArchitectureModule(T("Contextual Bandit"), T("exploration"), T("custom"))],
            Card = new ModelCard { IntendedUse = T("homepage ranking"), Limitations = T("cold start") },
        });
        ai.Registry.AddTool(new RegistryTool(T("Metaflow Datastore (S3)"), T("Artifact management")) { Capability = T("Artifacts"), Link = T("https://metaflow.org") });

        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-001",
            Name = T("Member Interaction Ingestion"),
            Mode = PipelineMode.Streaming,
            FreshnessSla = Freshness.Parse("< 1 s from event generation"),
            Owner = T("Data Engineering"),
            Engine = T("Flink"),
            Scale = T("~500K events/sec peak"),
            Element = flink,
            Stages = [new PipelineStage
            {
                Name = T("Schema validation"),
                Input = T("raw events"),
                Output = T("validated events"),
                Processing = T("Avro"),
                QualityGate = T("rejection rate < 0.001%"),
            }],
            Checkpoints = [new QualityCheckpoint
            {
                Check = T("Schema validation"),
                Location = T("after ingestion"),
                Rule = T("all fields present"),
                OnFailure = [FailureAction.Quarantine, FailureAction.Alert],
                Threshold = Threshold.Parse("rejection rate < 0.001 %"),
            }],
            Schema = [new SchemaField { Name = T("member_id"), Type = T("string"), Constraints = T("not null") }],
        });
        ai.Pipelines.Add(new Pipeline
        {
            Id = "PL-007",
            Name = T("Feedback Collection"),
            Mode = PipelineMode.Hybrid,
            FreshnessSla = Freshness.Parse("streaming < 1 s, aggregation hourly"),
            Owner = T("Data Engineering"),
        });
        ai.Pipelines.AddFeatureGroup(new FeatureGroup
        {
            Name = T("Member behavioural features"),
            FeatureCount = 200,
            SourcePipelines = ["PL-001"],
            Refresh = Freshness.Parse("online < 5 s, offline daily"),
            Consumers = [rec],
            FeatureCountIsLowerBound = true,
            Store = amber,
        });
        ai.Pipelines.AddFeedbackLoop(new FeedbackLoop
        {
            Name = T("Recommendation feedback"),
            From = T("viewing behaviour"),
            To = T("MDL-REC training"),
            Mechanism = T("implicit labels"),
            Risk = T("popularity amplification"),
            Mitigation = T("exploration budget"),
            Elements = [rec, kafka],
            Severity = Severity.High,
        });
        ai.Pipelines.AddTrigger(new WorkflowTrigger(T("feature_engineering_daily"), T("rec_model_training"), T("upstream completes")) { Metadata = L("feature version", "row count"), Signal = T("features_ready") });
        ai.Pipelines.AddTrigger(new WorkflowTrigger(T("rec_model_training"), T("rec_model_validation"), T("artifact produced")));
        ai.Pipelines.AddSignal(new Signal
        {
            Name = T("model_trained"),
            Publisher = T("Metaflow training workflow"),
            Subscribers = L("deployment workflows"),
            Metadata = L("model version", "offline metrics"),
        });

        ai.ResponsibleAi.SetConcern(new ConcernEntry
        {
            Component = rec,
            Concern = Concern.Fairness,
            Metric = T("genre entropy per recommendation set"),
            Threshold = Threshold.Parse("entropy drop < 15 %"),
            Frequency = Freshness.Weekly,
            Owner = T("Recommendation team"),
        });
        ai.ResponsibleAi.SetConcern(new ConcernEntry { Component = rec, Concern = Concern.Explainability, Metric = T("named rows on every render") });
        ai.ResponsibleAi.AddFairnessMetric(new FairnessMetric
        {
            Component = rec,
            ProtectedAttributes = L("region", "language"),
            Metric = T("cross-region engagement variance"),
            Target = Threshold.Parse("gap < 0.05"),
            Current = 0.03,
            Frequency = Freshness.OnEvent("retrain"),
        });
        ai.ResponsibleAi.AddFairnessDimension(new FairnessDimension
        {
            Name = T("Geographic equity"),
            Description = T("small markets get comparable quality"),
            AffectedModels = [rec, search],
            MeasurementApproach = T("per-region engagement"),
        });
        ai.ResponsibleAi.AddBiasDetection(new BiasDetectionPractice(LifecycleStage.PreTraining, T("representation audits")));
        ai.ResponsibleAi.AddExplainability(new ExplainabilityRequirement
        {
            Component = rec,
            Scope = ExplanationScope.PerDecision,
            Method = T("named rows"),
            Audience = T("members"),
            Trigger = T("every homepage render"),
        });
        ai.ResponsibleAi.AddExplainabilityIntegration(new ExplainabilityIntegration
        {
            Component = gateway,
            Service = T("row titles"),
            ApiSurface = T("REST /home"),
            LatencyBudget = TimeSpan.FromMilliseconds(10),
        });
        ai.ResponsibleAi.AddOversight(new OversightMechanism
        {
            Mechanism = T("Content moderation review"),
            Scope = T("catalog"),
            Trigger = T("content flagged"),
            Authority = T("trust and safety"),
            ResponseSla = TimeSpan.FromHours(4),
            Element = review,
        });
        ai.ResponsibleAi.AddUserControl(new UserControl(T("Thumbs up / down"), T("strong preference signal"), T("updates preference vector")));
        ai.ResponsibleAi.AddDisclosure(new Disclosure
        {
            Context = T("Homepage"),
            Text = T("row titles explain why"),
            Format = T("UI labels"),
            Regulation = T("DSA Art. 27"),
        });
        ai.ResponsibleAi.AddDataProtection(new DataProtection(T("Viewing history"), T("encrypted at rest")) { UsageInMl = T("primary signal"), Retention = T("while account active") });
        ai.ResponsibleAi.SetOverridePolicy(new OverridePolicy { OverrideMechanism = T("hide title"), EscalationPath = T("trust and safety") });

        ai.Decisions.Add(new AiDecision
        {
            Id = "AI-ADR-001",
            Title = T("Recommendation Model Architecture Consolidation"),
            Date = new DateOnly(2025, 1, 15),
            Status = DecisionStatus.Accepted,
            Deciders = L("ML Platform leadership"),
            Context = T("Many specialised models made operations O(N)."),
            Drivers = L("DD-1: Operational simplicity", "DD-5: Latency"),
            Alternatives =
            [
                new ConsideredAlternative { Name = T("Multi-model ensemble"), Type = T("status quo"), Pros = L("failure isolation"), Cons = L("O(N) operations") },
                new ConsideredAlternative { Name = T("Consolidated multi-task model"), Type = T("single model"), Pros = L("shared representations"), Cons = L("single point of failure") },
            ],
            Outcome = T("Consolidated multi-task model."),
            Dataset = new DatasetCharacteristics { Size = T("billions of events"), FeatureCount = T("~1,000+"), Additional = [new NamedValue(T("Task count"), T("several surfaces"))] },
            Fairness = new FairnessTradeOff { ProtectedAttributes = L("region"), Metric = T("genre entropy"), AcceptedTradeOff = T("5-10 % exploration") },
            Lifecycle = new ModelLifecycle { ExpectedLifetime = T("weeks to months"), RetrainingTriggers = L("scheduled", "drift detected"), RollbackPlan = T("previous version retained") },
            Explainability = new ExplainabilityChoice { Requirement = T("row-level"), Method = T("explanation by design") },
            Regulatory = new RegulatoryRationale { Regulations = L("DSA Art. 27", "GDPR"), RequirementsMet = L("main parameters disclosed") },
            Consequences = new Consequences { Positive = L("one model to run"), Negative = L("single point of failure"), Neutral = L("industry trend") },
            Elements = [rec],
        });

        ai.QualityScenarios.Define(new QualityAttributeDefinition(QualityAttribute.ModelFreshness, T("how recent the model is"), T("new titles launch weekly")));
        ai.QualityScenarios.Define(new QualityAttributeDefinition(new QualityAttribute(T("Recommendation Diversity")), T("variety of content"), T("filter bubbles hurt retention")));
        ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-01",
            Attribute = QualityAttribute.ModelFreshness,
            Source = T("catalog event"),
            Stimulus = T("model missed a launch"),
            Artifacts = [rec],
            Environment = T("first 48 h after launch"),
            Response = T("real-time features and exploration"),
            ResponseMeasure = T("title visible within 1 h"),
            Title = T("After content launch"),
            Priority = Priority.High,
            Provenance = T("Public"),
        });
        ai.QualityScenarios.Add(new QualityScenario
        {
            Id = "QS-08",
            Attribute = QualityAttribute.Robustness,
            Source = T("infrastructure failure"),
            Stimulus = T("> 10 % of Flink jobs fail"),
            Artifacts = [flink, amber],
            Environment = T("production"),
            Response = T("restart from checkpoints"),
            ResponseMeasure = T("recovery < 30 s per job"),
            Priority = Priority.Critical,
            ArtifactNote = T("PL-002"),
        });

        ai.Debt.Add(new DebtItem
        {
            Id = "EN-001",
            Category = DebtCategory.Entanglement,
            Description = T("Shared behavioural features couple all models"),
            Severity = Severity.High,
            Affects = [flink, amber, rec],
            Mitigation = T("feature versioning"),
            Status = DebtStatus.Open,
            Owner = T("ML Platform"),
            Effort = T("2 quarters"),
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "FL-001",
            Category = DebtCategory.HiddenFeedbackLoops,
            Description = T("Popularity amplification"),
            Severity = Severity.High,
            Affects = [rec],
            Mitigation = T("contextual bandits"),
            Status = DebtStatus.Mitigated,
            Title = T("Recommendation popularity amplification"),
            StatusNote = T("ongoing, not fully resolved"),
        });
        ai.Debt.Add(new DebtItem
        {
            Id = "CD-001",
            Category = DebtCategory.Configuration,
            Description = T("Configuration sprawl"),
            Severity = Severity.High,
            Affects = [],
            Mitigation = T("Configurable Metaflow"),
            Status = DebtStatus.Accepted,
            Owner = T("MLP"),
        });
        ai.Debt.AddInteraction(new DebtInteraction("FL-001", "EN-001", T("amplified biases feed")));
        ai.Debt.SetReview(new ReviewCadence { Frequency = Freshness.Monthly, Owner = T("ML Platform"), EscalationThreshold = T("High open > 30 days") });

        ai.Operations.AddDriftDetection(new DriftDetection
        {
            Component = rec,
            Type = DriftType.Data,
            Method = DriftMethod.Psi,
            Threshold = Threshold.Parse("PSI > 0.2"),
            CheckFrequency = Freshness.Hourly,
            MethodDetail = T("PSI on top features"),
            ConsecutiveChecks = 3,
            Window = TimeSpan.FromDays(30),
            Action = T("alert; retrain if sustained 24 h"),
            AlertChannel = T("PagerDuty"),
        });
        ai.Operations.AddDriftDetection(new DriftDetection
        {
            Component = search,
            Type = DriftType.Data,
            Method = DriftMethod.Other,
            Threshold = Threshold.AsWritten("significant shift in query patterns"),
            CheckFrequency = Freshness.Daily,
        });
        ai.Operations.AddHealthMetric(new HealthMetric
        {
            Component = rec,
            Metric = T("latency P95"),
            Baseline = T("180 ms"),
            Warning = Threshold.Parse("> 220 ms"),
            Critical = Threshold.Parse("> 250 ms"),
            Dashboard = T("https://grafana.example/rec"),
        });
        ai.Operations.AddRetrainingTrigger(new RetrainingTrigger
        {
            Name = T("Drift-triggered retrain"),
            Kind = TriggerKind.EventDriven,
            Condition = T("PSI > 0.25 for 3 checks"),
            Action = T("incremental retrain"),
            Models = [rec],
        });
        ai.Operations.AddRetrainingStep(new RetrainingStep
        {
            Name = T("Deployment"),
            Description = T("canary then rollout"),
            Automated = true,
            Duration = TimeSpan.FromMinutes(30),
            ApprovalBy = T("ML lead"),
        });
        ai.Operations.AddRollout(new RolloutStrategy(RolloutKind.Canary, T("1-5 % traffic first"), T("major versions")));
        ai.Operations.AddCanaryStep(new CanaryStep(T("Traffic routing"), T("API Gateway"), T("route a fraction to canary")) { TrafficShare = 0.05, DurationNote = T("immediate") });
        ai.Operations.AddCanaryStep(new CanaryStep(T("Statistical analysis"), T("Kayenta"), T("compare canary and baseline")) { AnalysisMethod = T("Mann-Whitney"), SuccessCriteria = T("all metrics pass"), Duration = TimeSpan.FromHours(24) });
        ai.Operations.AddAbTest(new AbTest
        {
            Name = T("Homepage v12.4"),
            ModelsCompared = T("A: v12.3, B: v12.4"),
            Metric = T("play rate"),
            DecisionCriteria = T("p < 0.05 and > 2 % lift"),
            Allocation = 0.5,
            GuardrailMetrics = L("diversity", "latency"),
            SampleSize = T("10M members"),
            Duration = TimeSpan.FromDays(14),
            Models = [rec],
        });
        ai.Operations.AddRollback(new RollbackProcedure
        {
            Scenario = T("Serving error rate > 1 %"),
            Detection = T("serving metrics"),
            Step = T("Spinnaker reverts"),
            RecoveryTime = TimeSpan.FromMinutes(5),
            Automation = AutomationLevel.Full,
            Owner = T("SRE"),
        });
        ai.Operations.AddIncidentSeverity(new IncidentSeverity
        {
            Level = T("P1"),
            Condition = T("serving errors > 5 %"),
            Response = T("auto-rollback, page on-call"),
            Escalation = T("VP Engineering"),
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
        foreach (var region in b1.Regions)
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
