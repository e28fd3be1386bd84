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
        "Views are found, linked and merged by key; a missing or repeated key is rejected on upload.");
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

    private static readonly InspectionRule[] Catalogue =
    [
        UniqueIds, UniqueViewKeys, UniqueViewOrders, UniqueNames, UniqueRelationshipDescriptions, References, WorkspaceScopeRespected, Settings,
        WorkspaceScope, MultipleSoftwareSystemsDetailed, SystemContextViewsForMultipleSoftwareSystems, ContainerViewsForMultipleSoftwareSystems,
        WorkspaceTooling, EmptyModel, PersonDescription, SoftwareSystemDescription, SoftwareSystemDocumentation, SoftwareSystemDecisions,
        ContainerDescription, ContainerTechnology, ComponentDescription, ComponentTechnology, DeploymentNodeDescription, DeploymentNodeTechnology,
        EmptyDeploymentNode, InfrastructureNodeDescription, InfrastructureNodeTechnology, DisconnectedElement, ElementNotInAnyView,
        RelationshipDescription, RelationshipTechnology, EmptyViews, EmptyView, GeneratedKey, ManualLayout, ElementStyleMetadata,
        EmbeddedViewMissing, EmbeddedViewWithGeneratedKey,
    ];

    private static readonly Dictionary<string, InspectionRule> ById = Catalogue.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<InspectionRule> All { get; } = Catalogue;

    /// <summary>The rule with the id (case-insensitive), or null.</summary>
    public static InspectionRule? Find(string id) => id is null ? null : ById.GetValueOrDefault(id.Trim());
}
