namespace RadAi.Dsl.C4;

/// <summary>A documentation section; its title is taken from the content's first heading, as Structurizr does.</summary>
/// <param name="Content">The markdown or AsciiDoc text.</param>
/// <param name="Format">The markup.</param>
/// <param name="Order">1-based position, assigned when added.</param>
/// <param name="Filename">The file it came from, if any.</param>
public sealed record Section(string Content, DocumentationFormat Format, int Order, string? Filename = null);
