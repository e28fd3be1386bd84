namespace RadAi.Dsl.Client;

/// <summary>What a pull into a local file did.</summary>
/// <param name="WorkspaceId">The workspace id.</param>
/// <param name="Branch">The branch, or null for the main branch.</param>
/// <param name="Path">The full path of the local file written.</param>
/// <param name="ArchivedTo">The archived copy of what was pulled, or null when archiving is off.</param>
/// <param name="ReplacedArchivedTo">The archived copy of the local file the pull replaced, or null (no such file, it was identical, or archiving is off).</param>
public sealed record StructurizrPullResult(long WorkspaceId, string? Branch, string Path, string? ArchivedTo, string? ReplacedArchivedTo);
