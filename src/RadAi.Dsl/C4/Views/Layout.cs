namespace RadAi.Dsl;

/// <summary>A point of a hand-made layout (element position or relationship bend).</summary>
/// <param name="X">Horizontal position in pixels.</param>
/// <param name="Y">Vertical position in pixels.</param>
public readonly record struct Vertex(int X, int Y);

/// <summary>The size of a diagram in pixels.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record Dimensions(int Width, int Height);

/// <summary>The direction automatic layout ranks elements in.</summary>
public enum RankDirection
{
    /// <summary>Top to bottom.</summary>
    TopBottom,
    /// <summary>Bottom to top.</summary>
    BottomTop,
    /// <summary>Left to right.</summary>
    LeftRight,
    /// <summary>Right to left.</summary>
    RightLeft,
}

/// <summary>The layout engine Structurizr uses.</summary>
public enum AutomaticLayoutImplementation
{
    /// <summary>Graphviz (the default).</summary>
    Graphviz,
    /// <summary>Dagre.</summary>
    Dagre,
}

/// <summary>How a relationship line is drawn.</summary>
public enum Routing
{
    /// <summary>Straight lines.</summary>
    Direct,
    /// <summary>Curves.</summary>
    Curved,
    /// <summary>Right angles.</summary>
    Orthogonal,
}

/// <summary>Whether a filtered view keeps or drops the elements with the given tags.</summary>
public enum FilterMode
{
    /// <summary>Keep only tagged elements.</summary>
    Include,
    /// <summary>Drop tagged elements.</summary>
    Exclude,
}

/// <summary>Automatic layout settings of a view; Structurizr's defaults are Graphviz, top-bottom, 300, 300, 0.</summary>
/// <example><code>view.AutomaticLayout = new AutomaticLayout { RankDirection = RankDirection.LeftRight, Vertices = true };</code></example>
public sealed record AutomaticLayout
{
    /// <summary>Creates the settings with Structurizr's defaults; set what differs.</summary>
    public AutomaticLayout() { }

    internal AutomaticLayout(RankDirection rankDirection, int rankSeparation, int nodeSeparation, int edgeSeparation, bool vertices,
        AutomaticLayoutImplementation implementation, bool applied)
    {
        RankDirection = rankDirection;
        RankSeparation = rankSeparation;
        NodeSeparation = nodeSeparation;
        EdgeSeparation = edgeSeparation;
        Vertices = vertices;
        Implementation = implementation;
        Applied = applied;
    }

    /// <summary>Direction of ranks. Default: <see cref="RankDirection.TopBottom"/>.</summary>
    public RankDirection RankDirection { get; init; } = RankDirection.TopBottom;

    /// <summary>Distance between ranks in pixels. Default: 300.</summary>
    public int RankSeparation { get; init; } = 300;

    /// <summary>Distance between nodes in pixels. Default: 300.</summary>
    public int NodeSeparation { get; init; } = 300;

    /// <summary>Distance between edges in pixels. Default: 0.</summary>
    public int EdgeSeparation { get; init; }

    /// <summary>Whether to create vertices. Default: false.</summary>
    public bool Vertices { get; init; }

    /// <summary>The layout engine. Default: <see cref="AutomaticLayoutImplementation.Graphviz"/>.</summary>
    public AutomaticLayoutImplementation Implementation { get; init; } = AutomaticLayoutImplementation.Graphviz;

    /// <summary>Whether a renderer applied it. Default: false.</summary>
    public bool Applied { get; init; }
}

/// <summary>A paper size for a diagram (Structurizr's names, e.g. A4_Landscape).</summary>
public enum PaperSize
{
#pragma warning disable CA1707, CS1591 // the names are Structurizr's wire values
    A6_Portrait, A6_Landscape, A5_Portrait, A5_Landscape, A4_Portrait, A4_Landscape, A3_Portrait, A3_Landscape,
    A2_Portrait, A2_Landscape, A1_Portrait, A1_Landscape, A0_Portrait, A0_Landscape,
    Letter_Portrait, Letter_Landscape, Legal_Portrait, Legal_Landscape, Slide_4_3, Slide_16_9, Slide_16_10,
#pragma warning restore CA1707, CS1591
}
