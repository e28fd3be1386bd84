namespace RadAi.Dsl.C4;

/// <summary>Markdown/AsciiDoc sections, decisions (ADRs) and images of a workspace, software system, container or component.</summary>
public sealed class Documentation
{
    private readonly List<Section> _sections = [];
    private readonly SortedList<string, Decision> _decisions = new(StringComparer.Ordinal);
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<Decision> _decisionView;

    /// <summary>Creates empty documentation.</summary>
    public Documentation() => _decisionView = new(_decisions.Values);
    private readonly List<DocumentationImage> _images = [];

    /// <summary>The sections, by order.</summary>
    public IReadOnlyList<Section> Sections => _sections;

    /// <summary>The decisions, sorted by id (ordinal), as Structurizr writes them.</summary>
    public IReadOnlyList<Decision> Decisions => _decisionView;

    /// <summary>Embedded images.</summary>
    public IReadOnlyList<DocumentationImage> Images => _images;

    /// <summary>True when there are no sections, decisions or images.</summary>
    public bool IsEmpty => _sections.Count == 0 && _decisions.Count == 0 && _images.Count == 0;

    /// <summary>Adds a section; its order is the next one.</summary>
    /// <example><code>workspace.Documentation.AddSection("## Context\n\nSome text.");</code></example>
    public Section AddSection(string content, DocumentationFormat format = DocumentationFormat.Markdown, string? filename = null)
    {
        if (string.IsNullOrWhiteSpace(content)) throw new ArgumentException("A section needs content.", nameof(content));
        var section = new Section(content, format, _sections.Count == 0 ? 1 : _sections.Max(s => s.Order) + 1, filename);
        _sections.Add(section);
        return section;
    }

    /// <summary>Adds a decision.</summary>
    /// <exception cref="ModelException">A decision with the same id exists.</exception>
    public Decision AddDecision(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!_decisions.TryAdd(decision.Id, decision))
            throw new ModelException($"A decision with id '{decision.Id}' already exists.");
        return decision;
    }

    /// <summary>Adds a decision.</summary>
    public Decision AddDecision(string id, string title, DateTimeOffset date, string status, string content, DocumentationFormat format = DocumentationFormat.Markdown)
        => AddDecision(new Decision(id, title, date, status, content, format));

    /// <summary>The decision with the id, or null.</summary>
    public Decision? GetDecision(string id) => _decisions.GetValueOrDefault(id);

    /// <summary>Adds an image.</summary>
    public DocumentationImage AddImage(string name, string content, string type)
    {
        var image = new DocumentationImage(name, content, type);
        _images.Add(image);
        return image;
    }

    internal void AddSectionRaw(Section section) => _sections.Add(section);
}
