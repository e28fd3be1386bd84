namespace RadAi.Dsl.Client;

/// <summary>What a push did.</summary>
/// <param name="WorkspaceId">The workspace id.</param>
/// <param name="Branch">The branch, or null for the main branch.</param>
/// <param name="Revision">The revision the server reported, when it reports one.</param>
/// <param name="ArchivedTo">The local copy of what was pushed, or null when archiving is off.</param>
/// <param name="RemoteArchivedTo">The local copy of the server's version before the push (fetched for the layout merge), or null.</param>
public sealed record StructurizrPushResult(long WorkspaceId, string? Branch, long? Revision, string? ArchivedTo, string? RemoteArchivedTo = null);
