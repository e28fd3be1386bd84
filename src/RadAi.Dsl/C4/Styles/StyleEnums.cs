namespace RadAi.Dsl;

/// <summary>Element shapes Structurizr can draw.</summary>
public enum Shape
{
#pragma warning disable CS1591 // self-describing Structurizr names
    Box, RoundedBox, Circle, Ellipse, Hexagon, Diamond, Cylinder, Bucket, Pipe, Person, Robot, Folder,
    WebBrowser, Window, Terminal, Shell, MobileDevicePortrait, MobileDeviceLandscape, Component,
#pragma warning restore CS1591
}

/// <summary>Border or line style.</summary>
public enum LineStyle
{
    /// <summary>Solid.</summary>
    Solid,
    /// <summary>Dashed.</summary>
    Dashed,
    /// <summary>Dotted.</summary>
    Dotted,
}

/// <summary>Where an element's icon sits.</summary>
public enum IconPosition
{
    /// <summary>Above the name.</summary>
    Top,
    /// <summary>Below the description.</summary>
    Bottom,
    /// <summary>Left of the text.</summary>
    Left,
}

/// <summary>Which colour scheme a style applies to; null means both.</summary>
public enum ColorScheme
{
    /// <summary>Light mode.</summary>
    Light,
    /// <summary>Dark mode.</summary>
    Dark,
}

/// <summary>How element metadata (type and technology) is bracketed.</summary>
public enum MetadataSymbols
{
#pragma warning disable CS1591
    SquareBrackets, RoundBrackets, CurlyBrackets, AngleBrackets, DoubleAngleBrackets, None,
#pragma warning restore CS1591
}

/// <summary>How views are listed.</summary>
public enum ViewSortOrder
{
    /// <summary>By order.</summary>
    Default,
    /// <summary>By type.</summary>
    Type,
    /// <summary>By key.</summary>
    Key,
}
