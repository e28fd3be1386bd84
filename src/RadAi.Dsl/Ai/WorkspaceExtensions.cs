using RadAi.Dsl;

namespace RadAi.Dsl;

/// <summary>Entry point of the RAD-AI layer.</summary>
public static class WorkspaceExtensions
{
    /// <summary>The RAD-AI model of this workspace (one per workspace; loaded from the workspace the first time).</summary>
    /// <example><code>var ai = workspace.RadAi(); ai.Debt.Add(...);</code></example>
    public static RadAiModel RadAi(this Workspace workspace) => RadAiModel.Of(workspace);
}
