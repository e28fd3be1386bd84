namespace RadAi.Dsl.C4;

/// <summary>An architecture decision record.</summary>
public sealed class Decision
{
    private readonly List<DecisionLink> _links = [];

    /// <summary>Creates a decision.</summary>
    /// <exception cref="ArgumentException">The id, title, status or content is empty.</exception>
    public Decision(string id, string title, DateTimeOffset date, string status, string content, DocumentationFormat format = DocumentationFormat.Markdown)
    {
        Id = Require(id, nameof(id));
        Title = Require(title, nameof(title));
        Status = Require(status, nameof(status));
        Content = Require(content, nameof(content));
        Date = date;
        Format = format;
    }

    /// <summary>The id, e.g. "1" or "AI-ADR-001"; decisions are sorted by it.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The date, stored in UTC to the second.</summary>
    public DateTimeOffset Date { get; }

    /// <summary>Proposed, Accepted, Superseded, Deprecated, Rejected or your own word.</summary>
    public string Status { get; }

    /// <summary>The text.</summary>
    public string Content { get; }

    /// <summary>The markup of the text.</summary>
    public DocumentationFormat Format { get; }

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
