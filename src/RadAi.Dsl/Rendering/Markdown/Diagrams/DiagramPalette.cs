using RadAi.Dsl;

namespace RadAi.Dsl.Rendering;

/// <summary>
/// The one place the generated diagrams take their colours and stereotype shapes from, so a region or a stereotype
/// looks the same in every diagram and every legend names the shape Mermaid actually draws.
/// </summary>
internal static class DiagramPalette
{
    /// <summary>The fill and stroke of a subgraph that groups nodes (a Structurizr group, a stereotype, a stage).</summary>
    public const string Group = "fill:#fafafa,stroke:#9e9e9e";

    /// <summary>The dashed boundary of the software system a container diagram is about.</summary>
    public const string SystemBoundary = "fill:#ffffff,stroke:#444444,stroke-dasharray:5 5";

    private static readonly Dictionary<Region, string> WellKnownRegions = new()
    {
        [Region.Deterministic] = "fill:#e8f5e9,stroke:#2e7d32",
        [Region.Boundary] = "fill:#e3f2fd,stroke:#1565c0",
        [Region.NonDeterministic] = "fill:#fff3e0,stroke:#ef6c00",
        [Region.Fallback] = "fill:#fce4ec,stroke:#c62828",
    };

    // Colours for regions of the user's own, none of them one of the four above; a region's name picks one, the same in every run.
    private static readonly string[] OwnRegions =
    [
        "fill:#ede7f6,stroke:#4527a0", "fill:#e0f7fa,stroke:#00838f", "fill:#fffde7,stroke:#f9a825",
        "fill:#efebe9,stroke:#4e342e", "fill:#f1f8e9,stroke:#558b2f", "fill:#eceff1,stroke:#37474f",
    ];

    /// <summary>The subgraph style of a non-determinism region ("fill:…,stroke:…"), the same in every diagram.</summary>
    public static string RegionStyle(Region region)
        => WellKnownRegions.TryGetValue(region, out var style) ? style : OwnRegions[Vocabulary.StableHash(region.Name) % (uint)OwnRegions.Length];

    /// <summary>The class name of a stereotype: "st_ml", "st_hitl", "st_llm".</summary>
    public static string StereotypeClass(Stereotype stereotype) => "st_" + stereotype.Label.ToLowerInvariant().Replace('-', '_');

    /// <summary>The node style of a stereotype: the workspace's style for its tag wins (it may have been changed), else the stereotype's defaults.</summary>
    public static string StereotypeCss(Workspace workspace, Stereotype stereotype)
    {
        var style = workspace.Views.Configuration.Styles.GetElementStyle(stereotype.Name);
        var fill = style?.Background ?? stereotype.Background;
        var color = style?.Color ?? stereotype.Color;
        var stroke = style?.Stroke ?? "#333333";
        return "fill:" + fill + ",stroke:" + stroke + ",color:" + color;
    }

    /// <summary>The fill a stereotype's nodes get (the workspace's style first), for legends.</summary>
    public static string StereotypeFill(Workspace workspace, Stereotype stereotype)
        => workspace.Views.Configuration.Styles.GetElementStyle(stereotype.Name)?.Background ?? stereotype.Background;

    /// <summary>The flowchart shape a stereotype's nodes are drawn with (the workspace's style first); a box without one.</summary>
    public static FlowchartShape ShapeOf(Workspace workspace, Stereotype? stereotype)
        => stereotype is null ? FlowchartShape.Box : ShapeOf(workspace.Views.Configuration.Styles.GetElementStyle(stereotype.Name)?.Shape ?? stereotype.Shape);

    /// <summary>The flowchart shape Mermaid draws for a Structurizr shape.</summary>
    public static FlowchartShape ShapeOf(Shape shape) => shape switch
    {
        Shape.Cylinder => FlowchartShape.Cylinder,
        Shape.Pipe => FlowchartShape.Subroutine,
        Shape.Hexagon => FlowchartShape.Hexagon,
        Shape.Ellipse or Shape.Circle => FlowchartShape.Stadium,
        Shape.Diamond => FlowchartShape.Diamond,
        Shape.Person or Shape.RoundedBox => FlowchartShape.Rounded,
        _ => FlowchartShape.Box,
    };

    /// <summary>What a reader sees of a flowchart shape: "rounded box", "cylinder", "box with side bars", …</summary>
    public static string ShapeName(FlowchartShape shape) => shape switch
    {
        FlowchartShape.Rounded => "rounded box",
        FlowchartShape.Stadium => "pill",
        FlowchartShape.Cylinder => "cylinder",
        FlowchartShape.Hexagon => "hexagon",
        FlowchartShape.Diamond => "diamond",
        FlowchartShape.Circle => "circle",
        FlowchartShape.Subroutine => "box with side bars",
        _ => "box",
    };
}
