using System.Text.Json;
using System.Text.Json.Serialization;
namespace RadAi.Dsl.Ai;

/// <summary>
/// The serializer's contract for every record the RAD-AI convention stores (register rows and single values, custom
/// stereotypes, AI-ADR blocks), generated at compile time: the convention needs no reflection, so it works where
/// reflection-based serialization is off (trimmed and Native AOT applications, file-based apps). Nested records, lists
/// and enums are found from these roots. The converters that need a workspace or have no parameterless form are added
/// to options built on this context (<see cref="RadAiJson"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Stereotypes.Stereotype))]
[JsonSerializable(typeof(Lineage.DataSource))]
[JsonSerializable(typeof(Lineage.LineagePath))]
[JsonSerializable(typeof(Lineage.FreshnessRequirement))]
[JsonSerializable(typeof(Lineage.FreshnessComparison))]
[JsonSerializable(typeof(Lineage.PrivacyFlow))]
[JsonSerializable(typeof(Lineage.SchemaEntry))]
[JsonSerializable(typeof(Boundary.ConfidenceGate))]
[JsonSerializable(typeof(Boundary.BoundaryInterface))]
[JsonSerializable(typeof(Boundary.ConfidenceBands))]
[JsonSerializable(typeof(Boundary.DegradationScenario))]
[JsonSerializable(typeof(Boundary.PropagationRule))]
[JsonSerializable(typeof(Boundary.BoundaryTest))]
[JsonSerializable(typeof(Boundary.FallbackStrategy))]
[JsonSerializable(typeof(BoundaryDelineation.AiComponent))]
[JsonSerializable(typeof(BoundaryDelineation.BoundaryContract))]
[JsonSerializable(typeof(BoundaryDelineation.FailureMode))]
[JsonSerializable(typeof(BoundaryDelineation.ExternalAiService))]
[JsonSerializable(typeof(BoundaryDelineation.ConfidencePropagationStage))]
[JsonSerializable(typeof(Registry.RegisteredModel))]
[JsonSerializable(typeof(Registry.RegistryTool))]
[JsonSerializable(typeof(Pipelines.Pipeline))]
[JsonSerializable(typeof(Pipelines.FeatureGroup))]
[JsonSerializable(typeof(Pipelines.FeedbackLoop))]
[JsonSerializable(typeof(Pipelines.WorkflowTrigger))]
[JsonSerializable(typeof(Pipelines.Signal))]
[JsonSerializable(typeof(ResponsibleAi.FairnessMetric))]
[JsonSerializable(typeof(ResponsibleAi.FairnessDimension))]
[JsonSerializable(typeof(ResponsibleAi.BiasDetectionPractice))]
[JsonSerializable(typeof(ResponsibleAi.ExplainabilityRequirement))]
[JsonSerializable(typeof(ResponsibleAi.ExplainabilityIntegration))]
[JsonSerializable(typeof(ResponsibleAi.OversightMechanism))]
[JsonSerializable(typeof(ResponsibleAi.UserControl))]
[JsonSerializable(typeof(ResponsibleAi.Disclosure))]
[JsonSerializable(typeof(ResponsibleAi.DataProtection))]
[JsonSerializable(typeof(ResponsibleAi.OverridePolicy))]
[JsonSerializable(typeof(Quality.QualityAttributeDefinition))]
[JsonSerializable(typeof(Quality.QualityScenario))]
[JsonSerializable(typeof(Debt.DebtItem))]
[JsonSerializable(typeof(Debt.DebtInteraction))]
[JsonSerializable(typeof(Debt.ReviewCadence))]
[JsonSerializable(typeof(Operations.DriftDetection))]
[JsonSerializable(typeof(Operations.HealthMetric))]
[JsonSerializable(typeof(Operations.RetrainingTrigger))]
[JsonSerializable(typeof(Operations.RetrainingStep))]
[JsonSerializable(typeof(Operations.RolloutStrategy))]
[JsonSerializable(typeof(Operations.CanaryStep))]
[JsonSerializable(typeof(Operations.AbTest))]
[JsonSerializable(typeof(Operations.RollbackProcedure))]
[JsonSerializable(typeof(Operations.IncidentSeverity))]
[JsonSerializable(typeof(Compliance.AiSystemProfile))]
[JsonSerializable(typeof(Decisions.AiDecision))]
internal sealed partial class RadAiJsonContext : JsonSerializerContext;
