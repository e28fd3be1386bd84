using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Makes <see cref="Markup"/> from an interpolated string: the literal parts are written as they are (the renderer's own
/// markdown), a <see cref="Markup"/> hole as it is, and every other hole — model text, numbers — escaped as text.
/// </summary>
/// <example><code>markdown.Paragraph($"**{model.Name}** is in the {Markup.Link("registry", path)}.");</code></example>
[InterpolatedStringHandler]
internal ref struct MarkupBuilder
{
    private readonly StringBuilder _markdown;

    /// <summary>Called by the compiler for each interpolated string.</summary>
    public MarkupBuilder(int literalLength, int formattedCount) => _markdown = new StringBuilder(literalLength + formattedCount * 16);

    /// <summary>The renderer's markdown.</summary>
    public readonly void AppendLiteral(string markdown) => _markdown.Append(markdown);

    /// <summary>Markup, as it is.</summary>
    public readonly void AppendFormatted(Markup markup) => _markdown.Append(markup.Markdown);

    /// <summary>Model text, escaped.</summary>
    public readonly void AppendFormatted(string? text) => _markdown.Append(MarkdownText.WithBreaks(text));

    /// <summary>A value as culture-invariant text, escaped.</summary>
    public readonly void AppendFormatted<T>(T value) => _markdown.Append(MarkdownText.WithBreaks(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString()));

    /// <summary>The markdown made.</summary>
    internal readonly string ToMarkdown() => _markdown.ToString();
}
