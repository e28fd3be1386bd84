using System.Text.Json;
using System.Text.Json.Serialization;
namespace RadAi.Dsl;

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
[JsonSerializable(typeof(Stereotype))]
[JsonSerializable(typeof(DataSource))]
[JsonSerializable(typeof(LineagePath))]
[JsonSerializable(typeof(FreshnessRequirement))]
[JsonSerializable(typeof(FreshnessComparison))]
[JsonSerializable(typeof(PrivacyFlow))]
[JsonSerializable(typeof(SchemaEntry))]
[JsonSerializable(typeof(ConfidenceGate))]
[JsonSerializable(typeof(BoundaryInterface))]
[JsonSerializable(typeof(ConfidenceBands))]
[JsonSerializable(typeof(GateThreshold))]
[JsonSerializable(typeof(ConfidenceBand))]
[JsonSerializable(typeof(DegradationScenario))]
[JsonSerializable(typeof(PropagationRule))]
[JsonSerializable(typeof(BoundaryTest))]
[JsonSerializable(typeof(FallbackStrategy))]
[JsonSerializable(typeof(AiComponent))]
[JsonSerializable(typeof(BoundaryContract))]
[JsonSerializable(typeof(FailureMode))]
[JsonSerializable(typeof(ExternalAiService))]
[JsonSerializable(typeof(ConfidencePropagationStage))]
[JsonSerializable(typeof(RegisteredModel))]
[JsonSerializable(typeof(RegistryTool))]
[JsonSerializable(typeof(Pipeline))]
[JsonSerializable(typeof(FeatureGroup))]
[JsonSerializable(typeof(FeedbackLoop))]
[JsonSerializable(typeof(WorkflowTrigger))]
[JsonSerializable(typeof(Signal))]
[JsonSerializable(typeof(FairnessMetric))]
[JsonSerializable(typeof(FairnessDimension))]
[JsonSerializable(typeof(BiasDetectionPractice))]
[JsonSerializable(typeof(ExplainabilityRequirement))]
[JsonSerializable(typeof(ExplainabilityIntegration))]
[JsonSerializable(typeof(OversightMechanism))]
[JsonSerializable(typeof(UserControl))]
[JsonSerializable(typeof(Disclosure))]
[JsonSerializable(typeof(DataProtection))]
[JsonSerializable(typeof(OverridePolicy))]
[JsonSerializable(typeof(QualityAttributeDefinition))]
[JsonSerializable(typeof(QualityScenario))]
[JsonSerializable(typeof(DebtItem))]
[JsonSerializable(typeof(DebtInteraction))]
[JsonSerializable(typeof(ReviewCadence))]
[JsonSerializable(typeof(DriftDetection))]
[JsonSerializable(typeof(HealthMetric))]
[JsonSerializable(typeof(RetrainingTrigger))]
[JsonSerializable(typeof(RetrainingStep))]
[JsonSerializable(typeof(RolloutStrategy))]
[JsonSerializable(typeof(CanaryStep))]
[JsonSerializable(typeof(AbTest))]
[JsonSerializable(typeof(RollbackProcedure))]
[JsonSerializable(typeof(IncidentSeverity))]
[JsonSerializable(typeof(DeploymentStep))]
[JsonSerializable(typeof(RolloutPlan))]
[JsonSerializable(typeof(ServingGroup))]
[JsonSerializable(typeof(OnCallRotation))]
[JsonSerializable(typeof(RegistryStage))]
[JsonSerializable(typeof(FeatureStoreTier))]
[JsonSerializable(typeof(PrivacyMeasure))]
[JsonSerializable(typeof(DataProtectionImpactAssessment))]
[JsonSerializable(typeof(AiSystemProfile))]
[JsonSerializable(typeof(AiDecision))]
[JsonSerializable(typeof(PlacedSection))]
[JsonSerializable(typeof(KeyMetric))]
internal sealed partial class RadAiJsonContext : JsonSerializerContext;
