using Microsoft.Extensions.Logging;

namespace RadAi.Dsl.Client;

/// <summary>The client's log messages. They name operations, statuses and paths, never headers or the secret.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(1, LogLevel.Debug, "Sending {Method} {Path} ({Description}, attempt {Attempt}, {Mode} mode)")]
    public static partial void Sending(ILogger logger, string method, string path, string description, int attempt, StructurizrAuthenticationMode mode);

    [LoggerMessage(2, LogLevel.Warning, "{Description} failed on attempt {Attempt} ({Reason}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string description, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(3, LogLevel.Information, "Pushed workspace {WorkspaceId}{Branch} ({Bytes} bytes, revision {Revision})")]
    public static partial void Pushed(ILogger logger, long workspaceId, string branch, int bytes, string revision);

    [LoggerMessage(4, LogLevel.Information, "Pulled workspace {WorkspaceId}{Branch} ({Bytes} bytes)")]
    public static partial void Pulled(ILogger logger, long workspaceId, string branch, int bytes);

    [LoggerMessage(5, LogLevel.Information, "Archived the {Direction} workspace {WorkspaceId} to {Path}")]
    public static partial void Archived(ILogger logger, string direction, long workspaceId, string path);

    [LoggerMessage(6, LogLevel.Error, "{Description} failed: {Message}")]
    public static partial void Failed(ILogger logger, string description, string message);

    [LoggerMessage(7, LogLevel.Information, "Locked workspace {WorkspaceId} as {User} using {Agent}")]
    public static partial void Locked(ILogger logger, long workspaceId, string user, string agent);

    [LoggerMessage(8, LogLevel.Information, "Unlocked workspace {WorkspaceId}")]
    public static partial void Unlocked(ILogger logger, long workspaceId);

    [LoggerMessage(9, LogLevel.Information, "Merged layout from the server's copy of workspace {WorkspaceId}: {Summary}")]
    public static partial void LayoutMerged(ILogger logger, long workspaceId, string summary);

    [LoggerMessage(10, LogLevel.Warning, "Could not read the server's copy of workspace {WorkspaceId} to merge its layout ({Reason}); pushing without it. The server's copy is archived at {ArchivedTo}")]
    public static partial void LayoutNotMerged(ILogger logger, long workspaceId, string reason, string archivedTo);
}
