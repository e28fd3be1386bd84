namespace RadAi.Dsl;

/// <summary>The markup of a documentation section or decision.</summary>
public enum DocumentationFormat
{
    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>AsciiDoc.</summary>
    AsciiDoc,
}
