using System.Globalization;
using System.Text.RegularExpressions;
using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI009: what structurizr-java's model and DSL reject although the JSON reader lets it through (FACTS §5.2):
/// a relationship between an element and its parent or child, or between kinds of element that cannot be related;
/// a view showing an element of a kind it cannot show; a deployment node whose instances are not a positive number or
/// a range. Also RADAI002 for a view key with characters the DSL refuses, when the JSON checks did not already look.
/// Our API refuses most of these, so they come from JSON.
/// </summary>
internal sealed partial class StructurizrModelRulesValidation : IInspection
{
    public void Run(InspectionContext context)
    {
        foreach (var relationship in context.Model.Relationships) CheckRelationship(context, relationship);
        foreach (var view in context.Workspace.Views.All)
        {
            if (!context.ReadFromCheckedJson && !ViewSet.IsValidKey(view.Key))
                context.Report(InspectionRules.UniqueViewKeys, view, KeyMessage(InspectionText.Quote(view.Key)));
            if (view is ModelView modelView) CheckViewElements(context, modelView);
        }
        foreach (var element in context.Model.Elements)
            if (element is DeploymentNode node && !IsInstanceCount(node.Instances))
                context.Report(InspectionRules.StructurizrModelRules, node,
                    $"The {context.Term(node)} \"{ElementTerms.Path(node)}\" has instances {InspectionText.Quote(node.Instances)}, which Structurizr rejects. " +
                    "Use a positive whole number (\"2\") or a range (\"0..N\", \"1..*\", \"2..4\").");
    }

    /// <summary>The message for a view key the DSL refuses (the JSON checks and this rule say the same).</summary>
    internal static string KeyMessage(string quotedKey)
        => $"The view key {quotedKey} has characters Structurizr's DSL refuses in view keys. Use only a-zA-Z0-9_- (ASCII letters, digits, '_' and '-').";

    private static void CheckRelationship(InspectionContext context, Relationship relationship)
    {
        // A replica of a relationship between the instances' elements: the DSL makes it itself, it is never written.
        if (relationship.LinkedRelationshipId is not null) return;
        var source = relationship.Source;
        var destination = relationship.Destination;
        string? problem = null;
        if (source.IsWithin(destination) || destination.IsWithin(source))
            problem = "joins an element and its parent or child, which Structurizr rejects (\"Relationships cannot be added between parents and children\"). Remove it: the nesting already says that one holds the other.";
        else if (!MayRelate(source, destination))
            problem = "joins kinds of element that cannot be related in Structurizr's DSL: people, software systems, containers and components relate among themselves, " +
                      "deployment nodes to deployment or infrastructure nodes, infrastructure nodes to any deployment element, instances to infrastructure nodes, and anything to custom elements. " +
                      "Remove it, or relate elements of those kinds.";
        if (problem is null) return;
        context.Report(InspectionRules.StructurizrModelRules, relationship,
            $"The relationship from the {context.Term(source)} \"{ElementTerms.Path(source)}\" to the {context.Term(destination)} \"{ElementTerms.Path(destination)}\" {problem}");
    }

    /// <summary>The pairs structurizr-java's DSL relates (<c>AbstractRelationshipParser</c>).</summary>
    private static bool MayRelate(Element source, Element destination) => (source, destination) switch
    {
        (CustomElement, _) or (_, CustomElement) => true,
        (StaticStructureElement, StaticStructureElement) => true,
        (DeploymentNode, DeploymentNode or InfrastructureNode) => true,
        (InfrastructureNode, DeploymentElement) => true,
        (StaticStructureElementInstance, InfrastructureNode) => true,
        _ => false,
    };

    private static void CheckViewElements(InspectionContext context, ModelView view)
    {
        for (var i = 0; i < view.Elements.Count; i++)
        {
            var element = view.Elements[i].Element;
            if (MayShow(view, element)) continue;
            context.Report(InspectionRules.StructurizrModelRules, view,
                $"The view {InspectionText.Quote(view.Key)} shows the {context.Term(element)} \"{ElementTerms.Path(element)}\", which cannot be shown on a {Kind(view)}: " +
                "Structurizr's DSL rejects the view. Remove it from the view, or show it on a view of a kind that takes it.");
        }
    }

    /// <summary>The kinds of element each kind of view takes in structurizr-java's DSL.</summary>
    private static bool MayShow(ModelView view, Element element) => element is CustomElement || view switch
    {
        SystemLandscapeView or SystemContextView => element is Person or SoftwareSystem,
        ContainerView => element is Person or SoftwareSystem or Container,
        ComponentView => element is Person or SoftwareSystem or Container or Component,
        DynamicView { Element: null } => element is Person or SoftwareSystem,
        DynamicView { Element: SoftwareSystem } => element is Person or SoftwareSystem or Container,
        DynamicView => element is Person or SoftwareSystem or Container or Component,
        DeploymentView => element is DeploymentElement,
        CustomView => false,
        _ => true,
    };

    private static string Kind(ModelView view) => view switch
    {
        SystemLandscapeView => "system landscape view",
        SystemContextView => "system context view",
        ContainerView => "container view",
        ComponentView => "component view",
        DynamicView => "dynamic view",
        DeploymentView => "deployment view",
        CustomView => "custom view",
        _ => "view",
    };

    /// <summary>
    /// What <c>DeploymentNode.setInstances</c> takes: a positive int, <c>a..b</c> with a ≤ b, or <c>\d*..N</c> /
    /// <c>\d*..*</c> (its dots match any character, as in Java).
    /// </summary>
    internal static bool IsInstanceCount(string instances)
    {
        if (int.TryParse(instances, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count >= 1;
        if (OpenRange().IsMatch(instances)) return true;
        var dots = instances.IndexOf("..", StringComparison.Ordinal);
        return dots >= 0
               && int.TryParse(instances.AsSpan(0, dots), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var lower)
               && int.TryParse(instances.AsSpan(dots + 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var upper)
               && lower <= upper;
    }

    [GeneratedRegex("^[0-9]*..(N|\\*)$")]
    private static partial Regex OpenRange();
}
