namespace RadAi.Dsl.Rendering;

/// <summary>One generated file of a documentation set.</summary>
/// <param name="Path">Path relative to the output folder, with '/' separators (e.g. "rad-ai/arc42-extensions/05-model-registry-view.md").</param>
/// <param name="Title">What the index calls it.</param>
/// <param name="Content">The text, "\n" line endings.</param>
public sealed record GeneratedDocument(string Path, string Title, string Content)
{
    /// <summary>Whether the index lists it (supporting files such as the DSL's docs folder are not listed).</summary>
    public bool Listed { get; init; } = true;
}
