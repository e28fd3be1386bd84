using System.Globalization;
using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The retraining and deployment processes (E8), one step list per model: steps that name a model form that model's
/// list, steps that name none apply to every model. A process with no model named stays one table.
/// </summary>
internal static class ModelStepLists
{
    private static readonly string[] RetrainingHeaders = ["Step", "Description", "Automated?", "Duration", "Approval required?"];
    private static readonly string[] DeploymentHeaders = ["Step", "Performed by", "Description", "Automated?", "Duration", "Approval required?"];

    public static void Retraining(MarkdownWriter markdown, IReadOnlyList<RetrainingStep> steps)
    {
        markdown.Heading(3, "Retraining process");
        Lists(markdown, steps, s => s.Model, "Retraining process", RetrainingHeaders, "No retraining process is recorded.",
            (s, n) => [n + s.Name, s.Description, s.Automated is { } automated ? RadAiText.YesNo(automated) : null, s.Duration is { } d ? RadAiText.Span(d) : null,
                s.ApprovalBy is { } by ? "Yes — " + by : null]);
    }

    public static void Deployment(MarkdownWriter markdown, IReadOnlyList<DeploymentStep> steps)
    {
        markdown.Heading(3, "Deployment process");
        Lists(markdown, steps, s => s.Model, "Deployment process", DeploymentHeaders, "No deployment process is recorded.",
            (s, n) => [n + s.Name, StatedWords.Of(s.PerformedBy), StatedWords.Of(s.Description), StatedWords.Of(s.Automated), StatedWords.Of(s.Duration),
                s.ApprovalBy is { } by ? "Yes — " + by : MarkdownText.NotStated]);
    }

    private static void Lists<T>(MarkdownWriter markdown, IReadOnlyList<T> steps, Func<T, ElementRef?> modelOf, string title,
        IReadOnlyList<string> headers, string whenEmpty, Func<T, string, IReadOnlyList<Markup>> row)
    {
        // Steps of every model first, then each model's list in the order its first step was added.
        var lists = steps.GroupBy(modelOf).OrderBy(g => g.Key is null ? 0 : 1).ToList();
        if (lists.Count <= 1 && lists.FirstOrDefault()?.Key is null)
        {
            markdown.Table(headers, Numbered(steps, row), whenEmpty);
            return;
        }
        foreach (var list in lists)
        {
            markdown.Heading(4, list.Key is { } model ? title + " of " + model.Name : title + " of every model");
            markdown.Table(headers, Numbered([.. list], row), whenEmpty);
        }
    }

    private static IEnumerable<IReadOnlyList<Markup>> Numbered<T>(IReadOnlyList<T> steps, Func<T, string, IReadOnlyList<Markup>> row)
        => steps.Select((s, i) => row(s, (i + 1).ToString(CultureInfo.InvariantCulture) + ". "));
}
