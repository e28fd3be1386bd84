namespace RadAi.Dsl;

/// <summary>
/// The sections you add to generated documents (<see cref="UserSection"/>), by document, in order of addition.
/// Stored in <c>radai:documents.sections</c>.
/// </summary>
public sealed class UserSections : RadAiRegister
{
    private readonly RegisterTable<PlacedSection> _sections;

    internal UserSections(RadAiModel root) : base(root)
        => _sections = Table<PlacedSection>("sections", x => Add(x.Document, x.Section));

    internal override string Key => RadAiConvention.SectionsKey;

    /// <summary>How many sections are added, over all documents.</summary>
    public int Count => _sections.Count;

    /// <summary>The sections of one document, in order of addition.</summary>
    public IReadOnlyList<UserSection> Of(DocumentId document)
    {
        List<UserSection>? found = null;
        foreach (var placed in _sections)
            if (placed.Document == document) (found ??= []).Add(placed.Section);
        return found ?? (IReadOnlyList<UserSection>)[];
    }

    /// <summary>Adds a section to a document; sections placed at one spot keep their order of addition.</summary>
    /// <exception cref="ArgumentException">The section has no title, a blank placement or a malformed table, or the document is unknown.</exception>
    public UserSection Add(DocumentId document, UserSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (!Enum.IsDefined(document)) throw new ArgumentException($"Unknown document {(int)document}.", nameof(document));
        section.RequireWellFormed($"The user section of {document}");
        _sections.Add(new PlacedSection(document, section), $"User section '{section.Title}' of {document}");
        return section;
    }
}
