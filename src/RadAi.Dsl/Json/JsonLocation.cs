using System.Text;

namespace RadAi.Dsl;

/// <summary>A position in a JSON document, formatted only when an error needs it.</summary>
internal sealed class JsonLocation
{
    public static readonly JsonLocation Root = new(null, null, -1);

    private readonly JsonLocation? _parent;
    private readonly string? _name;
    private readonly int _index;

    private JsonLocation(JsonLocation? parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    public JsonLocation Property(string name) => new(this, name, -1);

    public JsonLocation Item(int index) => new(this, null, index);

    public override string ToString()
    {
        var parts = new List<JsonLocation>();
        for (var l = this; l is not null && l._parent is not null; l = l._parent) parts.Add(l);
        parts.Reverse();
        var sb = new StringBuilder("$");
        foreach (var p in parts)
        {
            if (p._name is not null) sb.Append('.').Append(p._name);
            else sb.Append('[').Append(p._index).Append(']');
        }
        return sb.ToString();
    }
}
