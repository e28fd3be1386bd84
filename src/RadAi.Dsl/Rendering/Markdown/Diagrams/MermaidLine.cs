using System.Text;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// One line of a flowchart node's label: model text (a string converts to this), or a kind line such as
/// "[Container: Java]" (<see cref="Kind"/>). Either is escaped with <see cref="MermaidText"/> straight into the label.
/// </summary>
internal readonly struct MermaidLine
{
    private readonly string? _text;
    private readonly string? _technology;
    private readonly bool _isKind;

    private MermaidLine(string? text, string? technology, bool isKind)
    {
        _text = text;
        _technology = technology;
        _isKind = isKind;
    }

    /// <summary>Whether the line is empty or white space (a label skips it); a kind line never is.</summary>
    public bool IsBlank => !_isKind && string.IsNullOrWhiteSpace(_text);

    /// <summary>Appends the line as it goes into the label.</summary>
    public void WriteTo(StringBuilder label)
    {
        if (!_isKind)
        {
            MermaidText.AppendEscaped(label, _text);
            return;
        }
        // "[kind: technology]" escaped piece by piece: no escape spans the joins, so this is the escape of the whole line.
        MermaidText.AppendEscaped(label.Append("#91;"), _text);
        if (!string.IsNullOrWhiteSpace(_technology)) MermaidText.AppendEscaped(label.Append(": "), _technology);
        label.Append("#93;");
    }

    /// <summary>Model text, escaped when the label is made.</summary>
    public static MermaidLine FromText(string? text) => new(text, null, isKind: false);

    /// <summary>The line "[kind: technology]", or "[kind]" without a technology.</summary>
    public static MermaidLine Kind(string kind, string? technology = null) => new(kind, technology, isKind: true);

    /// <summary>Model text, escaped when the label is made.</summary>
    public static implicit operator MermaidLine(string? text) => FromText(text);
}
