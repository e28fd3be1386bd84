namespace RadAi.Dsl.Rendering;

/// <summary>One section of the site's navigation: the index's heading and the documents listed under it, in order.</summary>
internal sealed record SiteSection(string Heading, IReadOnlyList<GeneratedDocument> Documents);
