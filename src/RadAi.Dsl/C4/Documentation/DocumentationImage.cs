namespace RadAi.Dsl;

/// <summary>An image embedded in documentation.</summary>
/// <param name="Name">Its path, e.g. "images/context.png".</param>
/// <param name="Content">Base64 data.</param>
/// <param name="Type">The MIME type, e.g. "image/png".</param>
public sealed record DocumentationImage(string Name, string Content, string Type);
