namespace RadAi.Dsl.C4;

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
/// <param name="RankDirection">Direction of ranks.</param>
/// <param name="RankSeparation">Distance between ranks in pixels.</param>
/// <param name="NodeSeparation">Distance between nodes in pixels.</param>
/// <param name="EdgeSeparation">Distance between edges in pixels.</param>
/// <param name="Vertices">Whether to create vertices.</param>
/// <param name="Implementation">The layout engine.</param>
/// <param name="Applied">Whether a renderer applied it.</param>
public sealed record AutomaticLayout(
    RankDirection RankDirection = RankDirection.TopBottom,
    int RankSeparation = 300,
    int NodeSeparation = 300,
    int EdgeSeparation = 0,
    bool Vertices = false,
    AutomaticLayoutImplementation Implementation = AutomaticLayoutImplementation.Graphviz,
    bool Applied = false);

/// <summary>A paper size for a diagram (Structurizr's names, e.g. A4_Landscape).</summary>
public enum PaperSize
{
#pragma warning disable CA1707, CS1591 // the names are Structurizr's wire values
    A6_Portrait, A6_Landscape, A5_Portrait, A5_Landscape, A4_Portrait, A4_Landscape, A3_Portrait, A3_Landscape,
    A2_Portrait, A2_Landscape, A1_Portrait, A1_Landscape, A0_Portrait, A0_Landscape,
    Letter_Portrait, Letter_Landscape, Legal_Portrait, Legal_Landscape, Slide_4_3, Slide_16_9, Slide_16_10,
#pragma warning restore CA1707, CS1591
}
