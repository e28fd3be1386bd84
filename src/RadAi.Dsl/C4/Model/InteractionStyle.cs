namespace RadAi.Dsl;

/// <summary>Whether a relationship is a synchronous call or an asynchronous message.</summary>
public enum InteractionStyle
{
    /// <summary>Request/response.</summary>
    Synchronous,

    /// <summary>Fire-and-forget, events, queues.</summary>
    Asynchronous,
}
