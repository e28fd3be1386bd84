using System.Diagnostics.CodeAnalysis;

namespace RadAi.Dsl;

/// <summary>An architecture decision record.</summary>
public sealed class Decision
{
    private readonly List<DecisionLink> _links = [];

    /// <summary>Creates a decision; set at least the id, title, date, status and content.</summary>
    /// <example><code>workspace.Documentation.AddDecision(new Decision
    /// {
    ///     Id = "1", Title = "Use Kafka", Date = new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero), Status = "Accepted", Content = "## Context …",
    /// });</code></example>
    public Decision() { }

    [SetsRequiredMembers]
    internal Decision(string id, string title, DateTimeOffset date, string status, string content, DocumentationFormat format)
    {
        Id = id;
        Title = title;
        Date = date;
        Status = status;
        Content = content;
        Format = format;
    }

    /// <summary>The id, e.g. "1" or "AI-ADR-001"; decisions are sorted by it.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Id { get; init => field = Require(value, "id"); }

    /// <summary>The title.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Title { get; init => field = Require(value, "title"); }

    /// <summary>The date, stored in UTC to the second.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Proposed, Accepted, Superseded, Deprecated, Rejected or your own word.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Status { get; init => field = Require(value, "status"); }

    /// <summary>The text.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Content { get; init => field = Require(value, "content"); }

    /// <summary>The markup of the text. Default: <see cref="DocumentationFormat.Markdown"/>.</summary>
    public DocumentationFormat Format { get; init; } = DocumentationFormat.Markdown;

    /// <summary>Links to other decisions.</summary>
    public IReadOnlyList<DecisionLink> Links => _links;

    /// <summary>Adds a link to another decision.</summary>
    public Decision AddLink(string id, string? description = null)
    {
        _links.Add(new DecisionLink(Require(id, nameof(id)), description));
        return this;
    }

    private static string Require(string value, string name)
        => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"A decision needs a non-empty {name}.", name) : value;
}
