using static RadAi.Dsl.Inspections.InspectionSeverity;
using static RadAi.Dsl.Inspections.RuleGroup;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// The catalogue of rules, in id order. Ids are stable: RADAI001–009 Structurizr validation (a server would reject
/// the upload) and the inspection settings, RADAI010–099 structurizr-java's inspections, RADAI100–199 RAD-AI rules.
/// docs/inspections.md describes every rule.
/// </summary>
public static class InspectionRules
{
    // ------------------------------------------------------------ Structurizr validation (push would bounce)
    internal static readonly InspectionRule UniqueIds = new("RADAI001", "validation.id", StructurizrValidation, Error,
        "Element and relationship ids are unique",
        "Structurizr resolves every reference by id; a workspace with two items sharing an id is rejected on upload.");
    internal static readonly InspectionRule UniqueViewKeys = new("RADAI002", "validation.view.key", StructurizrValidation, Error,
        "Every view has a key, unique across all views",
        "Views are found, linked and merged by key; a missing or repeated key is rejected on upload, and Structurizr's DSL takes only keys of a-zA-Z0-9_-.");
    internal static readonly InspectionRule UniqueViewOrders = new("RADAI003", "validation.view.order", StructurizrValidation, Error,
        "View orders are unique",
        "The order places a view in the view list; two views with the same order are rejected on upload.");
    internal static readonly InspectionRule UniqueNames = new("RADAI004", "validation.name", StructurizrValidation, Error,
        "Names are unique where they must be",
        "People and software systems, containers in a system, components in a container and deployment or infrastructure nodes in a parent are told apart by name.");
    internal static readonly InspectionRule UniqueRelationshipDescriptions = new("RADAI005", "validation.relationship.description", StructurizrValidation, Error,
        "Relationships between the same two elements have different descriptions",
        "Structurizr identifies a relationship by source, destination and description; two identical ones are rejected on upload.");
    internal static readonly InspectionRule References = new("RADAI006", "validation.reference", StructurizrValidation, Error,
        "References point to existing elements, relationships and views",
        "Relationships, instances and views refer to elements, relationships and base views by id or key; a dangling reference is rejected on upload.");
    internal static readonly InspectionRule WorkspaceScopeRespected = new("RADAI007", "validation.workspace.scope", StructurizrValidation, Error,
        "The workspace keeps to its declared scope",
        "A workspace scoped to a software system details only one system; a landscape workspace details none. Servers enforce the scope on upload.");
    internal static readonly InspectionRule Settings = new("RADAI008", "inspection.settings", StructurizrValidation, Warning,
        "Inspection properties and suppressions are well formed",
        "A misspelt severity or a suppression without a reason silently changes what is checked; they are reported instead of ignored.");

    internal static readonly InspectionRule StructurizrModelRules = new("RADAI009", "validation.model", StructurizrValidation, Error,
        "Relationships, views and deployment nodes keep the rules of Structurizr's model",
        "Structurizr's DSL rejects a relationship between an element and its parent or child or between kinds of element that cannot be related, " +
        "a view showing an element of a kind it cannot show (a deployment node on a system context view), and a deployment node whose instances are " +
        "not a positive number or a range (its JSON reader rejects that too); a workspace read from JSON can hold them all.");

    // ------------------------------------------------------------ structurizr-java inspections
    internal static readonly InspectionRule WorkspaceScope = new("RADAI010", "workspace.scope", StructurizrInspection, Info,
        "The workspace declares its scope",
        "Declaring the scope (Landscape or SoftwareSystem) lets Structurizr check that the workspace keeps to it.");
    internal static readonly InspectionRule MultipleSoftwareSystemsDetailed = new("RADAI011", "workspace.scope", StructurizrInspection, Warning,
        "At most one software system is described in detail",
        "A workspace is easiest to own when it documents the inside of one software system; others appear as external systems.");
    internal static readonly InspectionRule SystemContextViewsForMultipleSoftwareSystems = new("RADAI012", "workspace.scope", StructurizrInspection, Info,
        "System context views are for one software system",
        "System context views for several systems suggest the workspace describes more than one system.");
    internal static readonly InspectionRule ContainerViewsForMultipleSoftwareSystems = new("RADAI013", "workspace.scope", StructurizrInspection, Info,
        "Container views are for one software system",
        "Container views for several systems suggest the workspace describes more than one system.");
    internal static readonly InspectionRule WorkspaceTooling = new("RADAI014", "workspace.tooling", StructurizrInspection, Info,
        "The workspace is not maintained in the browser DSL editor",
        "The browser editor lacks parts of the DSL; workspaces kept as code (DSL or C#) and pushed from CI are easier to review.");
    internal static readonly InspectionRule EmptyModel = new("RADAI015", "model.empty", StructurizrInspection, Warning,
        "The model has elements",
        "A workspace without elements documents nothing.");
    internal static readonly InspectionRule PersonDescription = new("RADAI016", "model.person.description", StructurizrInspection, Warning,
        "People have a description",
        "The description says who the person is and what they need from the system.");
    internal static readonly InspectionRule SoftwareSystemDescription = new("RADAI017", "model.softwaresystem.description", StructurizrInspection, Warning,
        "Software systems have a description",
        "The description says what the system does and is shown on every diagram that includes it.");
    internal static readonly InspectionRule SoftwareSystemDocumentation = new("RADAI018", "model.softwaresystem.documentation", StructurizrInspection, Info,
        "Software systems with containers have documentation",
        "A system described down to containers deserves prose: context, quality goals, constraints.");
    internal static readonly InspectionRule SoftwareSystemDecisions = new("RADAI019", "model.softwaresystem.decisions", StructurizrInspection, Info,
        "Software systems with containers record decisions",
        "Architecture decision records explain why the containers are as they are.");
    internal static readonly InspectionRule ContainerDescription = new("RADAI020", "model.container.description", StructurizrInspection, Warning,
        "Containers have a description",
        "The description says what the container is responsible for.");
    internal static readonly InspectionRule ContainerTechnology = new("RADAI021", "model.container.technology", StructurizrInspection, Warning,
        "Containers name their technology",
        "The technology (runtime, framework, data store) is what operators and reviewers look for first.");
    internal static readonly InspectionRule ComponentDescription = new("RADAI022", "model.component.description", StructurizrInspection, Warning,
        "Components have a description",
        "The description says what the component is responsible for.");
    internal static readonly InspectionRule ComponentTechnology = new("RADAI023", "model.component.technology", StructurizrInspection, Warning,
        "Components name their technology",
        "The technology says how the component is implemented (library, framework, model type).");
    internal static readonly InspectionRule DeploymentNodeDescription = new("RADAI024", "model.deploymentnode.description", StructurizrInspection, Info,
        "Deployment nodes have a description",
        "A description helps where the name and technology do not make the node's role obvious.");
    internal static readonly InspectionRule DeploymentNodeTechnology = new("RADAI025", "model.deploymentnode.technology", StructurizrInspection, Warning,
        "Deployment nodes name their technology",
        "The technology (cloud service, OS, cluster) is the point of a deployment diagram.");
    internal static readonly InspectionRule EmptyDeploymentNode = new("RADAI026", "model.deploymentnode.empty", StructurizrInspection, Warning,
        "Deployment nodes hold something",
        "A node without child nodes, infrastructure or instances deploys nothing and is usually left over.");
    internal static readonly InspectionRule InfrastructureNodeDescription = new("RADAI027", "model.infrastructurenode.description", StructurizrInspection, Warning,
        "Infrastructure nodes have a description",
        "The description says what the load balancer, queue or gateway does for the deployment.");
    internal static readonly InspectionRule InfrastructureNodeTechnology = new("RADAI028", "model.infrastructurenode.technology", StructurizrInspection, Warning,
        "Infrastructure nodes name their technology",
        "The technology says which product or service plays the infrastructure role.");
    internal static readonly InspectionRule DisconnectedElement = new("RADAI029", "model.element.disconnected", StructurizrInspection, Warning,
        "Elements take part in at least one relationship",
        "An element nothing uses and that uses nothing is either missing its relationships or no longer part of the architecture.");
    internal static readonly InspectionRule ElementNotInAnyView = new("RADAI030", "model.element.noview", StructurizrInspection, Warning,
        "Every element appears on at least one view",
        "An element that no diagram shows is invisible to readers of the documentation.");
    internal static readonly InspectionRule RelationshipDescription = new("RADAI031", "model.relationship.description", StructurizrInspection, Warning,
        "Relationships have a description",
        "The description says what flows or what one element does with the other; an unlabelled arrow explains nothing.");
    internal static readonly InspectionRule RelationshipTechnology = new("RADAI032", "model.relationship.technology", StructurizrInspection, Info,
        "Relationships name their technology",
        "The protocol or mechanism (HTTPS, gRPC, Kafka) matters for security and operations reviews.");
    internal static readonly InspectionRule EmptyViews = new("RADAI033", "views.empty", StructurizrInspection, Warning,
        "The workspace has views",
        "Without views the model cannot be seen as diagrams.");
    internal static readonly InspectionRule EmptyView = new("RADAI034", "views.view.empty", StructurizrInspection, Warning,
        "Views show at least one element",
        "An empty view renders as a blank diagram.");
    internal static readonly InspectionRule GeneratedKey = new("RADAI035", "views.view.key", StructurizrInspection, Info,
        "Views have chosen keys",
        "Generated keys can change when the workspace changes, breaking links and embedded diagrams.");
    internal static readonly InspectionRule ManualLayout = new("RADAI036", "views.view.layout", StructurizrInspection, Warning,
        "Manually laid out views have chosen keys",
        "Manual layout is stored against the view key; when a generated key changes, the layout is lost.");
    internal static readonly InspectionRule ElementStyleMetadata = new("RADAI037", "views.styles.element.metadata", StructurizrInspection, Info,
        "Element styles keep metadata visible",
        "Hiding the element type and technology makes diagrams ambiguous.");
    internal static readonly InspectionRule EmbeddedViewMissing = new("RADAI038", "documentation.embeddedView", StructurizrInspection, Warning,
        "Views embedded in documentation exist",
        "Documentation that embeds a view key which no view has shows a broken diagram.");
    internal static readonly InspectionRule EmbeddedViewWithGeneratedKey = new("RADAI039", "documentation.embeddedView", StructurizrInspection, Info,
        "Views embedded in documentation have chosen keys",
        "An embedded generated key breaks when the key is regenerated.");

    // ------------------------------------------------------------ RAD-AI
    internal static readonly InspectionRule RadAiModelLoads = new("RADAI100", "radai.model.load", RuleGroup.RadAi, Error,
        "The RAD-AI model stored in the workspace can be read",
        "Every other RAD-AI rule reads the typed model; a stored register that does not follow the convention hides everything in it.");
    internal static readonly InspectionRule StereotypeProperties = new("RADAI101", "radai.stereotype.properties", RuleGroup.RadAi, Warning,
        "Stereotyped elements carry the properties their stereotype requires",
        "C4-E1 annotates every AI component with the facts reviewers need on the diagram (an ML model's version, metric, confidence and latency; a pipeline's schedule, SLA and gates …); custom stereotypes name their own.");
    internal static readonly InspectionRule ModelRegistered = new("RADAI102", "radai.mlmodel.registry", RuleGroup.RadAi, Warning,
        "Every ML model has a model registry entry",
        "The model registry view (E2) is where a model's lifecycle is documented; a model missing from it has no version history, baselines or owner.");
    internal static readonly InspectionRule RegistryEntryComplete = new("RADAI103", "radai.mlmodel.registry.complete", RuleGroup.RadAi, Warning,
        "Registry entries give version, primary metric with threshold, confidence range and owner",
        "These are the facts an on-call engineer or auditor looks up first: what is deployed, how it is judged, how sure it is, and who answers for it.");
    internal static readonly InspectionRule ModelGated = new("RADAI104", "radai.mlmodel.boundary", RuleGroup.RadAi, Warning,
        "ML models in the non-deterministic region have a confidence gate and a fallback",
        "C4-E3 contains uncertainty: a model's output crosses into deterministic code only through a confidence gate, and something deterministic takes over when it is unsure or down.");
    internal static readonly InspectionRule PipelineComplete = new("RADAI105", "radai.pipeline.complete", RuleGroup.RadAi, Warning,
        "Every data pipeline has a mode, a freshness SLA and an owner",
        "The data pipeline view (E3) is what operations and downstream model owners rely on; a pipeline without a typed SLA or an owner cannot be held to anything.");
    internal static readonly InspectionRule FreshnessFeasible = new("RADAI106", "radai.lineage.freshness", RuleGroup.RadAi, Warning,
        "Freshness requirements are not tighter than the feeding pipelines deliver",
        "A consumer that needs fresher data than any pipeline feeding it delivers will serve stale predictions; the gap must be closed or its risk and mitigation written down.");
    internal static readonly InspectionRule MonitorComplete = new("RADAI107", "radai.monitor.metrics", RuleGroup.RadAi, Warning,
        "Every monitor names its metrics and typed alert thresholds",
        "A monitor without metrics watches nothing, and a threshold without a comparison and a number cannot fire an alert.");
    internal static readonly InspectionRule ProductionModelOperated = new("RADAI108", "radai.mlmodel.operations", RuleGroup.RadAi, Warning,
        "Production models are covered by drift monitoring, a retraining trigger and a rollback",
        "A model in production degrades silently as data drifts; E8 asks for detection, a way to retrain and a way back for each one.");
    internal static readonly InspectionRule OperationalViewComplete = new("RADAI109", "radai.operations.parts", RuleGroup.RadAi, Warning,
        "The operational AI view has monitoring, retraining, deployment and rollback",
        "The operational AI view (E8) is incomplete without any of its four parts; each answers a question asked during an incident.");
    internal static readonly InspectionRule ResponsibleAiCoverage = new("RADAI110", "radai.responsibleai.coverage", RuleGroup.RadAi, Warning,
        "The responsible-AI matrix covers every ML model",
        "E4 records, per model, how fairness, explainability, oversight, privacy and safety are measured; a model outside the matrix has no such commitment.");
    internal static readonly InspectionRule DebtReferences = new("RADAI111", "radai.debt.references", RuleGroup.RadAi, Error,
        "Debt items refer to existing elements",
        "An AI debt item is tracked against the components it affects; a reference to an element that does not exist (or to none) loses the link.");
    internal static readonly InspectionRule QualityReferences = new("RADAI112", "radai.quality.references", RuleGroup.RadAi, Error,
        "Quality scenarios refer to existing elements",
        "A quality scenario's artifact is the element it is tested against; a reference to an element that does not exist cannot be tested.");
    internal static readonly InspectionRule QualityMeasurable = new("RADAI113", "radai.quality.measure", RuleGroup.RadAi, Warning,
        "Quality scenarios have a measurable response measure",
        "A response measure without a number and unit or a comparison cannot be checked, so nobody can say whether the scenario is met.");
    internal static readonly InspectionRule StereotypeValues = new("RADAI114", "radai.stereotype.values", RuleGroup.RadAi, Error,
        "Stereotype facts are stored in the form their typed values read",
        "A primary metric, confidence range, latency, feature count, schedule, SLA, refresh rate or response SLA that does not read cannot be checked against anything, and code reading it through the typed API fails; the documents can only show the text as written.");
    internal static readonly InspectionRule ModelVersionStatedOnce = new("RADAI115", "radai.mlmodel.version", RuleGroup.RadAi, Warning,
        "A registered model's version, stated on its ML Model element, is in its version history",
        "The version an ML Model element states is the model's current version; the registry entry derives it from there. A version history (E2) that " +
        "does not list it (\"v12.4\" and \"12.4\" are the same version) and the deployed model disagree. A workspace that stored a current version in " +
        "the registry entry as well, different from the element's, contradicts itself: the element's is kept and the stored one is reported.");

    private static readonly InspectionRule[] Catalogue =
    [
        UniqueIds, UniqueViewKeys, UniqueViewOrders, UniqueNames, UniqueRelationshipDescriptions, References, WorkspaceScopeRespected, Settings,
        StructurizrModelRules,
        WorkspaceScope, MultipleSoftwareSystemsDetailed, SystemContextViewsForMultipleSoftwareSystems, ContainerViewsForMultipleSoftwareSystems,
        WorkspaceTooling, EmptyModel, PersonDescription, SoftwareSystemDescription, SoftwareSystemDocumentation, SoftwareSystemDecisions,
        ContainerDescription, ContainerTechnology, ComponentDescription, ComponentTechnology, DeploymentNodeDescription, DeploymentNodeTechnology,
        EmptyDeploymentNode, InfrastructureNodeDescription, InfrastructureNodeTechnology, DisconnectedElement, ElementNotInAnyView,
        RelationshipDescription, RelationshipTechnology, EmptyViews, EmptyView, GeneratedKey, ManualLayout, ElementStyleMetadata,
        EmbeddedViewMissing, EmbeddedViewWithGeneratedKey,
        RadAiModelLoads, StereotypeProperties, ModelRegistered, RegistryEntryComplete, ModelGated, PipelineComplete, FreshnessFeasible,
        MonitorComplete, ProductionModelOperated, OperationalViewComplete, ResponsibleAiCoverage, DebtReferences, QualityReferences, QualityMeasurable,
        StereotypeValues,
        ModelVersionStatedOnce,
    ];

    private static readonly Dictionary<string, InspectionRule> ById = Catalogue.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<InspectionRule> All { get; } = Catalogue;

    /// <summary>The rule with the id (case-insensitive), or null.</summary>
    public static InspectionRule? Find(string id) => id is null ? null : ById.GetValueOrDefault(id.Trim());
}
