using RadAi.Dsl.Rendering.Mermaid;
using RadAi.Dsl.Rendering.Structurizr;

namespace RadAi.Dsl.Rendering.Markdown.Diagrams;

/// <summary>The node shapes the RAD-AI diagrams use.</summary>
internal enum FlowchartShape
{
    Box,
    Rounded,
    Stadium,
    Cylinder,
    Hexagon,
    Diamond,
    Circle,
    Subroutine,
}

/// <summary>
/// A Mermaid flowchart of the RAD-AI documents: nodes (keyed by the caller, ids made from the keys so they stay the same
/// for the same model), subgraphs, labelled edges, class definitions. Every label goes through <see cref="MermaidText.Escape"/>;
/// multi-line labels are escaped line by line and joined with &lt;br&gt;.
/// </summary>
internal sealed class RadAiFlowchart : IMermaidDiagram
{
    private readonly string _direction;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _topLevel = [];
    private readonly List<(string Id, string Title, List<string> Members, string? Style)> _subgraphs = [];
    private readonly HashSet<string> _inSubgraph = new(StringComparer.Ordinal);
    private readonly List<string> _edges = [];
    private readonly HashSet<(string, string, string)> _edgeSet = [];
    // Who leads where, kept as edges are added: edge and reachability questions then read a node's own edges.
    private readonly Dictionary<string, HashSet<string>> _next = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _classDefs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<(string Class, string Node)> _classMembers = [];

    public RadAiFlowchart(string direction = "TB") => _direction = direction;

    /// <summary>Whether any node was added.</summary>
    public bool IsEmpty => _nodes.Count == 0;

    /// <summary>Whether a node with this key exists.</summary>
    public bool Has(string key) => _ids.TryGetValue(key, out var id) && _nodes.ContainsKey(id);

    /// <summary>The node id of a key (made once: a slug of the key, made unique).</summary>
    public string Id(string key)
    {
        if (_ids.TryGetValue(key, out var known)) return known;
        var stem = DslIdentifiers.Slug(key, numberPrefix: false);
        var id = stem;
        for (var n = 2; !_taken.Add(id); n++) id = stem + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids[key] = id;
        return id;
    }

    /// <summary>Adds a node once (later calls with the same key keep the first label); returns its id.</summary>
    public string Node(string key, IEnumerable<string?> lines, FlowchartShape shape = FlowchartShape.Box)
    {
        var id = Id(key);
        if (_nodes.ContainsKey(id)) return id;
        var label = string.Join("<br>", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(MermaidText.Escape));
        if (label.Length == 0) label = MermaidText.Escape(key);
        var (open, close) = shape switch
        {
            FlowchartShape.Rounded => ("(", ")"),
            FlowchartShape.Stadium => ("([", "])"),
            FlowchartShape.Cylinder => ("[(", ")]"),
            FlowchartShape.Hexagon => ("{{", "}}"),
            FlowchartShape.Diamond => ("{", "}"),
            FlowchartShape.Circle => ("((", "))"),
            FlowchartShape.Subroutine => ("[[", "]]"),
            _ => ("[", "]"),
        };
        _nodes[id] = id + open + "\"" + label + "\"" + close;
        _topLevel.Add(id);
        return id;
    }

    /// <summary>Puts existing nodes into a subgraph (a node sits in one subgraph); empty subgraphs are not drawn.</summary>
    public void Subgraph(string key, string title, IEnumerable<string> nodeIds, string? style = null)
    {
        var members = nodeIds.Where(n => _nodes.ContainsKey(n) && _inSubgraph.Add(n)).ToList();
        if (members.Count == 0) return;
        _subgraphs.Add((Id("sg " + key), title, members, style));
    }

    /// <summary>Adds an edge (once per pair and label); dotted for fallbacks and derived links.</summary>
    public void Edge(string fromId, string toId, string? label = null, bool dotted = false)
    {
        if (!_edgeSet.Add((fromId, toId, label ?? string.Empty))) return;
        if (!_next.TryGetValue(fromId, out var targets)) _next[fromId] = targets = new(StringComparer.Ordinal);
        targets.Add(toId);
        var arrow = dotted ? "-.->" : "-->";
        _edges.Add(string.IsNullOrWhiteSpace(label)
            ? fromId + " " + arrow + " " + toId
            : fromId + " " + arrow + "|\"" + MermaidText.Escape(label) + "\"| " + toId);
    }

    /// <summary>Whether an edge between two nodes exists (either label).</summary>
    public bool HasEdge(string fromId, string toId) => _next.TryGetValue(fromId, out var targets) && targets.Contains(toId);

    /// <summary>The nodes reachable from a node along the edges drawn so far.</summary>
    public IReadOnlySet<string> Reachable(string fromId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([fromId]);
        while (queue.TryDequeue(out var node))
            if (_next.TryGetValue(node, out var targets))
                foreach (var to in targets)
                    if (seen.Add(to)) queue.Enqueue(to);
        return seen;
    }

    /// <summary>Defines a class (CSS such as "fill:#bbdefb,color:#000000") and assigns nodes to it.</summary>
    public void Class(string name, string css, IEnumerable<string> nodeIds)
    {
        var members = nodeIds.Where(_nodes.ContainsKey).ToList();
        if (members.Count == 0) return;
        _classDefs[name] = css;
        if (!_classes.TryGetValue(name, out var list)) _classes[name] = list = [];
        list.AddRange(members.Where(m => _classMembers.Add((name, m))));
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
        void Line(string indent, string text)
        {
            output.Write(indent);
            output.Write(text);
            output.Write('\n');
        }
        output.Write("flowchart ");
        Line(string.Empty, _direction);
        foreach (var (id, title, members, style) in _subgraphs)
        {
            output.Write("    subgraph ");
            output.Write(id);
            output.Write(" [\"");
            output.Write(MermaidText.Escape(title));
            output.Write("\"]\n");
            foreach (var m in members) Line("        ", _nodes[m]);
            output.Write("    end\n");
            if (style is not null) Line("    style " + id + " ", style);
        }
        foreach (var id in _topLevel)
            if (!_inSubgraph.Contains(id)) Line("    ", _nodes[id]);
        foreach (var edge in _edges) Line("    ", edge);
        foreach (var (name, css) in _classDefs) Line("    classDef " + name + " ", css);
        foreach (var (name, members) in _classes) Line("    class " + string.Join(',', members) + " ", name);
    }
}
