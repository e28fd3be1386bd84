using RadAi.Dsl;
using static RadAi.Dsl.Analysis.AnnexIvFacts;

namespace RadAi.Dsl.Analysis;

/// <summary>
/// The 22 items of the RAD-AI Annex IV checklist (../shared/radai/templates/compliance-checklist.md) and, for each,
/// which parts of the model document it. An item is documented when any of its parts holds something.
/// </summary>
internal static class AnnexIvItems
{
    public sealed record Definition(string Id, AnnexIvSection Section, string Requirement, string RadAiSections, string HowToDocument,
        Func<AnnexIvFacts, IEnumerable<AnnexIvEvidence>> Evidence);

    public static IReadOnlyList<Definition> All { get; } =
    [
        // 1. General description
        new("1.1", AnnexIvSection.GeneralDescription, "Intended purpose of the AI system", "arc42 §1 (introduction and goals)",
            "State the intended purpose in the AI system profile (ai.Compliance.Describe with IntendedPurpose).",
            f => FromProfile(f.SystemProfile?.IntendedPurpose, "intended purpose")),
        new("1.2", AnnexIvSection.GeneralDescription, "Name and version of the AI system", "arc42 §1 (introduction and goals)",
            "State the version of the system in the AI system profile (Version).",
            f => FromProfile(f.SystemProfile?.Version, $"{f.SystemProfile?.SystemName ?? f.Workspace.Name} version {f.SystemProfile?.Version}")),
        new("1.3", AnnexIvSection.GeneralDescription, "Interaction with hardware or software outside the AI system", "arc42 §3 (context and scope) + AI boundary delineation",
            "Model the people and external systems it exchanges data with (relationships), external AI services or boundary-crossing contracts (E1).",
            f => When(f.ContextRelationships(), C4Context, "relationship", "with people and other software systems")
                .Concat(When(f.Ai.BoundaryDelineation.ExternalServices.Count, Delineation, "external AI service"))
                .Concat(When(f.Ai.BoundaryDelineation.Contracts.Count, Delineation, "boundary-crossing contract"))),
        new("1.4", AnnexIvSection.GeneralDescription, "Versions of relevant software or firmware", "Model registry view (version history)",
            "Give model versions: version history in the model registry (E2) or a version on each ML Model element.",
            f => Naming(f.Ai.Registry.Models.Where(m => m.Versions.Count > 0).Select(m => m.Id), Registry, "version history")
                .Concat(When(f.Ai.Stereotypes.MlModels.Count(m => m.Version is not null), Stereotypes, "ML model", "with a deployed version"))),

        // 2. System elements
        new("2.1", AnnexIvSection.SystemElements, "Development process and methods", "arc42 §5 (building block view) + model registry view",
            "Describe the development process in the AI system profile (DevelopmentProcess), the retraining process (E8) or the registry tools (E2).",
            f => FromProfile(f.SystemProfile?.DevelopmentProcess, "development process")
                .Concat(When(f.Ai.Operations.RetrainingProcess.Count, Operations, "retraining process step"))
                .Concat(Naming(f.Ai.Registry.Tools.Select(t => t.Tool), Registry, "registry tool integration"))),
        new("2.2", AnnexIvSection.SystemElements, "Design specifications and system architecture", "arc42 §5–§7 + C4 diagrams + AI component stereotypes",
            "Stereotype the AI components (C4-E1), add container or component views, or record AI-ADRs (E5).",
            f => When(f.Ai.Stereotypes.Elements.Count, Stereotypes, "stereotyped element")
                .Concat(When(f.Workspace.Views.ContainerViews.Count() + f.Workspace.Views.ComponentViews.Count(), C4Views, "container or component view"))
                .Concat(When(f.Ai.Decisions.All.Count, Decisions, "AI-ADR"))),
        new("2.3", AnnexIvSection.SystemElements, "Computational resources used", "arc42 §7 (deployment view)",
            "Model the deployment (deployment nodes) or describe the compute in the AI system profile (ComputationalResources).",
            f => When(f.Workspace.Model.Elements.OfType<DeploymentNode>().Count(), C4Deployment, "deployment node")
                .Concat(FromProfile(f.SystemProfile?.ComputationalResources, "computational resources"))),

        // 3. Data governance
        new("3.1", AnnexIvSection.DataGovernance, "Training data: characteristics, requirements and governance", "Data pipeline view + data lineage overlay",
            "Record training datasets on registry entries (E2), the data sources (C4-E2) or the privacy flow of personal data.",
            f => Naming(f.Ai.Registry.Models.Where(m => m.TrainingData.Count > 0).Select(m => m.Id), Registry, "training data lineage")
                .Concat(When(f.Ai.Lineage.Sources.Count, Lineage, "data source"))
                .Concat(When(f.Ai.Lineage.PrivacyFlows.Count, Lineage, "privacy flow row"))),
        new("3.2", AnnexIvSection.DataGovernance, "Data collection and provenance", "Data lineage overlay (provenance tracking)",
            "Add lineage paths from data sources to their consumers, or a schema registry (C4-E2).",
            f => When(f.Ai.Lineage.Paths.Count, Lineage, "lineage path")
                .Concat(When(f.Ai.Lineage.Schemas.Count, Lineage, "schema registry entry"))),
        new("3.3", AnnexIvSection.DataGovernance, "Data preparation: annotation, labelling, cleaning", "Data pipeline view (preprocessing stages)",
            "Describe pipeline stages or quality checkpoints (E3), or quality gates on Data Pipeline elements.",
            f => Naming(f.Ai.Pipelines.Pipelines.Where(p => p.Stages.Count > 0 || p.Checkpoints.Count > 0).Select(p => p.Id), Pipelines, "stages and checkpoints")
                .Concat(When(f.Ai.Stereotypes.DataPipelines.Count(p => p.QualityGates.Count > 0), Stereotypes, "data pipeline", "with quality gates"))),
        new("3.4", AnnexIvSection.DataGovernance, "Assumptions about the training data", "AI-ADR (dataset characteristics)",
            "Record dataset characteristics in an AI-ADR (E5).",
            f => Naming(f.Ai.Decisions.All.Where(d => d.Dataset is not null).Select(d => d.Id), Decisions, "dataset characteristics")),

        // 4. Training
        new("4.1", AnnexIvSection.Training, "Training methodologies and techniques", "AI-ADR (model selection and training decisions)",
            "Record the model selection in an AI-ADR with its outcome or lifecycle (E5), or the model architecture on a registry entry (E2).",
            f => Naming(f.Ai.Decisions.All.Where(d => d.Outcome is not null || d.Lifecycle is not null).Select(d => d.Id), Decisions, "model selection and training decisions")
                .Concat(Naming(f.Ai.Registry.Models.Where(m => m.Architecture.Count > 0).Select(m => m.Id), Registry, "model architecture"))),
        new("4.2", AnnexIvSection.Training, "Training choices and optimisation techniques", "AI-ADR (considered alternatives, hyperparameters)",
            "List considered alternatives in an AI-ADR (E5) or hyperparameters on a registry entry (E2).",
            f => Naming(f.Ai.Decisions.All.Where(d => d.Alternatives.Count > 0).Select(d => d.Id), Decisions, "considered alternatives")
                .Concat(Naming(f.Ai.Registry.Models.Where(m => m.Hyperparameters.Count > 0).Select(m => m.Id), Registry, "hyperparameters"))),

        // 5. Risk management
        new("5.1", AnnexIvSection.RiskManagement, "Known and foreseeable risks", "arc42 §11 (risks) + AI debt register",
            "Add AI debt items (E7) or failure modes of AI components (E1).",
            f => When(f.Ai.Debt.Items.Count, Debt, "debt item")
                .Concat(When(f.Ai.BoundaryDelineation.FailureModes.Count, Delineation, "failure mode"))),
        new("5.2", AnnexIvSection.RiskManagement, "Risk management measures", "AI debt register (mitigation plans) + non-determinism boundary",
            "Give debt items a mitigation plan (E7), or add confidence gates, fallbacks or degradation scenarios (C4-E3).",
            f => When(f.Ai.Debt.Items.Count(i => !string.IsNullOrWhiteSpace(i.Mitigation)), Debt, "mitigation plan")
                .Concat(When(f.Ai.Boundary.Gates.Count, Boundary, "confidence gate"))
                .Concat(When(f.Ai.Boundary.Fallbacks.Count, Boundary, "fallback strategy"))
                .Concat(When(f.Ai.Boundary.Degradation.Count, Boundary, "degradation scenario"))),

        // 6. Lifecycle changes
        new("6.1", AnnexIvSection.LifecycleChanges, "Changes made through the lifecycle", "Model registry view (version and deployment history)",
            "Record at least two versions of a model, with what changed, in the registry (E2), or supersede an AI-ADR (E5).",
            f => Naming(f.Ai.Registry.Models.Where(m => m.Versions.Count > 1 || m.Versions.Any(v => v.KeyChange is not null)).Select(m => m.Id), Registry, "changes across versions")
                .Concat(Naming(f.Ai.Decisions.All.Where(d => d.Status == DecisionStatus.Superseded || d.SupersededBy is not null).Select(d => d.Id), Decisions, "superseded decisions"))),

        // 7. Performance
        new("7.1", AnnexIvSection.Performance, "Performance metrics", "AI quality scenarios + model registry view (performance baselines)",
            "Add AI quality scenarios (E6) or performance baselines on registry entries (E2).",
            f => When(f.Ai.QualityScenarios.Scenarios.Count, Quality, "quality scenario")
                .Concat(Naming(f.Ai.Registry.Models.Where(m => m.Baselines.Count > 0).Select(m => m.Id), Registry, "performance baselines"))),
        new("7.2", AnnexIvSection.Performance, "Accuracy levels and foreseeable unintended outcomes", "AI quality scenarios + non-determinism boundary (degradation)",
            "Give confidence ranges (C4-E1 or E1), confidence bands or degradation scenarios (C4-E3), or failure modes (E1).",
            f => When(f.Ai.Stereotypes.MlModels.Count(m => m.Get("confidence") is not null)
                    + f.Ai.BoundaryDelineation.Components.Count(c => c.Confidence is not null), Stereotypes, "confidence range")
                .Concat(When(f.Ai.Boundary.Bands.Count, Boundary, "set", "of confidence bands"))
                .Concat(When(f.Ai.Boundary.Degradation.Count, Boundary, "degradation scenario"))
                .Concat(When(f.Ai.BoundaryDelineation.FailureModes.Count, Delineation, "failure mode"))),

        // 8. Human oversight
        new("8.1", AnnexIvSection.HumanOversight, "Human oversight measures", "Responsible AI concepts (human oversight) + AI component stereotypes (HITL)",
            "Add oversight mechanisms or human-oversight concerns (E4), or Human-in-the-Loop elements (C4-E1).",
            f => When(f.Ai.ResponsibleAi.OversightMechanisms.Count, ResponsibleAi, "oversight mechanism")
                .Concat(When(f.Ai.ResponsibleAi.Matrix.Count(c => c.Concern == Concern.HumanOversight), ResponsibleAi, "human oversight commitment"))
                .Concat(When(f.Ai.Stereotypes.HumansInTheLoop.Count, Stereotypes, "Human-in-the-Loop element"))),
        new("8.2", AnnexIvSection.HumanOversight, "How the system supports human oversight", "Responsible AI concepts (override and escalation)",
            "Set the override and escalation policy, user controls or explanation integration points (E4).",
            f => (f.Ai.ResponsibleAi.Override is null ? [] : new[] { new AnnexIvEvidence(ResponsibleAi, "override and escalation policy") })
                .Concat(When(f.Ai.ResponsibleAi.UserControls.Count, ResponsibleAi, "user control"))
                .Concat(When(f.Ai.ResponsibleAi.ExplainabilityIntegrations.Count, ResponsibleAi, "explanation integration point"))),

        // 9. Post-market monitoring
        new("9.1", AnnexIvSection.PostMarketMonitoring, "Post-market monitoring system", "Operational AI view (monitoring, drift detection)",
            "Add drift detection or health metrics (E8), or Monitor elements (C4-E1).",
            f => When(f.Ai.Operations.DriftDetection.Count, Operations, "drift detection row")
                .Concat(When(f.Ai.Operations.HealthMetrics.Count, Operations, "health metric"))
                .Concat(When(f.Ai.Stereotypes.Monitors.Count, Stereotypes, "monitor"))),
        new("9.2", AnnexIvSection.PostMarketMonitoring, "Logging and audit capabilities", "Operational AI view (incident response) + responsible AI concepts (transparency)",
            "Describe logging in the AI system profile (LoggingAndAudit), incident severities (E8), disclosures or override logging (E4).",
            f => FromProfile(f.SystemProfile?.LoggingAndAudit, "logging and audit")
                .Concat(When(f.Ai.Operations.Incidents.Count, Operations, "incident severity level"))
                .Concat(When(f.Ai.ResponsibleAi.Disclosures.Count, ResponsibleAi, "transparency disclosure"))
                .Concat(f.Ai.ResponsibleAi.Override?.OverrideLogging is null ? [] : new[] { new AnnexIvEvidence(ResponsibleAi, "override logging") })),
    ];
}
