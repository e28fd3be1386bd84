namespace RadAi.Dsl;

/// <summary>A logo and font for diagrams.</summary>
public sealed class Branding
{
    /// <summary>A logo URL or data URI.</summary>
    public string? Logo { get; set; }

    /// <summary>The font, or null.</summary>
    public Font? Font { get; set; }
}

/// <summary>A web font.</summary>
/// <param name="Name">Font family name.</param>
/// <param name="Url">Where to load it from.</param>
public sealed record Font(string Name, string? Url = null);
