using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI008: every <c>structurizr.inspection.*</c> property holds error, warning, info or ignore, and every
/// <c>radai:suppress.*</c> property names a known rule and gives a reason. A bad value is otherwise ignored in silence.
/// </summary>
internal sealed class InspectionSettingsInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        var workspace = context.Workspace;
        Check(workspace.Properties, $"the workspace {InspectionText.Quote(workspace.Name)}", isWorkspace: true, m => context.ReportWorkspace(InspectionRules.Settings, m));
        Check(workspace.Model.Properties, "the model", false, m => context.ReportModel(InspectionRules.Settings, m));
        // The owner's name is built only for items holding a setting: canonical names cost a few strings each, and most
        // items with properties hold none (a RAD-AI element holds its stereotype's values). Properties are not created here.
        foreach (var element in workspace.Model.Elements)
            if (HasSettings(element.PropertiesIfCreated))
                Check(element.Properties, $"the element {InspectionText.QuoteComposite(element.CanonicalName)}", false, m => context.Report(InspectionRules.Settings, element, m));
        foreach (var relationship in workspace.Model.Relationships)
            if (HasSettings(relationship.PropertiesIfCreated))
                Check(relationship.Properties, $"the relationship {InspectionText.QuoteComposite(relationship.CanonicalName)}", false, m => context.Report(InspectionRules.Settings, relationship, m));
        Check(workspace.Views.Configuration.Properties, "the view configuration", false, m => context.ReportViews(InspectionRules.Settings, m));
        foreach (var view in workspace.Views.All)
            if (HasSettings(view.Properties))
                Check(view.Properties, $"the view {InspectionText.Quote(view.Key)}", false, m => context.Report(InspectionRules.Settings, view, m));
        foreach (var style in workspace.Views.Configuration.Styles.Elements)
            Check(style.Properties, $"the element style {InspectionText.Quote(style.Tag)}", false, m => context.Report(InspectionRules.Settings, style, m));
    }

    /// <summary>Whether any property is one <see cref="Check"/> looks at (a severity or a suppression).</summary>
    private static bool HasSettings(PropertyDictionary? properties)
    {
        if (properties is null || properties.Count == 0) return false;
        foreach (var key in properties.Keys)
            if (IsSetting(key)) return true;
        return false;
    }

    private static bool IsSetting(string key)
        => key.StartsWith(SeverityResolver.Prefix, StringComparison.Ordinal) || key == SeverityResolver.LegacyDefault
           || key.StartsWith(InspectionSuppression.PropertyPrefix, StringComparison.Ordinal);

    internal static void Check(IReadOnlyDictionary<string, string> properties, string owner, bool isWorkspace, Action<string> report)
    {
        if (properties.Count == 0) return;
        foreach (var (key, value) in properties)
        {
            if (key.StartsWith(SeverityResolver.Prefix, StringComparison.Ordinal) || key == SeverityResolver.LegacyDefault)
            {
                if (isWorkspace && SeverityResolver.Counters.Contains(key)) continue; // the DSL's violation counters
                if (!SeverityResolver.TryParse(value, out _))
                    report($"The property {InspectionText.Quote(key)} on {owner} has the value {InspectionText.Quote(value)}, which is not a severity, so it is ignored. Use error, warning, info or ignore.");
            }
            else if (key.StartsWith(InspectionSuppression.PropertyPrefix, StringComparison.Ordinal))
            {
                var id = key[InspectionSuppression.PropertyPrefix.Length..];
                if (isWorkspace && id.IndexOf('[', StringComparison.Ordinal) is var open and > 0 && id.EndsWith(']'))
                    id = id[..open]; // radai:suppress.RADAI113[QS-07]: a suppression on one RAD-AI record
                if (InspectionRules.Find(id) is null)
                    report($"The suppression {InspectionText.Quote(key)} on {owner} names no known rule. Use a rule id listed in docs/inspections.md, such as radai:suppress.RADAI021.");
                else if (string.IsNullOrWhiteSpace(value))
                    report($"The suppression {InspectionText.Quote(key)} on {owner} gives no reason, so it is not applied. Say why the finding is acceptable.");
            }
        }
    }
}
