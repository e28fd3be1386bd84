using System.Globalization;
using System.Text;
using RadAi.Dsl;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>arc42 §6 runtime view, plain: one scenario per dynamic view, as a step table and a Mermaid sequence diagram.</summary>
internal sealed class RuntimeViewDocument : MarkdownDocumentRenderer
{
    public const string DocumentPath = "standard/arc42/06-runtime-view.md";

    public override DocumentGroup Group => DocumentGroup.Standard;

    public override string Path => DocumentPath;

    public override string Title => "arc42 §6 Runtime view";

    protected override void Write(MarkdownWriter markdown, DocumentContext context)
    {
        var views = context.Workspace.Views.DynamicViews.ToList();
        markdown.Paragraph("Standard arc42, rendered from the C4 model alone: every dynamic view is one runtime scenario, its steps in order.");
        if (views.Count == 0)
        {
            markdown.Note("The model has no dynamic views, so no runtime scenarios are recorded.");
            return;
        }
        markdown.Paragraph($"The model has {Words.Count(views.Count, "runtime scenario")}.");
        var number = 0;
        foreach (var view in views)
        {
            number++;
            var title = string.IsNullOrWhiteSpace(view.Title) ? (string.IsNullOrWhiteSpace(view.Description) ? view.Key : view.Description) : view.Title;
            // A title that already numbers its scenario ("Scenario 1: ...") is not numbered again.
            markdown.Heading(2, Numbered.IsMatch(title) ? title : $"Scenario {number.ToString(CultureInfo.InvariantCulture)}: {title}");
            var scope = view.Element is null ? "the whole model" : view.Element.Name + " (" + PlainModel.Kind(view.Element) + ")";
            var facts = new List<(string, Markup)> { ("View", view.Key), ("Scope", scope) };
            if (!string.IsNullOrWhiteSpace(view.Title)) facts.Add(("Description", view.Description));
            markdown.Facts(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(facts), "No details.");
            // The steps drawn: a step whose other end is not on the view is left out, as structurizr-java draws it.
            // Steps touching a RAD-AI-only element (a confidence gate, a fallback) are left out: those live in the RAD-AI documents.
            var steps = ViewContents.Of(view)!.Relationships.Where(s => PlainModel.Shows(s.Relationship)).ToList();
            if (steps.Count > 0) markdown.Mermaid(Sequence(steps));
            markdown.Heading(3, "Steps");
            markdown.Table(["Step", "From", "To", "Description", "Technology"],
                steps.Select(s =>
                {
                    var (from, to) = Ends(s);
                    return (IReadOnlyList<Markup>)[s.Order, from.Name, to.Name, s.Description ?? s.Relationship.Description, s.Relationship.Technology];
                }),
                "This scenario has no steps.");
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Numbered =
        new(@"^\s*Scenario\s+\d+\s*[:.]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static (Element From, Element To) Ends(RelationshipView step)
        => step.Response == true ? (step.Relationship.Destination, step.Relationship.Source) : (step.Relationship.Source, step.Relationship.Destination);

    private static string Sequence(IReadOnlyList<RelationshipView> steps)
    {
        var ids = new Dictionary<Element, string>(ReferenceEqualityComparer.Instance);
        var text = new StringBuilder("sequenceDiagram\n");
        foreach (var step in steps)
        {
            var (from, to) = Ends(step);
            foreach (var element in new[] { from, to })
            {
                if (ids.ContainsKey(element)) continue;
                var id = "p" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids[element] = id;
                text.Append("    ").Append(element is Person ? "actor " : "participant ").Append(id).Append(" as ").Append(Alias(element.Name)).Append('\n');
            }
        }
        foreach (var step in steps)
        {
            var (from, to) = Ends(step);
            var arrow = step.Response == true ? "-->>" : step.Relationship.InteractionStyle == InteractionStyle.Asynchronous ? "-)" : "->>";
            var label = (step.Order is null ? string.Empty : step.Order + ". ") + (step.Description ?? step.Relationship.Description ?? string.Empty);
            if (!string.IsNullOrWhiteSpace(step.Relationship.Technology)) label += " [" + step.Relationship.Technology + "]";
            text.Append("    ").Append(ids[from]).Append(arrow).Append(ids[to]).Append(": ").Append(Message(label)).Append('\n');
        }
        return text.ToString();
    }

    // Mermaid reads "-", ",", ":" and the word "as" specially in participant names; entity codes keep them literal.
    private static string Alias(string name)
        => MermaidText.Escape(name).Replace("-", "#45;", StringComparison.Ordinal).Replace(",", "#44;", StringComparison.Ordinal)
            .Replace(":", "#58;", StringComparison.Ordinal);

    private static string Message(string text)
    {
        var escaped = MermaidText.Escape(text.Trim());
        return escaped.Length == 0 ? "#32;" : escaped;
    }
}
