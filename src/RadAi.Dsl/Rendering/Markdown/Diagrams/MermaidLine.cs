using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// One line of a flowchart node's label: model text, escaped with <see cref="MermaidText"/> when the node is declared
/// (a string converts to this), or a line escaped once beforehand and reused (<see cref="Escaped"/>), such as the
/// "[Container: Java]" line that thousands of nodes share.
/// </summary>
internal readonly struct MermaidLine
{
    private readonly string? _text;
    private readonly bool _escaped;

    private MermaidLine(string? text, bool escaped)
    {
        _text = text;
        _escaped = escaped;
    }

    /// <summary>Whether the line is empty or white space (a label skips it).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(_text);

    /// <summary>The line as it goes into the label.</summary>
    public string Markup => _escaped ? _text! : MermaidText.Escape(_text);

    /// <summary>Model text, escaped when the label is made.</summary>
    public static MermaidLine FromText(string? text) => new(text, escaped: false);

    /// <summary>Model text escaped now, for a line to reuse in many labels.</summary>
    public static MermaidLine Escaped(string text) => new(MermaidText.Escape(text), escaped: true);

    /// <summary>Model text, escaped when the label is made.</summary>
    public static implicit operator MermaidLine(string? text) => FromText(text);
}
