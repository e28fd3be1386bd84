using System.Text;

namespace RadAi.Dsl.Rendering.Structurizr;

/// <summary>Writes lines with four-space indentation and "\n" line endings, whatever the platform.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public IndentedWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _depth * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public IndentedWriter Open(string line)
    {
        Line(line);
        _depth++;
        return this;
    }

    public IndentedWriter Close(string line = "}")
    {
        _depth--;
        return Line(line);
    }

    /// <summary>Drops everything after the first <paramref name="length"/> characters.</summary>
    public void Truncate(int length) => _text.Length = length;

    public int Length => _text.Length;

    public string ToString(int start, int length) => _text.ToString(start, length);

    public override string ToString() => _text.ToString();
}
