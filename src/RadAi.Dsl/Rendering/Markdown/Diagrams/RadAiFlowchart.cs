using System.Text;
using RadAi.Dsl.Rendering;

namespace RadAi.Dsl.Rendering;

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
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    // A node's escaped label and shape; its line is written only by WriteTo (a diagram may have thousands of nodes).
    private readonly Dictionary<string, (string Label, FlowchartShape Shape, string Name)> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _topLevel = [];
    private readonly List<(string Id, string Title, List<string> Members, string? Style, string? Parent)> _subgraphs = [];
    private readonly HashSet<string> _inSubgraph = new(StringComparer.Ordinal);
    private readonly List<(string From, string To, string? Label, bool Dotted, bool TwoWay)> _edges = [];
    private readonly HashSet<(string, string, string)> _edgeSet = [];
    // Where the edge of each (from, to) pair is, under both (from, to) and (to, from): a second label for the pair, in
    // either direction, joins the first on one edge (two-headed when the pair points both ways), because Mermaid lays
    // parallel and opposite edges next to each other and their labels overlap.
    private readonly Dictionary<(string From, string To), int> _pairs = [];
    // Who leads where, for edge and reachability questions: made on the first question (most diagrams ask none),
    // then kept up to date as edges are added.
    private Dictionary<string, HashSet<string>>? _next;
    private readonly StringBuilder _label = new();
    private readonly SortedDictionary<string, string> _classDefs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<(string Class, string Node)> _classMembers = [];

    public RadAiFlowchart(string direction = "TB") => Direction = direction;

    /// <summary>TB, TD, LR, RL or BT; a chart drawn again may change it.</summary>
    public string Direction { get; set; }

    /// <summary>
    /// Starts again with no nodes, edges, subgraphs or classes, keeping the collections' room: a document draws one
    /// diagram per system, each written before the next is begun.
    /// </summary>
    public void Clear()
    {
        _ids.Clear();
        _taken.Clear();
        _nodes.Clear();
        _topLevel.Clear();
        _subgraphs.Clear();
        _inSubgraph.Clear();
        _edges.Clear();
        _edgeSet.Clear();
        _pairs.Clear();
        _next = null;
        _classDefs.Clear();
        _classes.Clear();
        _classMembers.Clear();
    }

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
    public string Node(string key, ReadOnlySpan<string?> lines, FlowchartShape shape = FlowchartShape.Box)
    {
        var id = Id(key);
        if (_nodes.ContainsKey(id)) return id;
        // The non-blank lines, escaped, joined with <br>; a one-line label is the escaped line itself.
        var count = 0;
        string? only = null;
        foreach (var line in lines)
            if (!string.IsNullOrWhiteSpace(line) && count++ == 0) only = line;
        string label;
        if (count <= 1) label = MermaidText.Escape(only ?? key);
        else
        {
            _label.Clear();
            var first = true;
            foreach (var line in lines)
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (!first) _label.Append("<br>");
                MermaidText.AppendEscaped(_label, line);
                first = false;
            }
            label = _label.ToString();
        }
        _nodes[id] = (label, shape, only ?? key);
        _topLevel.Add(id);
        return id;
    }

    /// <summary>
    /// Puts existing nodes into a subgraph (a node sits in one subgraph), inside the subgraph keyed
    /// <paramref name="parentKey"/> when given (declare the inner ones first: a subgraph with neither nodes nor subgraphs
    /// inside is not drawn).
    /// Returns the subgraph's id, or null when it has no members and no subgraph inside it.
    /// </summary>
    public string? Subgraph(string key, string title, IEnumerable<string> nodeIds, string? style = null, string? parentKey = null)
    {
        var members = nodeIds.Where(n => _nodes.ContainsKey(n) && _inSubgraph.Add(n)).ToList();
        var parent = parentKey is null ? null : Id("sg " + parentKey);
        var id = Id("sg " + key);
        if (members.Count == 0 && !_subgraphs.Exists(s => s.Parent == id)) return null;
        _subgraphs.Add((id, title, members, style, parent));
        return id;
    }

    /// <summary>How many nodes the chart has.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>How many edges the chart has.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>
    /// The subgraphs that hold nodes themselves (not only other subgraphs), in order: their ids, titles, and whether
    /// they hold subgraphs too (their own nodes are then the ones in none of those).
    /// </summary>
    public IReadOnlyList<(string Id, string Title, bool HasSubgraphs)> NodeGroups
        => [.. _subgraphs.Where(s => s.Members.Count > 0).Select(s => (s.Id, s.Title, _subgraphs.Exists(c => c.Parent == s.Id)))];

    /// <summary>The ids of every node, in the order they were added.</summary>
    public IReadOnlyList<string> NodeIds => _topLevel;

    /// <summary>The nodes a subgraph holds itself.</summary>
    public IReadOnlyList<string> MembersOf(string subgraphId) => _subgraphs.Find(s => s.Id == subgraphId).Members ?? [];

    /// <summary>The nodes in no subgraph, in the order they were added.</summary>
    public IReadOnlyList<string> Ungrouped => [.. _topLevel.Where(id => !_inSubgraph.Contains(id))];

    /// <summary>
    /// A chart of some of this chart's nodes (<paramref name="members"/> first, then the nodes they share an edge with),
    /// at most <paramref name="maxNodes"/> nodes and <paramref name="maxEdges"/> edges (in the order added), keeping
    /// ids, labels, subgraphs, styles and classes. <paramref name="wantedNodes"/> and <paramref name="wantedEdges"/>
    /// say how many there would be without the limits, so the caller can say what was left out.
    /// </summary>
    public RadAiFlowchart Part(IReadOnlyList<string> members, int maxNodes, int maxEdges, out int wantedNodes, out int wantedEdges)
    {
        var memberSet = members.ToHashSet(StringComparer.Ordinal);
        var neighbours = new List<string>();
        var seen = new HashSet<string>(memberSet, StringComparer.Ordinal);
        foreach (var (from, to, _, _, _) in _edges)
        {
            if (memberSet.Contains(from) && seen.Add(to)) neighbours.Add(to);
            if (memberSet.Contains(to) && seen.Add(from)) neighbours.Add(from);
        }
        wantedNodes = members.Count + neighbours.Count;
        var keep = new HashSet<string>(members.Concat(neighbours).Take(maxNodes), StringComparer.Ordinal);
        var part = new RadAiFlowchart(Direction);
        foreach (var id in _topLevel)
            if (keep.Contains(id))
            {
                part._nodes[id] = _nodes[id];
                part._topLevel.Add(id);
            }
        foreach (var (id, title, subgraphMembers, style, parent) in _subgraphs)
        {
            var kept = subgraphMembers.Where(keep.Contains).ToList();
            part._subgraphs.Add((id, title, kept, style, parent));
            part._inSubgraph.UnionWith(kept);
        }
        // Subgraphs with nothing left inside them are not drawn.
        while (part._subgraphs.RemoveAll(s => s.Members.Count == 0 && !part._subgraphs.Exists(c => c.Parent == s.Id)) > 0) { }
        var edges = _edges.Where(e => keep.Contains(e.From) && keep.Contains(e.To) && (memberSet.Contains(e.From) || memberSet.Contains(e.To))).ToList();
        wantedEdges = edges.Count;
        foreach (var edge in edges.Take(maxEdges))
        {
            part._pairs[(edge.From, edge.To)] = part._pairs[(edge.To, edge.From)] = part._edges.Count;
            part._edges.Add(edge);
        }
        foreach (var (name, css) in _classDefs) part.Class(name, css, _classes.GetValueOrDefault(name) ?? []);
        return part;
    }

    /// <summary>
    /// Adds an edge (once per pair and label); dotted for fallbacks and derived links. Two nodes get one edge: a second
    /// label the same way joins the first ("a, b"); an edge the other way makes it two-headed, its label after "back:"
    /// ("a; back: b"), or alone (the edge turned its way) when the first had none. The edge is dotted only when all of them are.
    /// </summary>
    public void Edge(string fromId, string toId, string? label = null, bool dotted = false)
    {
        if (!_edgeSet.Add((fromId, toId, label ?? string.Empty))) return;
        if (_pairs.TryGetValue((fromId, toId), out var index))
        {
            var (from, to, known, wasDotted, twoWay) = _edges[index];
            var sameWay = from == fromId;
            twoWay |= !sameWay;
            // An unlabelled edge met by a labelled one the other way turns round: the label then reads the way it goes.
            if (!sameWay && string.IsNullOrWhiteSpace(known)) (from, to, sameWay) = (fromId, toId, true);
            var added = string.IsNullOrWhiteSpace(label) ? null : sameWay ? label : "back: " + label;
            var joined = string.IsNullOrWhiteSpace(known) ? added : added is null ? known : known + (sameWay ? ", " : "; ") + added;
            _edges[index] = (from, to, joined, wasDotted && dotted, twoWay);
            if (_next is not null) Lead(_next, fromId, toId);
            return;
        }
        _pairs[(fromId, toId)] = _pairs[(toId, fromId)] = _edges.Count;
        _edges.Add((fromId, toId, label, dotted, false));
        if (_next is not null) Lead(_next, fromId, toId);
    }

    /// <summary>The first line of a node's label as given (unescaped): its name, for sentences about the chart.</summary>
    public string NameOf(string id) => _nodes[id].Name;

    /// <summary>
    /// How many nodes the longest chain of edges passes through (an edge that closes a cycle is not followed): the
    /// number of ranks Mermaid lays out one after another, so what makes a picture long in its direction.
    /// </summary>
    public int LongestChain()
    {
        var next = Next;
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        int Depth(string id)
        {
            if (depth.TryGetValue(id, out var known)) return known;
            onPath.Add(id);
            var longest = 0;
            if (next.TryGetValue(id, out var targets))
                foreach (var to in targets.Order(StringComparer.Ordinal))
                    if (!onPath.Contains(to)) longest = Math.Max(longest, Depth(to));
            onPath.Remove(id);
            return depth[id] = longest + 1;
        }
        var max = 0;
        foreach (var id in _topLevel) max = Math.Max(max, Depth(id));
        return max;
    }

    /// <summary>Whether an edge between two nodes exists (either label).</summary>
    public bool HasEdge(string fromId, string toId) => Next.TryGetValue(fromId, out var targets) && targets.Contains(toId);

    /// <summary>The nodes reachable from a node along the edges drawn so far.</summary>
    public IReadOnlySet<string> Reachable(string fromId)
    {
        var next = Next;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([fromId]);
        while (queue.TryDequeue(out var node))
            if (next.TryGetValue(node, out var targets))
                foreach (var to in targets)
                    if (seen.Add(to)) queue.Enqueue(to);
        return seen;
    }

    private Dictionary<string, HashSet<string>> Next
    {
        get
        {
            if (_next is null)
            {
                _next = new(StringComparer.Ordinal);
                foreach (var edge in _edges)
                {
                    Lead(_next, edge.From, edge.To);
                    if (edge.TwoWay) Lead(_next, edge.To, edge.From);
                }
            }
            return _next;
        }
    }

    private static void Lead(Dictionary<string, HashSet<string>> next, string fromId, string toId)
    {
        if (!next.TryGetValue(fromId, out var targets)) next[fromId] = targets = new(StringComparer.Ordinal);
        targets.Add(toId);
    }

    /// <summary>Defines a class (CSS such as "fill:#bbdefb,color:#000000") and assigns nodes to it.</summary>
    public void Class(string name, string css, IEnumerable<string> nodeIds)
    {
        List<string>? list = null;
        foreach (var id in nodeIds)
        {
            if (!_nodes.ContainsKey(id)) continue;
            // A class is defined only once one of its nodes exists.
            if (list is null)
            {
                _classDefs[name] = css;
                if (!_classes.TryGetValue(name, out list)) _classes[name] = list = [];
            }
            if (_classMembers.Add((name, id))) list.Add(id);
        }
    }

    /// <summary>The longest line of an edge label: longer labels break between words, so edges stay short.</summary>
    internal const int EdgeLabelLine = 24;

    // The label escaped, broken with <br> between words so that no line is longer than EdgeLabelLine (a longer word keeps its line).
    private static void WriteWrapped(TextWriter output, string label)
    {
        var text = label.Trim();
        if (text.Length <= EdgeLabelLine)
        {
            output.Write(MermaidText.Escape(text));
            return;
        }
        var line = new StringBuilder();
        var first = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > EdgeLabelLine)
            {
                if (!first) output.Write("<br>");
                output.Write(MermaidText.Escape(line.ToString()));
                first = false;
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (!first) output.Write("<br>");
        output.Write(MermaidText.Escape(line.ToString()));
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
        void NodeLine(string indent, string id)
        {
            var (label, shape, _) = _nodes[id];
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
            output.Write(indent);
            output.Write(id);
            output.Write(open);
            output.Write('"');
            output.Write(label);
            output.Write('"');
            output.Write(close);
            output.Write('\n');
        }
        output.Write("flowchart ");
        Line(string.Empty, Direction);
        // Subgraphs nest: each is written inside its parent's, with its own subgraphs before its nodes.
        void SubgraphLines(int index, string indent)
        {
            var (id, title, members, style, _) = _subgraphs[index];
            output.Write(indent);
            output.Write("subgraph ");
            output.Write(id);
            output.Write(" [\"");
            output.Write(MermaidText.Escape(title));
            output.Write("\"]\n");
            for (var i = 0; i < _subgraphs.Count; i++)
                if (_subgraphs[i].Parent == id) SubgraphLines(i, indent + "    ");
            foreach (var m in members) NodeLine(indent + "    ", m);
            output.Write(indent);
            output.Write("end\n");
            if (style is not null) Line(indent + "style " + id + " ", style);
        }
        var declared = _subgraphs.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _subgraphs.Count; i++)
            if (_subgraphs[i].Parent is not { } parent || !declared.Contains(parent)) SubgraphLines(i, "    ");
        foreach (var id in _topLevel)
            if (!_inSubgraph.Contains(id)) NodeLine("    ", id);
        foreach (var (from, to, label, dotted, twoWay) in _edges)
        {
            output.Write("    ");
            output.Write(from);
            output.Write(twoWay ? (dotted ? " <-.->" : " <-->") : dotted ? " -.->" : " -->");
            if (string.IsNullOrWhiteSpace(label)) output.Write(' ');
            else
            {
                output.Write("|\"");
                WriteWrapped(output, label);
                output.Write("\"| ");
            }
            output.Write(to);
            output.Write('\n');
        }
        foreach (var (name, css) in _classDefs) Line("    classDef " + name + " ", css);
        foreach (var (name, members) in _classes) Line("    class " + string.Join(',', members) + " ", name);
    }
}
