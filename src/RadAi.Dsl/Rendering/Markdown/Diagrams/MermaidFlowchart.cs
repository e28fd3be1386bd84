using System.Globalization;
using System.Text;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// A small Mermaid flowchart built in code: nodes are declared once under a caller's key (an element id, a pipeline id)
/// and get short generated ids (<c>n1</c>, <c>n2</c>, …) so model text never reaches an identifier; every label line is
/// escaped with <see cref="MermaidText"/>. Subgraphs nest; edges may be dashed and labelled.
/// </summary>
internal sealed class MermaidFlowchart : IMermaidDiagram
{
    private readonly StringBuilder _body = new();
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly List<(string From, string To, string? Label, string? Technology, bool Dashed)> _edges = [];
    // "#91;Kafka#93;": a technology's escaped second label line, made once (a model has few technologies).
    private readonly Dictionary<string, string> _technologyLines = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (string Css, List<string> Nodes)> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<(string Class, string Node)> _classMembers = [];
    private readonly List<string> _numberedIds = [];
    private readonly string _direction;
    private int _depth = 1;
    private int _subgraphs;

    /// <summary>Starts a flowchart; <paramref name="direction"/> is LR, TD, TB, RL or BT.</summary>
    public MermaidFlowchart(string direction = "LR") => _direction = direction;

    /// <summary>Whether any node has been declared.</summary>
    public bool IsEmpty => _ids.Count == 0;

    /// <summary>Whether a node with this key exists.</summary>
    public bool Has(string key) => _ids.ContainsKey(key);

    /// <summary>
    /// Declares a node (once per key) with its label lines: the first bold, empty lines skipped. Returns the key.
    /// </summary>
    public string Node(string key, NodeShape shape, params ReadOnlySpan<MermaidLine> lines)
    {
        if (_ids.ContainsKey(key)) return key;
        var id = NumberedId(_ids.Count + 1);
        _ids[key] = id;
        var (open, close) = shape switch
        {
            NodeShape.Rounded => ("(", ")"),
            NodeShape.Stadium => ("([", "])"),
            NodeShape.Cylinder => ("[(", ")]"),
            NodeShape.Hexagon => ("{{", "}}"),
            NodeShape.Person => ("([", "])"),
            _ => ("[", "]"),
        };
        // Written straight into the body: a diagram declares a node per element, and most labels need no escaping.
        _body.Append(' ', _depth * 4).Append(id).Append(open).Append('"');
        var first = true;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            if (first)
            {
                line.WriteTo(_body.Append("<b>"));
                _body.Append("</b>");
            }
            else line.WriteTo(_body.Append("<br>"));
            first = false;
        }
        _body.Append('"').Append(close).Append('\n');
        return key;
    }

    /// <summary>
    /// Declares a subgraph around the nodes declared in <paramref name="body"/>, laid out in its own
    /// <paramref name="direction"/> when given, filled and outlined with <paramref name="style"/> ("fill:…,stroke:…") when given.
    /// </summary>
    public void Subgraph(string title, Action body, string? direction = null, string? style = null)
    {
        var id = "s" + (++_subgraphs).ToString(CultureInfo.InvariantCulture);
        Line("subgraph " + id + " [\"" + MermaidText.Escape(title) + "\"]");
        _depth++;
        if (direction is not null) Line("direction " + direction);
        body();
        _depth--;
        Line("end");
        if (style is not null) Line("style " + id + " " + style);
    }

    /// <summary>An edge between two declared nodes, optionally labelled and dashed.</summary>
    /// <exception cref="InvalidOperationException">A key has no node.</exception>
    public void Edge(string fromKey, string toKey, string? label = null, bool dashed = false)
    {
        // Kept as parts and written by WriteTo: a diagram may have thousands of edges.
        _edges.Add((IdOf(fromKey), IdOf(toKey), label, null, dashed));
    }

    /// <summary>
    /// An edge labelled as C4 draws a relationship: its description, and its technology in brackets on a second line
    /// (the label is <c>description + "\n[" + technology + "]"</c>, or the description alone without a technology).
    /// </summary>
    /// <exception cref="InvalidOperationException">A key has no node.</exception>
    public void Edge(string fromKey, string toKey, string? description, string? technology)
        => _edges.Add((IdOf(fromKey), IdOf(toKey), description, string.IsNullOrWhiteSpace(technology) ? null : technology, false));

    /// <summary>
    /// Starts again with no nodes, edges, subgraphs or classes, keeping the room the text and collections took: a
    /// document draws a diagram per system, each written before the next is begun.
    /// </summary>
    public void Clear()
    {
        _body.Clear();
        _ids.Clear();
        _edges.Clear();
        _classes.Clear();
        _classMembers.Clear();
        _depth = 1;
        _subgraphs = 0;
    }

    /// <summary>Gives a node a CSS class (declared once with its style).</summary>
    public void Style(string key, string className, string css)
    {
        if (!_classes.TryGetValue(className, out var entry)) _classes[className] = entry = (css, []);
        var id = IdOf(key);
        if (_classMembers.Add((className, id))) entry.Nodes.Add(id);
    }

    /// <summary>The flowchart source, "\n" line endings.</summary>
    public override string ToString()
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(text);
        return text.ToString();
    }

    /// <inheritdoc />
    public void WriteTo(TextWriter output)
    {
        output.Write("flowchart ");
        output.Write(_direction);
        output.Write('\n');
        foreach (var chunk in _body.GetChunks()) output.Write(chunk.Span);
        foreach (var (from, to, label, technology, dashed) in _edges)
        {
            output.Write("    ");
            output.Write(from);
            if (technology is not null)
            {
                output.Write(" -- \"");
                WriteWithTechnology(output, label, technology);
                output.Write("\" --> ");
            }
            else
            {
                var text = string.IsNullOrWhiteSpace(label) ? string.Empty : MermaidText.Escape(label.Trim());
                if (text.Length == 0) output.Write(dashed ? " -.-> " : " --> ");
                else
                {
                    output.Write(dashed ? " -. \"" : " -- \"");
                    output.Write(text);
                    output.Write(dashed ? "\" .-> " : "\" --> ");
                }
            }
            output.Write(to);
            output.Write('\n');
        }
        foreach (var (name, (css, nodes)) in _classes)
        {
            output.Write("    classDef ");
            output.Write(name);
            output.Write(' ');
            output.Write(css);
            output.Write("\n    class ");
            output.Write(string.Join(',', nodes));
            output.Write(' ');
            output.Write(name);
            output.Write('\n');
        }
    }

    // "n1", "n2", …: kept across Clear, so a chart drawn again and again makes each id once.
    private string NumberedId(int number)
    {
        while (_numberedIds.Count < number) _numberedIds.Add("n" + (_numberedIds.Count + 1).ToString(CultureInfo.InvariantCulture));
        return _numberedIds[number - 1];
    }

    // Writes MermaidText.Escape((description + "\n[" + technology + "]").Trim()) without making that text: the label
    // ends with ']', so only its start is trimmed (all of a blank description, with the line break); the line break
    // is "<br>", except after a description ending in '\r', whose "\r\n" is one line break.
    private void WriteWithTechnology(TextWriter output, string? description, string technology)
    {
        if (!string.IsNullOrWhiteSpace(description))
        {
            output.Write(MermaidText.Escape(description.TrimStart()));
            if (!description.EndsWith('\r')) output.Write("<br>");
        }
        if (!_technologyLines.TryGetValue(technology, out var line)) _technologyLines[technology] = line = MermaidText.Escape("[" + technology + "]");
        output.Write(line);
    }

    private string IdOf(string key) => _ids.TryGetValue(key, out var id) ? id : throw new InvalidOperationException($"Flowchart node '{key}' is used before it is declared.");

    private void Line(string line) => _body.Append(' ', _depth * 4).Append(line).Append('\n');
}

/// <summary>Node shapes used by the generated flowcharts.</summary>
internal enum NodeShape
{
    /// <summary>A rectangle.</summary>
    Box,
    /// <summary>Rounded corners.</summary>
    Rounded,
    /// <summary>A stadium (pill).</summary>
    Stadium,
    /// <summary>A database cylinder.</summary>
    Cylinder,
    /// <summary>A hexagon.</summary>
    Hexagon,
    /// <summary>A person (drawn as a stadium).</summary>
    Person,
}
