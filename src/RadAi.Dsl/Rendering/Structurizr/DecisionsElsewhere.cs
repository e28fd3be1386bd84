namespace RadAi.Dsl.Rendering;

/// <summary>
/// Workspace decisions whose files another part of a documentation set writes, in a folder beside <c>workspace.dsl</c>,
/// named as <see cref="DocumentationFiles.DecisionFileNames"/> names them and readable by Structurizr's MADR importer.
/// The DSL imports them from there (<c>!adrs &lt;folder&gt; madr</c>) instead of writing each decision a second time.
/// </summary>
/// <param name="Folder">The folder, relative to <c>workspace.dsl</c>, ending with '/'.</param>
/// <param name="Ids">The ids of the decisions held there.</param>
internal sealed record DecisionsElsewhere(string Folder, IReadOnlySet<string> Ids)
{
    /// <summary>Whether the decision with this id is held there.</summary>
    public bool Holds(string id) => Ids.Contains(id);

    /// <summary>The folder as a link from the workspace's own decision folder (<c>adrs/</c>).</summary>
    public string FromDecisionFolder => "../" + Folder;

    /// <summary>The importer token of the DSL's <c>!adrs</c> for this folder.</summary>
    public const string Importer = "madr";
}
