using System.Text.RegularExpressions;
using RadAi.Dsl;

namespace RadAi.Dsl.Inspections;

/// <summary>
/// RADAI038 and RADAI039 (<c>documentation.embeddedView</c>): documentation embeds views (<c>![](embed:Key)</c> in
/// Markdown, <c>image::embed:Key[]</c> in AsciiDoc) that do not exist, or that have generated keys.
/// </summary>
internal sealed partial class EmbeddedViewInspection : IInspection
{
    public void Run(InspectionContext context)
    {
        var workspace = context.Workspace;
        Check(context, workspace.Documentation, null);
        foreach (var element in workspace.Model.Elements)
        {
            var documentation = element switch
            {
                SoftwareSystem s => s.Documentation,
                Container c => c.Documentation,
                Component c => c.Documentation,
                _ => null,
            };
            if (documentation is not null) Check(context, documentation, element);
        }
    }

    private static void Check(InspectionContext context, Documentation documentation, Element? owner)
    {
        if (documentation.Sections.Count == 0) return;
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in documentation.Sections)
            foreach (Match m in EmbedPattern().Matches(section.Content))
            {
                var key = m.Groups["key"].Value;
                if (seen.Add(key)) keys.Add(key);
            }
        if (keys.Count == 0) return;

        var views = context.Workspace.Views;
        var missing = keys.Where(k => views.GetView(k) is null).ToList();
        var generated = keys.Where(k => views.GetView(k) is { GeneratedKey: true }).ToList();
        var where = owner is null ? $"the workspace {InspectionText.Quote(context.Workspace.Name)}" : $"the {context.Term(owner)} \"{ElementTerms.Path(owner)}\"";
        if (missing.Count > 0)
            Report(context, InspectionRules.EmbeddedViewMissing, owner,
                $"The documentation of {where} embeds views that do not exist: {string.Join(", ", missing.Select(InspectionText.Shorten))}. Create views with these keys or correct the embed: references.");
        if (generated.Count > 0)
            Report(context, InspectionRules.EmbeddedViewWithGeneratedKey, owner,
                $"The documentation of {where} embeds views by generated key: {string.Join(", ", generated.Select(InspectionText.Shorten))}. Give these views keys of your own and embed those.");
    }

    private static void Report(InspectionContext context, InspectionRule rule, Element? owner, string message)
    {
        if (owner is null) context.ReportWorkspace(rule, message);
        else context.Report(rule, owner, message);
    }

    [GeneratedRegex(@"(?:!\[[^\]]*\]\(embed:(?<key>[A-Za-z0-9_-]+)\)|image::embed:(?<key>[A-Za-z0-9_-]+)\[)")]
    private static partial Regex EmbedPattern();
}
