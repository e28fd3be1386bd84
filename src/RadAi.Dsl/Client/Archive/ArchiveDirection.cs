namespace RadAi.Dsl.Client;

/// <summary>Whether an archived workspace was sent to or received from the server.</summary>
public enum ArchiveDirection
{
    /// <summary>Sent to the server (saved before the request, so it is kept even when the push fails).</summary>
    Pushed,
    /// <summary>Received from the server.</summary>
    Pulled,
}
