namespace RadAi.Dsl;

/// <summary>How a user section is stored: the document it belongs to and the section.</summary>
/// <param name="Document">The document.</param>
/// <param name="Section">The section.</param>
internal sealed record PlacedSection(DocumentId Document, UserSection Section);
