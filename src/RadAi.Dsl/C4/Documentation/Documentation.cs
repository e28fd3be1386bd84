namespace RadAi.Dsl;

/// <summary>Markdown/AsciiDoc sections, decisions (ADRs) and images of a workspace, software system, container or component.</summary>
public sealed class Documentation
{
    // Every collection is created on first use: documentation is mostly empty, and a large model holds many.
    private List<Section>? _sections;
    private SortedList<string, Decision>? _decisions;
    private System.Collections.ObjectModel.ReadOnlyCollection<Decision>? _decisionView;
    private List<DocumentationImage>? _images;

    /// <summary>Creates empty documentation.</summary>
    public Documentation() { }

    /// <summary>The sections, by order.</summary>
    public IReadOnlyList<Section> Sections => _sections ?? (IReadOnlyList<Section>)[];

    /// <summary>The decisions, sorted by id (ordinal), as Structurizr writes them.</summary>
    public IReadOnlyList<Decision> Decisions => _decisionView ?? (IReadOnlyList<Decision>)[];

    /// <summary>Embedded images.</summary>
    public IReadOnlyList<DocumentationImage> Images => _images ?? (IReadOnlyList<DocumentationImage>)[];

    /// <summary>True when there are no sections, decisions or images.</summary>
    public bool IsEmpty => Sections.Count == 0 && Decisions.Count == 0 && Images.Count == 0;

    /// <summary>Adds a section; its order is the next one.</summary>
    /// <example><code>workspace.Documentation.AddSection("## Context\n\nSome text.");</code></example>
    public Section AddSection(string content, DocumentationFormat format = DocumentationFormat.Markdown, string? filename = null)
    {
        if (string.IsNullOrWhiteSpace(content)) throw new ArgumentException("A section needs content.", nameof(content));
        var sections = _sections ??= [];
        var section = new Section(content, format, sections.Count == 0 ? 1 : sections.Max(s => s.Order) + 1, filename);
        sections.Add(section);
        return section;
    }

    /// <summary>Adds a decision.</summary>
    /// <exception cref="ModelException">A decision with the same id exists.</exception>
    public Decision AddDecision(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (_decisions is null)
        {
            _decisions = new SortedList<string, Decision>(StringComparer.Ordinal);
            _decisionView = new(_decisions.Values);
        }
        if (!_decisions.TryAdd(decision.Id, decision))
            throw new ModelException($"A decision with id '{decision.Id}' already exists.");
        return decision;
    }

    /// <summary>Adds a decision.</summary>
    public Decision AddDecision(string id, string title, DateTimeOffset date, string status, string content, DocumentationFormat format = DocumentationFormat.Markdown)
        => AddDecision(new Decision { Id = id, Title = title, Date = date, Status = status, Content = content, Format = format });

    /// <summary>The decision with the id, or null.</summary>
    public Decision? GetDecision(string id) => _decisions?.GetValueOrDefault(id);

    /// <summary>Adds an image.</summary>
    public DocumentationImage AddImage(string name, string content, string type)
    {
        var image = new DocumentationImage(name, content, type);
        (_images ??= []).Add(image);
        return image;
    }

    internal void AddSectionRaw(Section section) => (_sections ??= []).Add(section);
}
