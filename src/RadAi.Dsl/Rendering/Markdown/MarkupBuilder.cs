using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// Makes <see cref="Markup"/> from an interpolated string: the literal parts are written as they are (the renderer's own
/// markdown), a <see cref="Markup"/> hole as it is, and every other hole — model text, numbers — escaped as text. Given
/// to <see cref="MarkdownWriter.Paragraph(ref MarkupBuilder)"/>, it writes straight into the document.
/// </summary>
/// <example><code>markdown.Paragraph($"**{model.Name}** is in the {Markup.Link("registry", path)}.");</code></example>
[SuppressMessage("Design", "CA1001", Justification = "Its writer is a StringWriter over a StringBuilder (nothing to release) or the document's output (its caller's).")]
[InterpolatedStringHandler]
internal ref struct MarkupBuilder
{
    private readonly TextWriter _markdown;

    /// <summary>Called by the compiler for an interpolated string made into <see cref="Markup"/>.</summary>
    public MarkupBuilder(int literalLength, int formattedCount)
        => _markdown = new StringWriter(new StringBuilder(literalLength + formattedCount * 16), CultureInfo.InvariantCulture);

    /// <summary>Called by the compiler for an interpolated string written as a paragraph of <paramref name="document"/>.</summary>
    public MarkupBuilder(int literalLength, int formattedCount, MarkdownWriter document)
    {
        document.BeginBlock();
        _markdown = document.Output;
    }

    /// <summary>The renderer's markdown.</summary>
    public readonly void AppendLiteral(string markdown) => _markdown.Write(markdown);

    /// <summary>Markup, as it is.</summary>
    public readonly void AppendFormatted(Markup markup) => markup.WriteTo(_markdown);

    /// <summary>Model text, escaped.</summary>
    public readonly void AppendFormatted(string? text) => MarkdownText.WriteWithBreaks(_markdown, text);

    /// <summary>A value as culture-invariant text, escaped.</summary>
    public readonly void AppendFormatted<T>(T value)
        => MarkdownText.WriteWithBreaks(_markdown, value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

    /// <summary>The markdown made (for an interpolated string made into <see cref="Markup"/>).</summary>
    internal readonly string ToMarkdown() => _markdown.ToString()!;
}
