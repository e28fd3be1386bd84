namespace RadAi.Dsl;

/// <summary>
/// A section of your own in a generated document: a title, prose, and optionally a table and a Mermaid diagram, for
/// what the document's template has no place for. It goes after the section its document titles <see cref="After"/>
/// (and that section's subsections), at the same heading level, or at the end of the document when
/// <see cref="After"/> is not given. Add it with <see cref="UserSections.Add"/>.
/// </summary>
/// <example><code>ai.Sections.Add(DocumentId.ModelRegistry, new UserSection
/// {
///     Title = "Scale context", Prose = "What the registry serves.", After = "Model inventory",
///     Table = new UserTable { Header = ["Metric", "Value"], Rows = [["ML projects", "3,000+"]] },
/// });</code></example>
public sealed record UserSection
{
    /// <summary>The heading.</summary>
    public required string Title { get; init; }

    /// <summary>The text under the heading, as written (blank lines separate paragraphs).</summary>
    public string? Prose { get; init; }

    /// <summary>A table after the prose.</summary>
    public UserTable? Table { get; init; }

    /// <summary>The source of a Mermaid diagram after the table (without the fence), e.g. "flowchart LR\n  a --> b".</summary>
    public string? Mermaid { get; init; }

    /// <summary>
    /// The title of the section this one follows, as the document shows it (ignoring case), e.g. "Model inventory";
    /// null puts the section at the end of the document. A title the document does not have is an error when the
    /// documentation is rendered, naming the document and the title.
    /// </summary>
    public string? After { get; init; }

    /// <summary>Throws unless the section has a title, a well-formed table and no blank placement.</summary>
    /// <exception cref="ArgumentException">A part is missing or malformed.</exception>
    internal void RequireWellFormed(string what)
    {
        if (string.IsNullOrWhiteSpace(Title)) throw new ArgumentException($"{what} needs a title.");
        if (After is not null && string.IsNullOrWhiteSpace(After))
            throw new ArgumentException($"{what} '{Title}' has a blank {nameof(After)}: name the section it follows, or leave it out to place it at the end.");
        Table?.RequireWellFormed($"{what} '{Title}'");
        if (Mermaid is not null && Mermaid.Contains("```", StringComparison.Ordinal))
            throw new ArgumentException($"{what} '{Title}': the Mermaid source contains a code fence (```); give the diagram source only.");
    }
}
