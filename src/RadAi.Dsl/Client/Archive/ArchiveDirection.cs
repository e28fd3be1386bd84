namespace RadAi.Dsl.Client;

/// <summary>Why a workspace was archived: sent to the server, received from it, or a local copy a pull replaced.</summary>
public enum ArchiveDirection
{
    /// <summary>Sent to the server (saved before the request, so it is kept even when the push fails).</summary>
    Pushed,
    /// <summary>Received from the server.</summary>
    Pulled,
    /// <summary>The local file a pull replaced (saved before it is replaced).</summary>
    Replaced,
}
