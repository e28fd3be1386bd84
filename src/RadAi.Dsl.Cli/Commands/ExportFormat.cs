namespace RadAi.Dsl.Cli.Commands;

/// <summary>What <c>radai export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>Structurizr DSL: workspace.dsl plus the documentation and decision files it references.</summary>
    Dsl,

    /// <summary>One Mermaid flowchart per view (<c>KEY.mmd</c>).</summary>
    Mermaid,

    /// <summary>One C4-PlantUML diagram per view (<c>KEY.puml</c>).</summary>
    PlantUml,
}
